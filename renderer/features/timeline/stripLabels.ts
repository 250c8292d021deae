/** The strip's viewBox width, in the units its labels are placed in. */
export const STRIP_WIDTH = 1000;
/** The label rows' baselines, top to bottom, in viewBox units. */
export const LABEL_ROWS = [24, 52, 80] as const;
/** Roughly how wide a character of the 17px labels is, in viewBox units. */
const CHAR_WIDTH = 9.5;
/** The least space between two labels of a row. */
const LABEL_GAP = 12;

/** A key event to name on the strip: its time as shown, its kind's label, its x in viewBox units. */
export interface StripLabelInput {
  time: string;
  kind: string;
  x: number;
}

export interface PlacedLabel {
  /** The event's own name ("09:31 Detection"), for its accessible name. */
  name: string;
  /** What is drawn: its name, the names of the events joined to it, or '' when it joined another. */
  shown: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/** Where a label of `width` at `x` is anchored so it stays inside the strip, and where it starts. */
function fit(x: number, width: number): { anchor: PlacedLabel['anchor']; left: number } {
  if (x + width / 2 > STRIP_WIDTH) return { anchor: 'end', left: x - width };
  if (x - width / 2 < 0) return { anchor: 'start', left: x };
  return { anchor: 'middle', left: x - width / 2 };
}

/**
 * Puts each label (left to right) on the first row where it does not run into the row's last
 * label. When no row is free, as when milestones minutes apart sit on the strip of a day-long
 * incident, the label joins the last one drawn, the nearest to its left, which then names both
 * ("08:00 Mitigation, Fix deployed", with the joined one's own time when that differs): drawn on
 * top of each other, two labels were unreadable on the projector. A joined label grows to the
 * right, or to the left at the strip's right edge; where it has no room either way, the event
 * keeps its tick, stem and accessible name and is not written out.
 */
export function placeStripLabels(items: readonly StripLabelInput[]): PlacedLabel[] {
  const rows = LABEL_ROWS.map(() => ({ end: -Infinity, before: -Infinity }));
  const placed: PlacedLabel[] = [];
  let host: { label: PlacedLabel; row: number; time: string; left: number } | null = null;
  for (const { time, kind, x } of items) {
    const name = `${time} ${kind}`;
    const { anchor, left } = fit(x, name.length * CHAR_WIDTH);
    const row = rows.findIndex((taken) => taken.end + LABEL_GAP <= left);
    if (row === -1) {
      // Some label is drawn already: the first one always finds every row free.
      const joined = join(host!, rows[host!.row]!, time, kind, name);
      if (joined) host!.time = time;
      placed.push({ name, shown: '', x: host!.label.x, y: host!.label.y, anchor: host!.label.anchor });
      continue;
    }
    const label: PlacedLabel = { name, shown: name, x, y: LABEL_ROWS[row]!, anchor };
    rows[row] = { end: left + name.length * CHAR_WIDTH, before: rows[row]!.end };
    host = { label, row, time, left };
    placed.push(label);
  }
  return placed;
}

/**
 * Adds an event's name to its `host` label when the longer label still fits on the host's row
 * (`taken`: where the row's labels end): kept at its left edge, else at the strip's right edge.
 */
function join(
  host: { label: PlacedLabel; time: string; left: number },
  taken: { end: number; before: number },
  time: string,
  kind: string,
  name: string,
): boolean {
  const shown = host.label.shown + (time === host.time ? `, ${kind}` : ` · ${name}`);
  const width = shown.length * CHAR_WIDTH;
  const left = host.left + width <= STRIP_WIDTH ? host.left : STRIP_WIDTH - width;
  if (left < taken.before + LABEL_GAP || left < 0) return false;
  Object.assign(host.label, { shown, x: left, anchor: 'start' });
  host.left = left;
  taken.end = left + width;
  return true;
}
