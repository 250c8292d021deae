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
  /**
   * A paint figure's samples in two parts: the wait for a frame to begin after the keydown (none
   * when the key woke a stopped frame clock and got a frame at once), and from the later of the
   * keydown and that frame's start to the paint (the work, the app's and the browser's).
   */
  parts?: { wait: number[]; work: number[] };
  /**
   * A paint figure's presses made as many times again at drive.ts's `framesRunning` point, the
   * frame clock still running: their keypress → painted samples and whether each was shown in
   * the first frame.
   */
  framesRunning?: { samples: number[]; firstFrame: boolean[] };
}

/** A 60 Hz display's refresh interval, in ms. */
export const REFRESH_MS = 1000 / 60;

/**
 * Whether a keypress was shown in the first frame after it: its state painted in the first frame
 * run after the keydown, and painted before the next refresh was due, one refresh after that
 * frame's time (a frame begun for a key that woke a stopped frame clock has the time of the
 * refresh before the key), so the display shows it at that refresh, as it shows the bare page's.
 * A keypress whose work ran past that time is painted in that frame still, but late: it waits for
 * the refresh after.
 */
export function inFirstFrame(result: ProbeResult): boolean {
  return result.frameAt === result.firstFrameAt && result.paintedAt - result.frameAt < REFRESH_MS;
}

/**
 * Splits a probed sample into the wait for the first frame and the work up to the paint
 * (`Figure.parts`). A frame begun for a key that woke a stopped frame clock carries the time of
 * the refresh before the key, so its wait is none and its work counts from the keydown.
 */
export function partsOf(result: ProbeResult): { wait: number; work: number } {
  const workFrom = Math.max(result.keyAt, result.firstFrameAt);
  return { wait: workFrom - result.keyAt, work: result.paintedAt - workFrom };
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
/** A paint figure's wait for the first frame and the work to the paint, each p50 / p95. */
const partsCell = (figure: Figure) =>
  figure.parts ? `${p50p95(figure.parts.wait)} · ${p50p95(figure.parts.work)}` : '–';
const shownCell = (presses: readonly boolean[] = []) =>
  presses.length > 0 ? `${presses.filter(Boolean).length} of ${presses.length}` : '–';
/** A paint figure's presses at the `framesRunning` point: p50 / p95, and how many were shown in the first frame. */
const framesRunningCell = (figure: Figure) =>
  figure.framesRunning
    ? `${p50p95(figure.framesRunning.samples)}, ${shownCell(figure.framesRunning.firstFrame)}`
    : '–';

/**
 * The figures as a Markdown table: p50 / p95, each paint figure's excess over the `control`
 * figure (the same keypress on a bare page), the same presses with the frame clock running, the
 * transport's p50, and growth across sizes.
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
    return `| ${figure.name} | ${p50p95(figure.samples)} | ${partsCell(figure)} | ${figure.paint && figure !== control ? beyond(figure, control) : '–'} | ${shownCell(figure.firstFrame)} | ${framesRunningCell(figure)} | ${
      figure.transport.length > 0 ? `${ms(transport)}${share}` : '–'
    } | ${growthOf(figure.name)} |`;
  });
  return [
    '| figure | p50 / p95 | of which the wait for a frame · the work to the paint (p50 / p95 each) | beyond the bare page (p50 / p95) | shown in the first frame | key just after a frame, the frame clock running: p50 / p95, shown in the first frame | transport (p50) | growth smallest → largest |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
