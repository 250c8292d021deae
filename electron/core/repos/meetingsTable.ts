import type Database from 'better-sqlite3';
import { revise, revisedAt } from '../../../shared/domain/meetings/revise';
import type { Meeting } from '../../../shared/types';
import { createRecordTable, type RecordTable, type TableSpec } from './recordTable';

export interface MeetingsTable extends RecordTable<Meeting> {
  /** Writes a meeting made here (created, duplicated, imported as a copy): every field revised at its creation. */
  create(meeting: Omit<Meeting, 'revisions'>): Meeting;
}

/**
 * The meetings table, where the meeting's per-field revisions (issue #15) are stamped: every edit
 * of a meeting (handlers/meetings.ts, the walk in handlers/live.ts) is a `save`, which revises the
 * fields it changes at the edit's `updatedAt`, and every meeting made here a `create`, so no caller
 * can forget them. `insert` and `update` write a meeting as it came (a bundle's, the hub's, a
 * merge's), revisions and all.
 */
export function createMeetingsTable(db: Database.Database, spec: TableSpec<Meeting>): MeetingsTable {
  const table = createRecordTable(db, spec);
  return {
    ...table,
    save(current, edit) {
      // The edit's own time, not the last change `save` may raise past it: a revision says when
      // the field was edited, by this laptop's clock, to be compared with another copy's.
      if (edit.updatedAt === undefined) throw new Error('A meeting is saved with the time of its edit.');
      return table.save(current, { ...edit, revisions: revise(current, edit, edit.updatedAt) });
    },
    create: (meeting) => table.insert({ ...meeting, revisions: revisedAt(meeting.createdAt) }),
  };
}
