import type { MeetingChange, RecordChange, SummaryCount } from '../../shared/contract/changes';
import { compareRecords, specOf, type RecordKind } from '../../shared/contract/recordKinds';
import type { MeetingRecords, MeetingSummary } from '../../shared/types';

/** The part of a window's state a change touches: the open meeting and the library's rows. */
export interface ChangeableState {
  overview: {
    meetingId: string | null;
    records: MeetingRecords | null;
    /**
     * The records of the open meeting removed since it was loaded, by id, with the `updatedAt`
     * of their removal: the lists hold live records only (as `meetings.get` answers), and this
     * keeps a late, older version of a removed record from bringing it back.
     */
    removedAt: Record<string, number>;
  };
  meetings: { byId: Record<string, MeetingSummary>; ids: string[]; query: string; loaded: boolean };
}

type Overview = ChangeableState['overview'];
type Meetings = ChangeableState['meetings'];
type Versioned = { id: string; updatedAt: number; deletedAt: number | null };

/**
 * Whether `incoming` may replace `current`. `updatedAt` is a record's revision (the core raises
 * it on every save, see repos/recordTable.ts), so the rule is "never go back": an equal one is the
 * same version arriving twice (a write's answer and its event) and applying it again is harmless.
 */
const notOlder = (incoming: Versioned, current: Versioned | null | undefined) =>
  !current || incoming.updatedAt >= current.updatedAt;

/** Index at which `record` goes into the sorted `list` (after its equals, as the core lists them). */
function placeOf<T>(list: readonly T[], record: T, compare: (a: T, b: T) => number): number {
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
  return added.length === 0 ? kept : [...kept, ...added].sort(compare);
}

/** The open meeting's records with `changes` applied; the same records when none is for them. */
export function applyRecordChanges<O extends Overview>(overview: O, changes: readonly RecordChange[]): O {
  const records = overview.records;
  if (!records || changes.length === 0) return overview;
  const mine = changes.filter((change) =>
    change.kind === 'meeting'
      ? change.record.id === records.meeting.id
      : change.record.meetingId === records.meeting.id,
  );
  if (mine.length === 0) return overview;
  const next: Record<string, unknown> = { ...records };
  const removedAt = { ...overview.removedAt };
  const lists = new Map<RecordKind, Versioned[]>();
  for (const change of mine) {
    if (change.kind === 'meeting') {
      if (notOlder(change.record, records.meeting)) next.meeting = change.record;
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
  return { ...overview, records: next as MeetingRecords, removedAt };
}

/** Newest change first, as `meetings.list` answers (equal times by id). */
const libraryOrder = (a: MeetingSummary, b: MeetingSummary) =>
  b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The library's rows with the change's deltas applied to the meeting's row, kept in list order. */
function applyToLibrary(meetings: Meetings, change: MeetingChange): Meetings {
  const row = meetings.byId[change.meetingId];
  if (!row) return meetings;
  const byId = { ...meetings.byId };
  const ids = meetings.ids.filter((id) => id !== change.meetingId);
  if (change.summary.removed) {
    delete byId[change.meetingId];
    return { ...meetings, byId, ids };
  }
  const next: MeetingSummary = { ...row, ...change.summary.fields };
  for (const [count, delta] of Object.entries(change.summary.counts) as [SummaryCount, number][]) {
    next[count] += delta;
  }
  byId[change.meetingId] = next;
  ids.splice(
    placeOf(ids, change.meetingId, (a, b) => libraryOrder(byId[a]!, byId[b]!)),
    0,
    change.meetingId,
  );
  return { ...meetings, byId, ids };
}

/**
 * A window's state after one committed write (a `meetingChanged` event, see
 * shared/contract/changes.ts): the saved records replace or join the open meeting's (a removed one
 * leaves its list), a reorder's records carry their new places, and the library row moves by the
 * deltas. Pure, and idempotent: the same change applied twice gives the same state, so a write's
 * answer and its event (the same records) may both be applied, in either order.
 * A change with `reload` carries no records; `loadsAfter` says what to load instead.
 */
export function applyMeetingChange<S extends ChangeableState>(state: S, change: MeetingChange): S {
  const overview = applyRecordChanges(state.overview, change.records);
  const meetings = applyToLibrary(state.meetings, change);
  return overview === state.overview && meetings === state.meetings
    ? state
    : { ...state, overview, meetings };
}

/**
 * What a window must load because `change` does not carry it: the open meeting after a change too
 * big to carry (or one that came while the meeting was still loading), and the library's list when
 * the row is not in it (a new meeting) or a search could now match it differently.
 */
export function loadsAfter(state: ChangeableState, change: MeetingChange) {
  const { overview, meetings } = state;
  const row = meetings.byId[change.meetingId];
  const { title, incidentId } = change.summary.fields;
  // What a search matches (title, incident id) changed, or may have for a row not in the list.
  const searchMayDiffer =
    (title !== undefined && title !== row?.title) ||
    (incidentId !== undefined && incidentId !== row?.incidentId);
  const newRow = !change.summary.removed && !row && meetings.query === '';
  return {
    meeting: overview.meetingId === change.meetingId && (change.reload || overview.records === null),
    library: meetings.loaded && (change.reload || newRow || (meetings.query !== '' && searchMayDiffer)),
  };
}
