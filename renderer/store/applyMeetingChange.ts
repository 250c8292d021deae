import type { MeetingChange, SummaryCount } from '../../shared/contract/changes';
import {
  applyChangeToRecords,
  placeOf,
  type LoadedMeeting,
} from '../../shared/domain/meetings/applyRecordChanges';
import type { ContractError } from '../../shared/contract/errors';
import type { MeetingSummary } from '../../shared/types';

/** The part of a window's state a change touches: the open meeting and the library's rows. */
export interface ChangeableState {
  overview: LoadedMeeting & {
    meetingId: string | null;
    /** Why the open meeting's last load failed; null once one succeeds. */
    error: ContractError | null;
  };
  meetings: { byId: Record<string, MeetingSummary>; ids: string[]; query: string; loaded: boolean };
}

type Meetings = ChangeableState['meetings'];

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
 * shared/contract/changes.ts): the open meeting follows it (shared/domain/meetings/applyRecordChanges.ts)
 * and the library row moves by the deltas. Pure, and idempotent, as that is.
 * A change with `reload` carries no records; `loadsAfter` says what to load instead.
 */
export function applyMeetingChange<S extends ChangeableState>(state: S, change: MeetingChange): S {
  const overview = applyChangeToRecords(state.overview, change);
  const meetings = applyToLibrary(state.meetings, change);
  return overview === state.overview && meetings === state.meetings
    ? state
    : { ...state, overview, meetings };
}

/**
 * What a window must load because `change` does not carry it: the open meeting after a change too
 * big to carry, or when its last load failed (a load on its way applies the changes that arrive
 * while it travels: overview slice, `reloadOpenMeeting`), and the library's list when
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
    meeting: overview.meetingId === change.meetingId && (change.reload || overview.error !== null),
    library: meetings.loaded && (change.reload || newRow || (meetings.query !== '' && searchMayDiffer)),
  };
}
