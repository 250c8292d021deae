import { MAX_LISTED_ISSUES, type Issue } from '../../shared/contract/errors';
import { bundleRecordsOf, parseBundle, serializeBundle } from '../../shared/domain/bundle/bundleText';
import { copyMeeting } from '../../shared/domain/bundle/copyMeeting';
import type { Meeting, MeetingRecords } from '../../shared/types';
import type { Store } from './repos/store';
import { HandlerError } from './handlers/context';

/**
 * A live meeting's bundle text, deleted records included so that a merge carries deletions.
 * The one way a bundle is written: the app's export and the CLI's both come through here, so
 * they give the same bytes.
 */
export function exportBundleText(store: Store, meetingId: string): { meeting: Meeting; text: string } {
  const meeting = store.tables.meetings.get(meetingId);
  if (!meeting || meeting.deletedAt !== null) {
    throw new HandlerError('not-found', `No meeting with id ${meetingId}.`);
  }
  return { meeting, text: serializeBundle(store.loadMeetingRecords(meeting, true)) };
}

/** Parses bundle text or throws an `invalid-bundle` error listing every problem with its JSON path. */
export function readBundle(
  content: string,
  fileName: string,
  purpose: 'imported' | 'merged' = 'imported',
): MeetingRecords {
  const parsed = parseBundle(content);
  if (!parsed.ok) throw invalidBundle(fileName, parsed.issues, purpose);
  return bundleRecordsOf(parsed.bundle);
}

function invalidBundle(fileName: string, issues: Issue[], purpose: 'imported' | 'merged'): HandlerError {
  // Past the cap the last issue is the note of where checking stopped, not a problem of its own.
  const count =
    issues.length === 1
      ? 'one problem'
      : issues.length > MAX_LISTED_ISSUES
        ? `more than ${MAX_LISTED_ISSUES} problems`
        : `${issues.length} problems`;
  return new HandlerError(
    'invalid-bundle',
    `${fileName} cannot be ${purpose} (${count}); nothing was changed.`,
    issues,
  );
}

export interface ImportOptions {
  asCopy: boolean;
  newId: () => string;
  now: number;
  deviceId: string;
}

/**
 * Adds a bundle's meeting to the library in one transaction. As is, ids and times are kept (so
 * export → import → export is identical) and a meeting already present is refused with a
 * `conflict`; as a copy, everything gets fresh ids. Either way the whole bundle lands or nothing.
 */
export function importMeetingRecords(store: Store, records: MeetingRecords, options: ImportOptions): Meeting {
  const toInsert = options.asCopy ? copyMeeting(records, options) : records;
  return store.transaction(() => {
    const present = store.tables.meetings.get(toInsert.meeting.id);
    if (present) {
      throw new HandlerError(
        'conflict',
        `“${present.title}” is already in the library${present.deletedAt === null ? '' : ' (deleted)'}; import it as a copy instead.`,
      );
    }
    try {
      // A copy is a meeting made here, revised at its creation; as is, it keeps the bundle's revisions.
      if (options.asCopy) return store.createMeetingRecords(toInsert);
      store.insertMeetingRecords(toInsert);
      return toInsert.meeting;
    } catch (error) {
      if ((error as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT')) {
        throw new HandlerError(
          'conflict',
          `Records of this bundle are already in the library; import it as a copy instead.`,
        );
      }
      throw error;
    }
  });
}
