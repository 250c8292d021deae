import initial from './0001_initial.sql?raw';
import liveMeeting from './0002_live_meeting.sql?raw';
import agendaTemplates from './0003_agenda_templates.sql?raw';
import reviewWalk from './0004_review_walk.sql?raw';

export interface Migration {
  version: number;
  /** The file name without `.sql`. */
  name: string;
  sql: string;
}

/**
 * Every migration, in order: entry N (1-based) brings `PRAGMA user_version` from N-1 to N.
 * Forward-only; a shipped file is never edited (test/electron/core/db/migrations.test.ts pins
 * the schema each one produces).
 */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: '0001_initial', sql: initial },
  { version: 2, name: '0002_live_meeting', sql: liveMeeting },
  { version: 3, name: '0003_agenda_templates', sql: agendaTemplates },
  { version: 4, name: '0004_review_walk', sql: reviewWalk },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
