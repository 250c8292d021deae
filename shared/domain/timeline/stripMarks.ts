import type { TimelineEvent } from '../../types';
import { EVENT_KINDS, type EventKind } from '../vocabulary';
import { followEventTimes, kindCode, positionOf, type EventTimes } from './eventTimes';
import { stripFraction, stripSpan, type StripLayout } from './strip';

/**
 * What the strip marks of a log of any length (issue #16): one tick per column of the strip, not
 * one per event, and a bounded set of labelled key events. A new event costs a pass over two
 * typed arrays (eventTimes.ts) and no object per event, and the strip draws as few elements for
 * 50,000 events as for 500.
 */

/** Columns the strip's axis is cut into: its viewBox is 1,000 units wide, so a finer tick draws the same line. */
export const STRIP_COLUMNS = 1_000;
/** More labelled events than this and the strip's three label rows overlap into noise. */
export const MAX_KEY_LABELS = 24;

/** The kinds a room needs to see named on the strip: the milestones of the incident. */
export const KEY_KINDS: ReadonlySet<EventKind> = new Set([
  'first-signal',
  'detection',
  'mitigation',
  'fix-deployed',
  'recovery',
]);
/** `IS_KEY[code]` is 1 for the kind codes (eventTimes.ts) of KEY_KINDS. */
const IS_KEY = new Uint8Array(EVENT_KINDS.length);
for (const kind of KEY_KINDS) IS_KEY[kindCode(kind)] = 1;

/** An event placed on the strip. */
export interface StripMarker {
  event: TimelineEvent;
  /** Fraction of the strip's width, 0 … 1. */
  x: number;
}

export interface StripMarks {
  /** `occupied[c]` is 1 when an event falls in column c (0 … STRIP_COLUMNS), so the strip ticks it. */
  occupied: Uint8Array;
  /**
   * The labelled events, in time order: every key event, or, when there are more than
   * MAX_KEY_LABELS, only the first of each key kind (the milestones the room needs).
   */
  keys: StripMarker[];
}

/**
 * The strip's marks of a log on `axis`: a byte per column for the ticks, and key events kept
 * only while they can all be labelled, beside the first of each key kind for when they cannot.
 */
export function markEvents(log: EventTimes, axis: Pick<StripLayout, 'startAt' | 'endAt'>): StripMarks {
  const { times, kinds } = log;
  const occupied = new Uint8Array(STRIP_COLUMNS + 1);
  const allKeys: number[] = [];
  const firstOfKind = new Int32Array(EVENT_KINDS.length).fill(-1);
  // An event's column is the nearest to its fraction of the axis, the division out of the loop.
  const { startAt } = axis;
  const columnsPerMs = STRIP_COLUMNS / stripSpan(axis);
  for (let index = 0; index < times.length; index++) {
    const column = Math.round((times[index]! - startAt) * columnsPerMs);
    occupied[column < 0 ? 0 : column > STRIP_COLUMNS ? STRIP_COLUMNS : column] = 1;
    const code = kinds[index]!;
    if (IS_KEY[code] === 0) continue;
    if (allKeys.length <= MAX_KEY_LABELS) allKeys.push(index);
    if (firstOfKind[code] === -1) firstOfKind[code] = index;
  }
  const labelled =
    allKeys.length <= MAX_KEY_LABELS
      ? allKeys
      : [...firstOfKind].filter((index) => index !== -1).sort((a, b) => a - b);
  const keys = labelled.map((index) => ({
    event: log.events[index]!,
    x: stripFraction(axis, times[index]!),
  }));
  return { occupied, keys };
}

/** What a strip draws: its marks, and the highlighted event's, named among the keys when it is one. */
export interface ShownMarks extends StripMarks {
  highlighted: StripMarker | null;
}

/** `keys` with `marker` among them in time order, when it is a key event the thinning left out. */
function withHighlighted(keys: StripMarker[], marker: StripMarker): StripMarker[] {
  if (!KEY_KINDS.has(marker.event.kind) || keys.some((key) => key.event === marker.event)) return keys;
  const after = keys.findIndex((key) => key.x > marker.x);
  const shown = keys.slice();
  shown.splice(after === -1 ? keys.length : after, 0, marker);
  return shown;
}

/**
 * A function giving a strip's marks for each layout and highlight it is shown, remembering the
 * last ones: one per strip, so an add re-reads only the events that changed, a new highlight
 * reuses the marks, and the highlighted event is found again by binary search on its time (a
 * scan by id only when another event is highlighted).
 */
export function stripMarksFollower(): (layout: StripLayout, highlightedId: string | null) => ShownMarks {
  let log: EventTimes | null = null;
  let marked: { layout: StripLayout; marks: StripMarks } | null = null;
  let lastHighlighted: TimelineEvent | null = null;
  return (layout, highlightedId) => {
    log = followEventTimes(log, layout.events);
    if (marked?.layout !== layout) marked = { layout, marks: markEvents(log, layout) };
    const { marks } = marked;
    let position = -1;
    if (highlightedId !== null) {
      if (lastHighlighted?.id === highlightedId) position = positionOf(log, lastHighlighted);
      if (position === -1) position = log.events.findIndex((event) => event.id === highlightedId);
    }
    lastHighlighted = log.events[position] ?? null;
    if (!lastHighlighted) return { ...marks, highlighted: null };
    const highlighted = { event: lastHighlighted, x: stripFraction(layout, lastHighlighted.at) };
    return { ...marks, keys: withHighlighted(marks.keys, highlighted), highlighted };
  };
}
