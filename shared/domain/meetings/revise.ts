import { REVISED_MEETING_FIELDS } from '../../contract/records';
import type { Meeting } from '../../types';

/** The revisions of a meeting made at `now`: every field, so none is compared by its last activity. */
export function revisedAt(now: number): Meeting['revisions'] {
  return Object.fromEntries(REVISED_MEETING_FIELDS.map((field) => [field, now]));
}

/**
 * The meeting's revisions once `edits` are saved at `now`: each revised field whose value changes
 * is stamped, so a merge takes the later edit of each field (shared/domain/bundle/mergeMeeting.ts).
 * A field given its current value again is no edit: it must not outrank another copy's edit. The
 * bookkeeping an edit carries (its `updatedAt`) has no revision of its own.
 */
export function revise(meeting: Meeting, edits: Partial<Meeting>, now: number): Meeting['revisions'] {
  const edited = REVISED_MEETING_FIELDS.filter(
    (field) => field in edits && JSON.stringify(edits[field]) !== JSON.stringify(meeting[field]),
  );
  return { ...meeting.revisions, ...Object.fromEntries(edited.map((field) => [field, now])) };
}
