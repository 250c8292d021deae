import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SCHEDULED_BACKUPS_KEPT } from '../../../../electron/core/db/scheduledBackup';
import { backupDatabase, fileStamp } from '../../../../electron/core/db/backup';
import { damageIndex } from '../../../helpers/sqliteFixtures';
import { manualClock, makeMeetingInput, T0 } from '../../../helpers/factories';
import { testCore, value } from '../../../helpers/testCore';
import { tempDbPath } from '../../../helpers/tempDb';

const DAY = 24 * 60 * 60 * 1000;

const scheduledCopies = (dbPath: string) => {
  const dir = path.join(path.dirname(dbPath), 'backups');
  return fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((name) => name.includes('.scheduled.'))
        .sort()
    : [];
};

/**
 * Opens a core on `dbPath` at `now`, as the app does at start, and closes it again once the
 * open's background work (the full check, then the daily copy) is done.
 */
async function openAt(dbPath: string, now: number) {
  const { core } = await testCore({ dbPath, now: () => now });
  await core.session.settled();
  await core.close();
}

describe('scheduled backups', () => {
  it('takes no copy of a database without meetings', async () => {
    const dbPath = tempDbPath();
    await openAt(dbPath, T0);
    await openAt(dbPath, T0 + 2 * DAY);
    expect(scheduledCopies(dbPath)).toEqual([]);
  });

  it('copies a database that holds meetings once a day, and the copy opens with them', async () => {
    const dbPath = tempDbPath();
    const clock = manualClock();
    const { core } = await testCore({ dbPath, now: clock.now });
    await value(core, 'meetings.create', makeMeetingInput({ title: 'Checkout outage' }));
    await core.close();

    await openAt(dbPath, T0 + 60_000);
    await openAt(dbPath, T0 + 2 * 60_000);
    expect(scheduledCopies(dbPath)).toHaveLength(1);
    await openAt(dbPath, T0 + DAY + 60_000);
    const copies = scheduledCopies(dbPath);
    expect(copies).toHaveLength(2);

    const copy = new Database(path.join(path.dirname(dbPath), 'backups', copies[0]!), { readonly: true });
    expect(copy.prepare('SELECT title FROM meetings').all()).toEqual([{ title: 'Checkout outage' }]);
    copy.close();
  });

  it('keeps a week of daily copies and removes older ones', async () => {
    const dbPath = tempDbPath();
    const { core } = await testCore({ dbPath, now: () => T0 });
    await value(core, 'meetings.create', makeMeetingInput());
    await core.close();
    for (let day = 1; day <= SCHEDULED_BACKUPS_KEPT + 3; day += 1) await openAt(dbPath, T0 + day * DAY);
    const copies = scheduledCopies(dbPath);
    expect(copies).toHaveLength(SCHEDULED_BACKUPS_KEPT);
    // The newest week is what is left.
    expect(copies.at(-1)).toContain(
      new Date(T0 + (SCHEDULED_BACKUPS_KEPT + 3) * DAY).toISOString().slice(0, 10),
    );
  });

  it('takes a good copy when the day’s only copy was cut short', async () => {
    const dbPath = tempDbPath();
    const { core } = await testCore({ dbPath, now: () => T0 });
    await value(core, 'meetings.create', makeMeetingInput({ title: 'Checkout outage' }));
    await core.close();
    const backups = path.join(path.dirname(dbPath), 'backups');
    fs.mkdirSync(backups, { recursive: true });
    // What an interrupted copy left before copies were written aside: an empty file with a copy's name.
    fs.writeFileSync(path.join(backups, `hindsight.scheduled.${fileStamp(T0 + 60_000)}.sqlite`), '');

    await openAt(dbPath, T0 + 2 * 60_000);
    const good = scheduledCopies(dbPath).filter((name) => fs.statSync(path.join(backups, name)).size > 0);
    expect(good).toEqual([`hindsight.scheduled.${fileStamp(T0 + 2 * 60_000)}.sqlite`]);
  });

  it('never gives a backup’s name to the copy of a damaged database', async () => {
    const dbPath = tempDbPath();
    const { core } = await testCore({ dbPath, now: () => T0 });
    const meeting = await value<{ id: string }>(core, 'meetings.create', makeMeetingInput());
    await value(core, 'timeline.add', { meetingId: meeting.id, at: T0, description: 'Checkout errors rise' });
    const db = core.session.store().db;
    damageIndex(db, 'timeline_events_by_meeting', 'id');
    const backupDir = path.join(path.dirname(dbPath), 'backups');

    await expect(
      backupDatabase(db, { filePath: dbPath, backupDir, reason: 'scheduled', now: T0 }),
    ).rejects.toThrow(/integrity check .*: the database is damaged/);
    expect(fs.readdirSync(backupDir)).toEqual([]);
  });
});
