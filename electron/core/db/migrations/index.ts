import initial from './0001_initial.sql?raw';
import liveMeeting from './0002_live_meeting.sql?raw';
import agendaTemplates from './0003_agenda_templates.sql?raw';
import reviewWalk from './0004_review_walk.sql?raw';
import coach from './0007_coach.sql?raw';
import eventWalkDataLost from './0008_event_walk_data_lost.sql?raw';
import importPeople from './0009_import_people.sql?raw';
import roomOutbox from './0010_room_outbox.sql?raw';
import publication from './0011_publication.sql?raw';
import meetingClock from './0013_meeting_clock.sql?raw';
import meetingLogCounts from './0016_meeting_log_counts.sql?raw';
import meetingRevision from './0019_meeting_revision.sql?raw';
import meetingLastChange from './0020_meeting_last_change.sql?raw';

export interface Migration {
  version: number;
  /** The file name without `.sql`. */
  name: string;
  sql: string;
}

/**
 * Every migration, in order: each brings `PRAGMA user_version` up to its own version. Numbers
 * are reserved per branch while several land in parallel, so a reserved number
 * may be missing until its branch is merged; they only ever increase.
 * Forward-only; a shipped file is never edited (test/electron/core/db/migrations.test.ts pins
 * the schema each one produces).
 */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: '0001_initial', sql: initial },
  { version: 2, name: '0002_live_meeting', sql: liveMeeting },
  { version: 3, name: '0003_agenda_templates', sql: agendaTemplates },
  { version: 4, name: '0004_review_walk', sql: reviewWalk },
  { version: 7, name: '0007_coach', sql: coach },
  { version: 8, name: '0008_event_walk_data_lost', sql: eventWalkDataLost },
  { version: 9, name: '0009_import_people', sql: importPeople },
  { version: 10, name: '0010_room_outbox', sql: roomOutbox },
  { version: 11, name: '0011_publication', sql: publication },
  { version: 13, name: '0013_meeting_clock', sql: meetingClock },
  { version: 16, name: '0016_meeting_log_counts', sql: meetingLogCounts },
  { version: 19, name: '0019_meeting_revision', sql: meetingRevision },
  { version: 20, name: '0020_meeting_last_change', sql: meetingLastChange },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)!.version;
