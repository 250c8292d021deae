import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/core/db/migrate';
import { createStore } from '../../../../electron/core/repos/store';
import { revisedAt } from '../../../../shared/domain/meetings/revise';
import { emptyMeeting } from '../../../helpers/exampleRecords';
import { T0 } from '../../../helpers/factories';
import { openRaw } from '../../../helpers/sqliteFixtures';
import { tempDbPath } from '../../../helpers/tempDb';

const LATER = T0 + 60_000;
/** Revisions a bundle brought: they say when another copy edited the fields. */
const BROUGHT = { summary: T0 - 5_000, title: T0 - 9_000 };

/** The meetings table of a store on a real, migrated SQLite file. */
async function meetingsTable() {
  const filePath = tempDbPath();
  const db = openRaw(filePath);
  await migrate(db, { filePath, backupDir: path.join(path.dirname(filePath), 'backups'), now: () => T0 });
  return createStore(db).tables.meetings;
}

const meetingAt = (at: number) => ({
  ...emptyMeeting().meeting,
  createdAt: at,
  updatedAt: at,
  revisions: BROUGHT,
});

describe('the meetings table’s revisions (issue #15)', () => {
  it('revises every field of a meeting made here at its creation, whatever it carried', async () => {
    const meetings = await meetingsTable();
    const made = meetings.create(meetingAt(T0));
    expect(made.revisions).toEqual(revisedAt(T0));
    expect(meetings.get(made.id)).toEqual(made);
  });

  it('revises, at the edit’s time, the fields a save changes and no field given its value again', async () => {
    const meetings = await meetingsTable();
    const made = meetings.create(meetingAt(T0));
    const saved = meetings.save(made, { summary: 'Prices were stale.', title: made.title, updatedAt: LATER });
    expect(saved.revisions).toEqual({ ...revisedAt(T0), summary: LATER });
    expect(meetings.get(made.id)).toEqual(saved);
  });

  it('revises an edit at its own time when the last change is raised past it', async () => {
    const meetings = await meetingsTable();
    const made = meetings.create(meetingAt(T0));
    // One of its records was written in the same millisecond: the meeting's last change moved.
    meetings.update(made.id, { updatedAt: LATER });
    const saved = meetings.save(meetings.get(made.id)!, { status: 'live', updatedAt: LATER });
    expect(saved).toMatchObject({ updatedAt: LATER + 1, revisions: { ...revisedAt(T0), status: LATER } });
  });

  it('keeps the revisions it holds when a save passes others: no caller writes them', async () => {
    const meetings = await meetingsTable();
    const made = meetings.create(meetingAt(T0));
    const saved = meetings.save(made, { summary: 'Edited', revisions: {}, updatedAt: LATER });
    expect(meetings.get(made.id)!.revisions).toEqual({ ...revisedAt(T0), summary: LATER });
    expect(saved.revisions).toEqual({ ...revisedAt(T0), summary: LATER });
  });

  it('refuses a save that does not say when the edit was made', async () => {
    const meetings = await meetingsTable();
    const made = meetings.create(meetingAt(T0));
    expect(() => meetings.save(made, { summary: 'Edited' })).toThrow(/time of its edit/);
    expect(meetings.get(made.id)).toEqual(made);
  });

  it('writes a meeting as it came with insert and update (a bundle’s, the hub’s), revisions and all', async () => {
    const meetings = await meetingsTable();
    const brought = meetings.insert(meetingAt(T0));
    expect(meetings.get(brought.id)!.revisions).toEqual(BROUGHT);
    meetings.update(brought.id, { summary: 'From the hub', revisions: { summary: LATER }, updatedAt: LATER });
    expect(meetings.get(brought.id)).toMatchObject({
      summary: 'From the hub',
      revisions: { summary: LATER },
    });
  });
});
