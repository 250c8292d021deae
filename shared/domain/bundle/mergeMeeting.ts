import { REVISED_MEETING_FIELDS } from '../../contract/records';
import type { Meeting } from '../../types';

/** What merging one copy of the meeting into ours did, for the plan's lists. */
export type MeetingVerdict = 'unchanged' | 'changed' | 'deleted' | 'conflict';

/**
 * Fields only the facilitator's console changes while the meeting runs (where the walk is, the
 * timers, the meeting's status). A note-taker's copy may hold a later edit of the meeting (a
 * summary) but a stale walk: the later edit wins, the walk is never rolled back.
 */
const LIVE_STATE_FIELDS: ReadonlySet<string> = new Set([
  'status',
  'currentStepId',
  'liveStartedAt',
  'moveOnSignalAt',
  'autoStartNextStep',
  'reviewItemId',
  'walkEventId',
  'chimeMuted',
  'clockFormat',
]);

type RevisedField = (typeof REVISED_MEETING_FIELDS)[number];

/**
 * When `field` was last edited. A meeting saved before it kept revisions has none: its last
 * change stands in for every field, the rule of those days.
 */
const revisionOf = (meeting: Meeting, field: RevisedField): number =>
  meeting.revisions[field] ?? meeting.updatedAt;

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Merges their copy of the meeting into ours field by field (issue #15): each field takes the
 * later edit of the two, so concurrent edits of different fields both survive, and the meeting's
 * last activity (`updatedAt`, raised by every write to one of its records) decides nothing but
 * stays the later of the two. Ours is kept as it is when their copy adds no later edit.
 */
export function mergeMeeting(ours: Meeting, theirs: Meeting): { meeting: Meeting; verdict: MeetingVerdict } {
  const merged: Record<string, unknown> = { ...ours };
  const revisions = { ...ours.revisions };
  let taken = false;
  let kept = false;
  for (const field of REVISED_MEETING_FIELDS) {
    if (LIVE_STATE_FIELDS.has(field) || sameValue(ours[field], theirs[field])) continue;
    if (revisionOf(theirs, field) > revisionOf(ours, field)) {
      merged[field] = theirs[field];
      revisions[field] = revisionOf(theirs, field);
      taken = true;
    } else {
      kept = true;
    }
  }
  if (!taken) return { meeting: ours, verdict: kept ? 'conflict' : 'unchanged' };
  const meeting = {
    ...merged,
    revisions,
    updatedAt: Math.max(ours.updatedAt, theirs.updatedAt),
  } as Meeting;
  return { meeting, verdict: meeting.deletedAt !== null && ours.deletedAt === null ? 'deleted' : 'changed' };
}
