import type { ProbeResult } from './paintProbe';

/** One figure's samples: keypress → painted, and the transport's part of each, in ms. */
export interface Figure {
  name: string;
  samples: number[];
  transport: number[];
  /** A keypress → painted figure, shown beside the bare page's (the control's) figure. */
  paint?: boolean;
  /** A paint figure's presses, each whether it was shown in the first frame (`inFirstFrame`). */
  firstFrame?: boolean[];
  /** The same for as many presses spread evenly over the refresh interval (`idleFor`). */
  spreadFirstFrame?: boolean[];
  /**
   * A paint figure's samples in two parts: from the keydown to the first frame begun after it
   * (where in the refresh interval the key came, which the page does not choose), and from that
   * frame's start to the paint (the work, the app's and the browser's).
   */
  parts?: { wait: number[]; work: number[] };
}

/** A 60 Hz display's refresh interval, in ms. */
export const REFRESH_MS = 1000 / 60;

/**
 * Whether a keypress was shown in the first frame after it: its state painted in the first frame
 * begun after the keydown, and painted before the next refresh was due, so the display shows it
 * one refresh after that frame began, as it shows the bare page's. A keypress whose work ran past
 * that frame's time is painted in it still (the frame waits), but late: past the refresh, it waits
 * for the next one. Unlike keydown → painted, this does not depend on where in the refresh
 * interval the key came, which a person's typing does not choose.
 */
export function inFirstFrame(result: ProbeResult): boolean {
  return result.frameAt === result.firstFrameAt && result.paintedAt - result.frameAt < REFRESH_MS;
}

/** Splits a probed sample into the wait for the first frame and the work up to the paint (`Figure.parts`). */
export function partsOf(result: ProbeResult): { wait: number; work: number } {
  return { wait: result.firstFrameAt - result.keyAt, work: result.paintedAt - result.firstFrameAt };
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
/** `figure`'s p50 and p95, each less the control's at the same percentile. */
const beyond = (figure: Figure, control: Figure) =>
  [50, 95].map((p) => ms(percentile(figure.samples, p) - percentile(control.samples, p))).join(' / ');
const p50p95 = (values: readonly number[]) => `${ms(percentile(values, 50))} / ${ms(percentile(values, 95))}`;
/** A paint figure's wait for the first frame and that frame's work, each p50 / p95. */
const partsCell = (figure: Figure) =>
  figure.parts ? `${p50p95(figure.parts.wait)} · ${p50p95(figure.parts.work)}` : '–';

/**
 * The figures as a Markdown table: p50 / p95, each paint figure's excess over the `control`
 * figure (the same keypress on a bare page), the transport's p50, and growth across sizes.
 */
export function figureTable(
  figures: readonly Figure[],
  groups: readonly (readonly string[])[],
  control: Figure,
): string {
  const byName = new Map(figures.map((figure) => [figure.name, figure]));
  const growthOf = (name: string) => {
    const group = groups.find((names) => names.includes(name));
    if (!group || group.at(-1) !== name) return '';
    const first = byName.get(group[0]!);
    const last = byName.get(name);
    if (!first || !last) return '';
    return `${(percentile(last.samples, 50) / percentile(first.samples, 50)).toFixed(2)}x`;
  };
  const rows = figures.map((figure) => {
    const p50 = percentile(figure.samples, 50);
    const transport = percentile(figure.transport, 50);
    const share = figure.transport.length > 0 && p50 > 0 ? ` (${Math.round((transport / p50) * 100)} %)` : '';
    const p95 = percentile(figure.samples, 95);
    const shown = [figure.firstFrame, figure.spreadFirstFrame]
      .map((presses = []) =>
        presses.length > 0 ? `${presses.filter(Boolean).length} of ${presses.length}` : '–',
      )
      .join(' / ');
    return `| ${figure.name} | ${ms(p50)} / ${ms(p95)} | ${partsCell(figure)} | ${figure.paint && figure !== control ? beyond(figure, control) : '–'} | ${shown} | ${
      figure.transport.length > 0 ? `${ms(transport)}${share}` : '–'
    } | ${growthOf(figure.name)} |`;
  });
  return [
    "| figure | p50 / p95 | of which the wait for the first frame · that frame's work (p50 / p95 each) | beyond the bare page (p50 / p95) | shown in the first frame (key at one point / anywhere in the refresh) | transport (p50) | growth smallest → largest |",
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
