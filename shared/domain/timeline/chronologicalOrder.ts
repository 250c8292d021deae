import type { TimelineEvent } from '../../types';
import { unchangedEnds } from '../listEdits';

/**
 * The event log's time order: by time, then by when each event was written, then by id. It is
 * the order the core lists events in and the store keeps them in (recordKinds.ts: timeline
 * `sortBy`, then id), written out so that sorting 50,000 events does not read fields by name.
 */
export function compareChronological(a: TimelineEvent, b: TimelineEvent): number {
  return a.at - b.at || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Live events in time order, sorted from scratch; equal times keep the order they were written in. */
export function chronological(timeline: readonly TimelineEvent[]): TimelineEvent[] {
  return timeline.filter((event) => event.deletedAt === null).sort(compareChronological);
}

/** Index of the first event of `sorted` that is not `before` the target (binary search). */
function lowerBound(sorted: readonly TimelineEvent[], before: (event: TimelineEvent) => boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (before(sorted[middle]!)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether an event of `sorted` (live events in time order) is at `at`, by binary search. */
export function hasEventAt(sorted: readonly TimelineEvent[], at: number): boolean {
  return sorted[lowerBound(sorted, (event) => event.at < at)]?.at === at;
}

/**
 * `sorted` (live events in time order) with the `removed` versions taken out and the live ones of
 * `added` put in their places, each found by binary search: an add or an edit costs a copy of
 * the array and two searches, not a sort of the whole log. A removed version that is not in
 * `sorted` (it was never live) is passed over.
 */
export function placeChronologically(
  sorted: readonly TimelineEvent[],
  removed: readonly TimelineEvent[],
  added: readonly TimelineEvent[],
): TimelineEvent[] {
  const next = sorted.slice();
  for (const old of removed) {
    const index = lowerBound(next, (event) => compareChronological(event, old) < 0);
    if (next[index] === old) next.splice(index, 1);
  }
  for (const event of added) {
    if (event.deletedAt !== null) continue;
    next.splice(lowerBound(next, (other) => compareChronological(other, event) <= 0), 0, event);
  }
  return next;
}

/**
 * Whether the events of `list` from `from` to `to` (not included) are live and in time order,
 * with each other and with the events just outside them.
 */
function inTimeOrder(list: readonly TimelineEvent[], from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (list[index]!.deletedAt !== null) return false;
  const last = Math.min(to, list.length - 1);
  for (let index = Math.max(1, from); index <= last; index++) {
    if (compareChronological(list[index - 1]!, list[index]!) > 0) return false;
  }
  return true;
}

/**
 * Past this many changed events, a sort of the whole list beats placing them one by one (each
 * placement moves the array's tail): a page of a loading log, an import, a merge.
 */
const PLACE_AT_MOST = 16;

/** What one list was and the live events of it in time order. */
interface Ordered {
  list: readonly TimelineEvent[];
  sorted: readonly TimelineEvent[];
}

/**
 * The live events of `list` in time order, worked out from the last list ordered (`previous`):
 * lists held by a view change a record at a time (a new array with one record replaced, added or
 * removed, the others the same objects), so what changed is the part between the two lists' common
 * start and common end (`unchangedEnds`: from the edits that made the list, else by reference),
 * and only those events are placed. Any other change is sorted from scratch. A list that is in
 * time order and live already, as the store keeps the log (applyRecordChanges.ts), is its own
 * answer: when the last one was, only the changed part and its two neighbours are checked, with
 * no copy (issue #16: the copies and sets of placing were 1 ms of a capture's keypress at 50,000
 * events). The answer never depends on `previous` being related to `list`, only how fast it comes.
 */
export function reorderChronologically(
  previous: Ordered | null,
  list: readonly TimelineEvent[],
): readonly TimelineEvent[] {
  if (previous === null) return inTimeOrder(list, 0, list.length) ? list : chronological(list);
  const before = previous.list;
  const { head: start, tail: end } = unchangedEnds(before, list);
  if (previous.sorted === before && inTimeOrder(list, start, list.length - end)) {
    // Every event the same object as before: the last answer stands (and keeps its identity).
    return before.length === list.length && start === list.length ? before : list;
  }
  const left = before.slice(start, before.length - end);
  const came = list.slice(start, list.length - end);
  if (Math.abs(left.length - came.length) > PLACE_AT_MOST) return chronological(list);
  // A record whose neighbours changed (one moved past it) is in both parts and stays where it is.
  const [leftSet, cameSet] = [new Set(left), new Set(came)];
  const removed = left.filter((event) => !cameSet.has(event));
  const added = came.filter((event) => !leftSet.has(event));
  if (removed.length + added.length > PLACE_AT_MOST) return chronological(list);
  if (removed.length + added.length === 0) return previous.sorted;
  return placeChronologically(previous.sorted, removed, added);
}

/**
 * A function that answers `reorderChronologically` for each list it is given, remembering the
 * last one: one per view of the log, so its per-change cost does not grow with the log.
 */
export function chronologicalFollower(): (list: readonly TimelineEvent[]) => readonly TimelineEvent[] {
  let last: Ordered | null = null;
  return (list) => {
    if (last?.list === list) return last.sorted;
    const sorted = reorderChronologically(last, list);
    last = { list, sorted };
    return sorted;
  };
}
