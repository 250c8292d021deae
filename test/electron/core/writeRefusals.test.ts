import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Meeting, MeetingRecords } from '../../../shared/types';
import { testCore, value } from '../../helpers/testCore';
import { tempDbPath } from '../../helpers/tempDb';
import { sha256 } from '../../helpers/factories';
import { damageIndex } from '../../helpers/sqliteFixtures';

/** A core with one meeting, and the raw connection it writes through. */
async function coreWithMeeting() {
  const dbPath = tempDbPath();
  const { core } = await testCore({ dbPath });
  const meeting = await value<Meeting>(core, 'meetings.create', { title: 'Checkout outage' });
  const events: string[] = [];
  core.onEvent((event) => events.push(event));
  return { core, dbPath, meeting, db: core.session.store().db, events };
}

const itemTitles = async (core: Awaited<ReturnType<typeof coreWithMeeting>>['core'], id: string) =>
  (await value<MeetingRecords>(core, 'meetings.get', { id })).actionItems.map((item) => item.title);

describe('writes the database refuses (issue #11, failures 5 and 9)', () => {
  it('answers read-only, with what to do, when the file cannot be written', async () => {
    const { core, meeting, db, events } = await coreWithMeeting();
    // What a read-only file or folder does to every write; the tests run as root, so chmod would not.
    db.pragma('query_only = ON');
    const result = await core.call('actionItems.add', {
      meetingId: meeting.id,
      title: 'Alert on queue depth',
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'read-only',
        message:
          'The database file or its folder is read-only: nothing was saved. Give Hindsight write access to the file and its folder, or open another database.',
      },
    });
    expect(events).toEqual([]);
    db.pragma('query_only = OFF');
    expect(await itemTitles(core, meeting.id)).toEqual([]);
  });

  it('answers disk-full when SQLite finds no room for the write', async () => {
    const { core, meeting, db } = await coreWithMeeting();
    // No free page left inside the file for the write to reuse (a dropped index leaves some).
    db.exec('VACUUM');
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`);
    const result = await core.call('timeline.add', {
      meetingId: meeting.id,
      at: Date.parse('2026-03-05T09:31:00Z'),
      description: 'The queue backed up. '.repeat(200),
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'disk-full',
        message: expect.stringMatching(/^The disk is full: nothing was saved\. Free some space/),
      },
    });
    db.pragma('max_page_count = 1073741823');
    expect((await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id })).timeline).toEqual([]);
  });

  it('waits for another writer, and answers busy only when it keeps the lock past the timeout', async () => {
    const { core, dbPath, meeting, db } = await coreWithMeeting();
    db.pragma('busy_timeout = 200');
    const other = new Database(dbPath);
    other.exec('BEGIN IMMEDIATE');
    const refused = await core.call('actionItems.add', {
      meetingId: meeting.id,
      title: 'Page the database owner',
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'busy', message: expect.stringMatching(/^Another program kept the database locked/) },
    });
    other.exec('COMMIT');
    other.close();
    await value(core, 'actionItems.add', { meetingId: meeting.id, title: 'Page the database owner' });
    expect(await itemTitles(core, meeting.id)).toEqual(['Page the database owner']);
  });

  it('turns to the recovery screen when a call meets damage the open check did not read', async () => {
    const { core, dbPath, meeting, db, events } = await coreWithMeeting();
    for (let n = 0; n < 300; n += 1) {
      await value(core, 'actionItems.add', {
        meetingId: meeting.id,
        title: `Action item ${n} ${'x'.repeat(300)}`,
      });
    }
    // Another connection's commit: the core's connection drops its page cache at its next read.
    const other = new Database(dbPath);
    other.exec("INSERT INTO app_meta (key, value) VALUES ('touched', 'yes')");
    other.pragma('wal_checkpoint(TRUNCATE)');
    other.close();
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const pages = db.pragma('page_count', { simple: true }) as number;
    // Garbage over the pages after the schema's, as a failing disk leaves them.
    const handle = fs.openSync(dbPath, 'r+');
    const from = 8;
    fs.writeSync(
      handle,
      Buffer.alloc((pages - from) * pageSize, 0xa5),
      0,
      (pages - from) * pageSize,
      from * pageSize,
    );
    fs.closeSync(handle);

    const result = await core.call('meetings.get', { id: meeting.id });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'database-unavailable', message: expect.stringMatching(/damaged/) },
    });
    expect(core.session.status()).toMatchObject({ state: 'unavailable', path: dbPath, reason: 'unreadable' });
    expect(events).toContain('databaseChanged');
  });
});

describe('the full check after an open (issue #16: start-up independent of the file’s size)', () => {
  /** A closed database holding one meeting with `events` events of about 500 bytes each. */
  async function databaseWithEvents(events: number) {
    const { core, dbPath, meeting, db } = await coreWithMeeting();
    const insert = db.prepare(
      `INSERT INTO timeline_events (id, meeting_id, created_at, updated_at, created_by, at, kind, description, actor, evidence, source)
       VALUES (?, ?, 1, 1, 'device', ?, 'other', ?, '', '', 'typed')`,
    );
    db.transaction(() => {
      for (let n = 0; n < events; n += 1) {
        insert.run(
          crypto.randomUUID(),
          meeting.id,
          Date.UTC(2026, 2, 5, 9) + n,
          `Fact ${n} ${'x'.repeat(480)}`,
        );
      }
    })();
    await core.close();
    return { dbPath, meeting };
  }

  const bytesOf = (dbPath: string) =>
    ['', '-wal'].map((suffix) => (fs.existsSync(dbPath + suffix) ? sha256(dbPath + suffix) : null));

  it('answers calls on a large file while its full check runs, and keeps it open when sound', async () => {
    const { dbPath, meeting } = await databaseWithEvents(20_000);
    expect(fs.statSync(dbPath).size).toBeGreaterThan(10 * 1024 * 1024);
    const order: string[] = [];
    const { core } = await testCore({ dbPath });
    order.push('opened');
    // Starts the check at once instead of after the start-up pause.
    const checked = core.session.settled().then(() => order.push('checked'));
    await value(core, 'timeline.add', {
      meetingId: meeting.id,
      at: Date.UTC(2026, 2, 5, 10),
      description: 'Rollback',
    });
    order.push('written');
    await checked;
    expect(order).toEqual(['opened', 'written', 'checked']);
    expect(core.session.status()).toEqual({ state: 'open', path: dbPath });
  });

  it('stops the daily copy when the database closes, and leaves nothing in the backups folder', async () => {
    const { dbPath } = await databaseWithEvents(20_000);
    const backups = path.join(path.dirname(dbPath), 'backups');
    const { core } = await testCore({ dbPath });
    // The full check starts at once; once it passes, the daily copy is written under a partial
    // name and checked in a worker, whose connection puts its sidecar files beside the copy.
    void core.session.settled();
    await expect
      .poll(() => (fs.existsSync(backups) ? fs.readdirSync(backups) : []), { interval: 1 })
      .toContainEqual(expect.stringMatching(/\.scheduled\..*\.partial-(wal|shm)$/));

    await core.close();

    // No copy half-written, no worker's sidecar files, and the folder can go (as a test's temp folder does).
    expect(fs.readdirSync(backups).filter((name) => name.includes('.scheduled.'))).toEqual([]);
    fs.rmSync(backups, { recursive: true });
    expect(fs.existsSync(backups)).toBe(false);
  });

  it('turns to the recovery screen when the check finds damage the open did not read, and writes nothing more', async () => {
    const { dbPath, meeting } = await databaseWithEvents(50);
    const raw = new Database(dbPath);
    damageIndex(raw, 'timeline_events_by_meeting', 'id');
    raw.close();
    const { core } = await testCore({ dbPath });
    // The open reads a few pages, not the damaged index: the file opens.
    expect(core.session.status()).toEqual({ state: 'open', path: dbPath });
    const events: string[] = [];
    core.onEvent((event) => events.push(event));

    await core.session.settled();

    expect(core.session.status()).toMatchObject({ state: 'unavailable', path: dbPath, reason: 'unreadable' });
    expect(core.session.status()).toMatchObject({
      message: expect.stringMatching(/damaged.*timeline_events_by_meeting/),
    });
    expect(events).toEqual(['databaseChanged']);
    const before = bytesOf(dbPath);
    const refused = await core.call('timeline.add', {
      meetingId: meeting.id,
      at: Date.UTC(2026, 2, 5, 10),
      description: 'Rollback',
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'database-unavailable', message: expect.stringMatching(/damaged/) },
    });
    expect(bytesOf(dbPath)).toEqual(before);
    expect(events).toEqual(['databaseChanged']);
  });
});
