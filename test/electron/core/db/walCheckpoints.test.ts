import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCore } from '../../../../electron/core/createCore';
import { CHECKPOINT_IDLE_MS, WAL_SIZE_LIMIT_BYTES } from '../../../../electron/core/db/walCheckpoints';
import type { Meeting } from '../../../../shared/types';
import { makeMeetingInput } from '../../../helpers/factories';
import { tempDir } from '../../../helpers/tempDb';
import { EXAMPLES_DIR, scriptedHost, testCore, value } from '../../../helpers/testCore';

/** Single writes, in lines of LINE with a pause after each: past SQLite's automatic checkpoint (1,000 pages) in all. */
const WRITES = 400;
const LINE = 40;

/** The events the database file holds by itself, without its WAL: what checkpoints have copied. */
function eventsInFileAlone(dbPath: string): number {
  const copy = path.join(tempDir(), 'file-alone.sqlite');
  fs.copyFileSync(dbPath, copy);
  const db = new Database(copy, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM timeline_events').pluck().get() as number;
  } finally {
    db.close();
  }
}

afterEach(() => vi.useRealTimers());

describe('WAL checkpoints (walCheckpoints.ts)', () => {
  it('wait for a whole pause after the last commit: a commit during the wait pushes the checkpoint back', async () => {
    const { core } = await testCore();
    const meeting = await value<Meeting>(core, 'meetings.create', makeMeetingInput());
    const dbPath = core.session.store().db.name;
    await core.session.checkpointNow();
    // The pause's timer and the clock it reads are faked; the worker and the file are real.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    await value(core, 'timeline.add', { meetingId: meeting.id, at: 1000, description: 'First' });
    vi.advanceTimersByTime(CHECKPOINT_IDLE_MS - 50);
    await value(core, 'timeline.add', { meetingId: meeting.id, at: 2000, description: 'Second' });
    // A pause after the first write, but not after the second: nothing is copied yet.
    vi.advanceTimersByTime(CHECKPOINT_IDLE_MS - 50);
    expect(eventsInFileAlone(dbPath)).toBe(0);
    // The rest of the pause after the second: the worker copies both.
    vi.advanceTimersByTime(60);
    vi.useRealTimers();
    await expect.poll(() => eventsInFileAlone(dbPath)).toBe(2);
  });

  it('never run inside a write: the pause after the writes copies them, and the WAL starts over', async () => {
    const { core } = await testCore();
    const meeting = await value<Meeting>(core, 'meetings.create', makeMeetingInput());
    const dbPath = core.session.store().db.name;
    for (let n = 1; n <= WRITES; n += 1) {
      // One line after another with no turn of the event loop between them, so the checkpoint
      // that follows a write cannot run: whatever changes the database file here ran in a write.
      if (n % LINE === 1) {
        await core.session.checkpointNow();
        const fileBefore = fs.readFileSync(dbPath);
        for (let line = n; line < n + LINE; line += 1) {
          await value(core, 'timeline.add', {
            meetingId: meeting.id,
            at: line * 1000,
            description: `Fact ${line}`,
          });
        }
        expect(fs.readFileSync(dbPath).equals(fileBefore), `the line from write ${n}`).toBe(true);
      }
    }
    const outcome = await core.session.checkpointNow();
    expect(outcome).toMatchObject({ kind: 'done', pinned: false });
    expect(outcome).toHaveProperty('copied', (outcome as { walPages: number }).walPages);
    expect(eventsInFileAlone(dbPath)).toBe(WRITES);
    // The WAL started over after each pause: it never held more than a line of writes.
    expect(fs.statSync(`${dbPath}-wal`).size).toBeLessThan(WAL_SIZE_LIMIT_BYTES / 4);
  });

  it('leave a WAL that a reader kept from being copied to the pause after the reader, not to a write', async () => {
    const { core } = await testCore();
    const meeting = await value<Meeting>(core, 'meetings.create', makeMeetingInput());
    const dbPath = core.session.store().db.name;
    await core.session.checkpointNow();
    // The background integrity check, a backup tool: a snapshot held while the writes go on.
    const reader = new Database(dbPath, { readonly: true });
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM timeline_events').get();
    for (let n = 1; n <= WRITES; n += 1) {
      await value(core, 'timeline.add', { meetingId: meeting.id, at: n * 1000, description: `Fact ${n}` });
    }
    expect(await core.session.checkpointNow()).toMatchObject({ kind: 'done', copied: 0, pinned: true });
    reader.exec('COMMIT');
    reader.close();

    const fileBefore = fs.readFileSync(dbPath);
    await value(core, 'timeline.add', { meetingId: meeting.id, at: 0, description: 'After the reader' });
    expect(fs.readFileSync(dbPath).equals(fileBefore)).toBe(true);
    expect(await core.session.checkpointNow()).toMatchObject({ kind: 'done', pinned: false });
    expect(eventsInFileAlone(dbPath)).toBe(WRITES + 1);
  });

  it('empty the WAL into the file on close, while another program has it open too', async () => {
    const { core } = await testCore();
    const meeting = await value<Meeting>(core, 'meetings.create', makeMeetingInput());
    const dbPath = core.session.store().db.name;
    for (let n = 1; n <= WRITES; n += 1) {
      await value(core, 'timeline.add', { meetingId: meeting.id, at: n * 1000, description: `Fact ${n}` });
    }
    // The command line, say: SQLite's own checkpoint on close runs only for the last connection.
    const other = new Database(dbPath, { readonly: true });
    try {
      expect(other.prepare('SELECT count(*) FROM timeline_events').pluck().get()).toBe(WRITES);
      await core.close();
      expect(fs.statSync(`${dbPath}-wal`).size).toBe(0);
      expect(eventsInFileAlone(dbPath)).toBe(WRITES);
    } finally {
      other.close();
    }

    const reopened = await createCore({ dbPath, examplesDir: EXAMPLES_DIR, host: scriptedHost().host });
    try {
      const counted = reopened.session
        .store()
        .db.prepare('SELECT count(*) FROM timeline_events')
        .pluck()
        .get();
      expect(counted).toBe(WRITES);
      expect(reopened.session.store().db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      await reopened.close();
    }
  });
});
