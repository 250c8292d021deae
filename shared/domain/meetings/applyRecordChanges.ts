import type { MeetingChange, RecordChange } from '../../contract/changes';
import { compareRecords, specOf, type RecordKind } from '../../contract/recordKinds';
import type { MeetingRecords } from '../../types';

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
 * Whether `incoming` may replace `current`. `updatedAt` is a record's revision (the core raises
 * it on every save, see repos/recordTable.ts), so the rule is "never go back": an equal one is the
 * same version arriving twice (a write's answer and its event) and applying it again is harmless.
 */
const notOlder = (incoming: Versioned, current: Versioned | null | undefined) =>
  !current || incoming.updatedAt >= current.updatedAt;

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

/**
 * One kind's list with `incoming` applied, in the core's order. One record (a keystroke's
 * autosave, a quick-add) costs a copy and a binary search, not a sort of the whole meeting.
 * Sorting by the declared order also applies a reorder: its moved records carry their new place.
 */
function applyToList(
  kind: RecordKind,
  list: readonly Versioned[],
  incoming: readonly Versioned[],
  removedAt: Record<string, number>,
): Versioned[] {
  const compare = compareRecords(kind) as (a: Versioned, b: Versioned) => number;
  const byId = new Map(incoming.map((record) => [record.id, record]));
  const kept = list.filter((record) => {
    const next = byId.get(record.id);
    if (next && !notOlder(next, record)) byId.delete(record.id);
    return !byId.has(record.id);
  });
  const added = [...byId.values()].filter(
    (record) => record.deletedAt === null && !(removedAt[record.id]! > record.updatedAt),
  );
  if (added.length === 1) {
    kept.splice(placeOf(kept, added[0]!, compare), 0, added[0]!);
    return kept;
  }
  return added.length === 0 ? kept : mergeSorted(kept, added.sort(compare), compare);
}

/**
 * Two sorted lists as one, equals of `first` before those of `second`: a page of 2,000 events
 * joins a log of 50,000 in one pass, not a sort of the whole log per page.
 */
function mergeSorted<T>(first: readonly T[], second: readonly T[], compare: (a: T, b: T) => number): T[] {
  const merged: T[] = new Array<T>(first.length + second.length);
  let [i, j, k] = [0, 0, 0];
  while (i < first.length && j < second.length)
    merged[k++] = compare(second[j]!, first[i]!) < 0 ? second[j++]! : first[i++]!;
  while (i < first.length) merged[k++] = first[i++]!;
  while (j < second.length) merged[k++] = second[j++]!;
  return merged;
}

/**
 * The loaded meeting with saved records applied (a write's answer, or a change's records): each
 * replaces the shown one by id unless the shown one is newer, a removed one leaves its list.
 * `touched` are the meeting's fields the write changed without saving the meeting record (a
 * write to a record raises its meeting's `updatedAt`). The same object when nothing is for it.
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
  if (touches) next.meeting = { ...records.meeting, ...touched };
  const removedAt = { ...loaded.removedAt };
  const lists = new Map<RecordKind, Versioned[]>();
  for (const change of mine) {
    if (change.kind === 'meeting') {
      if (notOlder(change.record, next.meeting as Versioned)) next.meeting = change.record;
    } else if (specOf(change.kind).cardinality === 'single') {
      const current = next[change.kind] as Versioned | null;
      if (notOlder(change.record, current))
        next[change.kind] = change.record.deletedAt === null ? change.record : null;
    } else {
      lists.set(change.kind, [...(lists.get(change.kind) ?? []), change.record]);
    }
  }
  for (const [kind, incoming] of lists) {
    next[kind] = applyToList(kind, next[kind] as Versioned[], incoming, removedAt);
    for (const record of incoming) if (record.deletedAt !== null) removedAt[record.id] = record.updatedAt;
  }
  return { ...loaded, records: next as MeetingRecords, removedAt };
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
