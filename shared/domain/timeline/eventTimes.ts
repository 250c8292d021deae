import type { TimelineEvent } from '../../types';
import { unchangedEnds } from '../listEdits';
import { EVENT_KINDS, type EventKind } from '../vocabulary';

/**
 * A log's times and kinds as typed arrays, index for index with its events in time order, so a
 * pass over 50,000 events reads two flat arrays instead of 50,000 scattered objects (issue #16).
 */
export interface EventTimes {
  events: readonly TimelineEvent[];
  times: Float64Array;
  /** Each event's kind as its index in EVENT_KINDS. */
  kinds: Uint8Array;
}

const KIND_CODES = new Map<EventKind, number>(EVENT_KINDS.map((kind, code) => [kind, code]));

/** The code `kinds` holds for `kind`. */
export function kindCode(kind: EventKind): number {
  return KIND_CODES.get(kind)!;
}

/**
 * The typed arrays of `events` (live, in time order), worked out from those of the last version
 * of the log (`previous`): a view's log changes an event at a time (a new array with one event
 * placed, replaced or taken out, the others the same objects), so only the part between the two
 * arrays' common start and common end (`unchangedEnds`, by reference) is read from the events;
 * the rest is copied. The answer never depends on `previous`, only how fast it comes.
 */
export function followEventTimes(previous: EventTimes | null, events: readonly TimelineEvent[]): EventTimes {
  if (previous?.events === events) return previous;
  const before = previous?.events ?? [];
  const { head: start, tail: end } = unchangedEnds(before, events);

  const times = new Float64Array(events.length);
  const kinds = new Uint8Array(events.length);
  if (previous) {
    times.set(previous.times.subarray(0, start));
    kinds.set(previous.kinds.subarray(0, start));
    times.set(previous.times.subarray(before.length - end), events.length - end);
    kinds.set(previous.kinds.subarray(before.length - end), events.length - end);
  }
  for (let index = start; index < events.length - end; index++) {
    const event = events[index]!;
    times[index] = event.at;
    kinds[index] = kindCode(event.kind);
  }
  return { events, times, kinds };
}

/** Where `event` (that very object) is in the log, by binary search on its time; -1 when it is not. */
export function positionOf(log: EventTimes, event: TimelineEvent): number {
  let low = 0;
  let high = log.times.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (log.times[middle]! < event.at) low = middle + 1;
    else high = middle;
  }
  for (let index = low; index < log.times.length && log.times[index] === event.at; index++) {
    if (log.events[index] === event) return index;
  }
  return -1;
}
