import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../../electron/core/createCore';
import { WAL_SIZE_LIMIT_BYTES } from '../../../../electron/core/db/walCheckpoints';
import type { Meeting } from '../../../../shared/types';
import { makeMeetingInput } from '../../../helpers/factories';
import { tempDir } from '../../../helpers/tempDb';
import { EXAMPLES_DIR, scriptedHost, testCore, value } from '../../../helpers/testCore';

/** Enough single writes to take the WAL past SQLite's automatic checkpoint (1,000 pages) and past its size limit. */
const WRITES = 400;

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

describe('WAL checkpoints (walCheckpoints.ts)', () => {
  it('never run inside a write: the step after the writes copies them, and the WAL is cut back', async () => {
    const { core } = await testCore();
    const meeting = await value<Meeting>(core, 'meetings.create', makeMeetingInput());
    const dbPath = core.session.store().db.name;
    const walPath = `${dbPath}-wal`;
    await core.session.checkpointNow();
    const fileBefore = fs.readFileSync(dbPath);

    // One write after another with no turn of the event loop between them, so the step that
    // follows a write cannot run: whatever changes the database file here ran inside a write.
    for (let n = 1; n <= WRITES; n += 1) {
      await value(core, 'timeline.add', { meetingId: meeting.id, at: n * 1000, description: `Fact ${n}` });
    }
    expect(fs.readFileSync(dbPath).equals(fileBefore)).toBe(true);
    expect(fs.statSync(walPath).size).toBeGreaterThan(WAL_SIZE_LIMIT_BYTES);

    const outcome = await core.session.checkpointNow();
    expect(outcome).toMatchObject({ kind: 'done' });
    expect(outcome).toHaveProperty('copied', (outcome as { walPages: number }).walPages);
    expect(eventsInFileAlone(dbPath)).toBe(WRITES);

    // The next write starts the WAL over, and cuts the file back to the limit.
    await value(core, 'timeline.add', { meetingId: meeting.id, at: 0, description: 'After the checkpoint' });
    expect(fs.statSync(walPath).size).toBeLessThanOrEqual(WAL_SIZE_LIMIT_BYTES);
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
