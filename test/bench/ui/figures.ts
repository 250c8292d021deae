import type { ProbeResult } from './paintProbe';

/** One figure's samples: keypress → painted, and the transport's part of each, in ms. */
export interface Figure {
  name: string;
  samples: number[];
  transport: number[];
  /**
   * For a paint figure, each sample less the time the finished change waited for the display's
   * next refresh (ProbeResult.refreshWaitMs): the app's own work from keypress to painted.
   */
  work?: number[];
}

/** The nearest-rank percentile of `values` (p in 0–100). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/**
 * The transport's share of a probed figure: each call's round trip less the core's own time, of
 * the calls answered by `by` (the state the figure times; every call of the probe by default).
 */
export function transportMs(result: ProbeResult, by = Number.POSITIVE_INFINITY): number {
  return result.calls
    .filter((call) => call.answeredAt <= by)
    .reduce((sum, call) => sum + (call.answeredAt - call.sentAt - call.coreMs), 0);
}

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)}` : '–');
const p50p95 = (values: readonly number[]) => `${ms(percentile(values, 50))} / ${ms(percentile(values, 95))}`;

/** The figures as a Markdown table: p50 / p95, the transport's p50, and growth across sizes. */
export function figureTable(figures: readonly Figure[], groups: readonly (readonly string[])[]): string {
  const byName = new Map(figures.map((figure) => [figure.name, figure]));
  const growthOf = (name: string) => {
    const group = groups.find((names) => names.includes(name));
    if (!group || group.at(-1) !== name) return '';
    const first = byName.get(group[0]!);
    const last = byName.get(name);
    if (!first || !last) return '';
    const growth = (of: (figure: Figure) => readonly number[]) =>
      `${(percentile(of(last), 50) / percentile(of(first), 50)).toFixed(2)}x`;
    return last.work && first.work ? `${growth((f) => f.samples)} (work ${growth((f) => f.work!)})` : growth((f) => f.samples);
  };
  const rows = figures.map((figure) => {
    const p50 = percentile(figure.samples, 50);
    const transport = percentile(figure.transport, 50);
    const share = figure.transport.length > 0 && p50 > 0 ? ` (${Math.round((transport / p50) * 100)} %)` : '';
    return `| ${figure.name} | ${p50p95(figure.samples)} | ${figure.work ? p50p95(figure.work) : '–'} | ${
      figure.transport.length > 0 ? `${ms(transport)}${share}` : '–'
    } | ${growthOf(figure.name)} |`;
  });
  return [
    '| figure | p50 / p95 | work p50 / p95 (less the wait for the refresh) | transport (p50) | growth smallest → largest |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
