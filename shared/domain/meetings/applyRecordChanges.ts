import type { MeetingChange, RecordChange } from '../../contract/changes';
import { compareRecords, specOf, type RecordKind } from '../../contract/recordKinds';
import type { MeetingRecords } from '../../types';
import { spliced } from '../listEdits';

/**
 * A meeting as a view holds it: its live records (as `meetings.get` answers; null while none is
 * loaded) and the records removed since it was loaded, by id, with the `updatedAt` of their
 * removal. The lists hold live records only, and `removedAt` keeps a late, older version of a
 * removed record from bringing it back.
 */
export interface LoadedMeeting {
  records: MeetingRecords | null;
  removedAt: Record<string, number>;
}

type Versioned = { id: string; updatedAt: number; deletedAt: number | null };
/** The meeting's fields a change says its write touched (shared/contract/changes.ts). */
type Touched = MeetingChange['summary']['fields'];

/**
 * Whether `incoming` is a later version than `current`. `updatedAt` is a record's revision (the
 * core raises it on every save, see repos/recordTable.ts), so the rule is "never go back", and an
 * equal one is the same version arriving twice (a write's answer and its event): the one shown
 * stays, so the second arrival changes nothing and re-renders nothing.
 */
const newer = (incoming: Versioned, current: Versioned | null | undefined) =>
  !current || incoming.updatedAt > current.updatedAt;

/** Index at which `record` goes into the sorted `list` (after its equals, as the core lists them). */
export function placeOf<T>(list: readonly T[], record: T, compare: (a: T, b: T) => number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(list[middle]!, record) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether `record` is shown once applied: live, and not removed by a later version. */
const staysLive = (record: Versioned, removedAt: Record<string, number>) =>
  record.deletedAt === null && !(removedAt[record.id]! > record.updatedAt);

/**
 * Where the shown version of `record` is: right before `record`'s own place (`place`, found by
 * binary search) when nothing sorts between them (an add's change event after its answer, an
 * edit of a field the order does not read); else found by a scan for its id (a new record, a
 * move); -1 when it is not shown.
 */
function shownIndex(list: readonly Versioned[], record: Versioned, place: number): number {
  if (place > 0 && list[place - 1]!.id === record.id) return place - 1;
  for (let at = 0; at < list.length; at++) if (list[at]!.id === record.id) return at;
  return -1;
}

/**
 * One record applied to a kind's list, the common case (a keystroke's autosave, a quick-add, its
 * answer): its shown version found (`shownIndex`), then a copy; the same list when it is not newer.
 */
function applyOne(
  list: readonly Versioned[],
  record: Versioned,
  removedAt: Record<string, number>,
  compare: (a: Versioned, b: Versioned) => number,
): readonly Versioned[] {
  const place = placeOf(list, record, compare);
  const index = shownIndex(list, record, place);
  if (index >= 0 && !newer(record, list[index])) return list;
  const live = staysLive(record, removedAt);
  if (index < 0 && !live) return list;
  // Nothing sorts between the shown version and the record's place: the record takes its slot.
  if (index >= 0 && index === place - 1 && live) return spliced(list, index, 1, record);
  const without = index >= 0 ? spliced(list, index, 1) : list;
  return live ? spliced(without, placeOf(without, record, compare), 0, record) : without;
}

/**
 * `list` (sorted by `compare`) with `record` in its place, for a record known not to be in it
 * (one whose id this window just made): a binary search and a copy, no scan for its id.
 */
export function withNewRecord<T>(list: readonly T[], record: T, compare: (a: T, b: T) => number): T[] {
  return spliced(list, placeOf(list, record, compare), 0, record);
}

/**
 * One kind's list with `incoming` applied, in the core's order; the same list when none of them
 * is newer than what it shows. Sorting by the declared order also applies a reorder: its moved
 * records carry their new place.
 */
function applyToList(
  kind: RecordKind,
  list: readonly Versioned[],
  incoming: readonly Versioned[],
  removedAt: Record<string, number>,
): readonly Versioned[] {
  const compare = compareRecords(kind) as (a: Versioned, b: Versioned) => number;
  if (incoming.length === 1) return applyOne(list, incoming[0]!, removedAt, compare);
  const byId = new Map(incoming.map((record) => [record.id, record]));
  const kept = list.filter((record) => {
    const next = byId.get(record.id);
    if (next && !newer(next, record)) byId.delete(record.id);
    return !byId.has(record.id);
  });
  const added = [...byId.values()].filter((record) => staysLive(record, removedAt));
  if (added.length === 0) return kept.length === list.length ? list : kept;
  if (added.length === 1) {
    kept.splice(placeOf(kept, added[0]!, compare), 0, added[0]!);
    return kept;
  }
  return mergeSorted(kept, added.sort(compare), compare);
}

/**
 * Two sorted lists as one, equals of `first` before those of `second`: a page of 2,000 events
 * joins a log of 50,000 in one pass, not a sort of the whole log per page.
 */
function mergeSorted<T>(first: readonly T[], second: readonly T[], compare: (a: T, b: T) => number): T[] {
  // Pushed, not written into `new Array(length)`: that array is holey to V8 for good, and every
  // later edit's toSpliced (listEdits.ts) copied it 50 times slower (2 ms at 50,000 events).
  const merged: T[] = [];
  let [i, j] = [0, 0];
  while (i < first.length && j < second.length)
    merged.push(compare(second[j]!, first[i]!) < 0 ? second[j++]! : first[i++]!);
  while (i < first.length) merged.push(first[i++]!);
  while (j < second.length) merged.push(second[j++]!);
  return merged;
}

/**
 * The loaded meeting with saved records applied (a write's answer, or a change's records): each
 * replaces the shown one by id when it is newer, a removed one leaves its list. `touched` are the
 * meeting's fields the write changed without saving the meeting record (a write to a record
 * raises its meeting's `updatedAt`). The same object when nothing in it is new, so a version
 * shown already (an add's answer, then its change event) changes nothing in the view.
 */
export function applyRecordChanges<L extends LoadedMeeting>(
  loaded: L,
  changes: readonly RecordChange[],
  touched: Touched = {},
): L {
  const records = loaded.records;
  if (!records) return loaded;
  const mine = changes.filter((change) =>
    change.kind === 'meeting'
      ? change.record.id === records.meeting.id
      : change.record.meetingId === records.meeting.id,
  );
  const touches = touched.updatedAt !== undefined && touched.updatedAt > records.meeting.updatedAt;
  if (mine.length === 0 && !touches) return loaded;
  const next: Record<string, unknown> = { ...records };
  let changed = touches;
  if (touches) next.meeting = { ...records.meeting, ...touched };
  const removedAt = { ...loaded.removedAt };
  const lists = new Map<RecordKind, Versioned[]>();
  // Compared with the last meeting record shown, not with `touched`: the write that raised the
  // meeting's `updatedAt` may carry the meeting record of that same version.
  let meetingShown: Versioned = records.meeting;
  for (const change of mine) {
    if (change.kind === 'meeting') {
      if (!newer(change.record, meetingShown)) continue;
      next.meeting = meetingShown = change.record;
      changed = true;
    } else if (specOf(change.kind).cardinality === 'single') {
      const current = next[change.kind] as Versioned | null;
      if (!newer(change.record, current)) continue;
      const shown = change.record.deletedAt === null ? change.record : null;
      changed ||= shown !== current;
      next[change.kind] = shown;
    } else {
      lists.set(change.kind, [...(lists.get(change.kind) ?? []), change.record]);
    }
  }
  for (const [kind, incoming] of lists) {
    const list = next[kind] as Versioned[];
    const applied = applyToList(kind, list, incoming, removedAt);
    if (applied !== list) {
      next[kind] = applied;
      changed = true;
    }
    for (const record of incoming) {
      if (record.deletedAt === null || (removedAt[record.id] ?? -1) >= record.updatedAt) continue;
      removedAt[record.id] = record.updatedAt;
      changed = true;
    }
  }
  return changed ? { ...loaded, records: next as MeetingRecords, removedAt } : loaded;
}

/**
 * The loaded meeting with one committed change (`meetingChanged`) applied: its records and the
 * meeting fields its write touched. Pure and idempotent: the same change applied twice gives the
 * same meeting, so a write's answer and its event may both be applied, in either order. A change
 * with `reload` carries no records (the caller loads the meeting again); another meeting's
 * change is ignored.
 */
export function applyChangeToRecords<L extends LoadedMeeting>(loaded: L, change: MeetingChange): L {
  if (change.reload || loaded.records?.meeting.id !== change.meetingId) return loaded;
  return applyRecordChanges(loaded, change.records, change.summary.fields);
}
