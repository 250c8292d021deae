import crypto from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { methodNames } from '../../../../shared/contract';
import type { DatabaseStatus, MovedAside } from '../../../../shared/contract/database';
import type { Meeting, MeetingSummary } from '../../../../shared/types';
import { testCore, value } from '../../../helpers/testCore';
import { tempDbPath } from '../../../helpers/tempDb';
import { failure, makeMeetingInput, recordEvents, sha256, T0 } from '../../../helpers/factories';

/** A core started on a file of garbage bytes. */
async function coreOnGarbage() {
  const dbPath = tempDbPath();
  fs.writeFileSync(dbPath, crypto.randomBytes(16 * 1024));
  const hash = sha256(dbPath);
  return { ...(await testCore({ dbPath, now: () => T0 })), dbPath, hash };
}

describe('database.status', () => {
  it('reports an open database with its path', async () => {
    const dbPath = tempDbPath();
    const { core } = await testCore({ dbPath });
    expect(await value(core, 'database.status', {})).toEqual({ state: 'open', path: dbPath });
  });

  it('reports an unusable file as unavailable, with the reason and the path in the message', async () => {
    const { core, dbPath } = await coreOnGarbage();
    const status = await value<DatabaseStatus>(core, 'database.status', {});
    expect(status).toMatchObject({ state: 'unavailable', path: dbPath, reason: 'not-a-database' });
    expect(status.state === 'unavailable' && status.message).toContain(dbPath);
  });
});

describe('createCore without a database', () => {
  it('answers every method outside database.* with database-unavailable', async () => {
    const { core } = await coreOnGarbage();
    const served = methodNames.filter((name) => !name.startsWith('database.'));
    expect(served.length).toBeGreaterThan(30);
    for (const name of served) {
      const error = await failure(core, name, {});
      expect({ name, code: error.code }).toEqual({ name, code: 'database-unavailable' });
    }
  });
});

describe('database.moveAsideAndStartFresh', () => {
  it('moves the unusable file aside unchanged, starts a fresh database and announces it', async () => {
    const { core, dbPath, hash } = await coreOnGarbage();
    const events = recordEvents(core);

    const moved = await value<MovedAside>(core, 'database.moveAsideAndStartFresh', {});

    expect(moved.movedTo.startsWith(`${dbPath}.unreadable-`)).toBe(true);
    expect(sha256(moved.movedTo)).toBe(hash);
    expect(moved.status).toEqual({ state: 'open', path: dbPath });
    expect(events).toEqual([{ event: 'databaseChanged', payload: {} }]);
    expect(await value(core, 'meetings.list', {})).toEqual([]);
  });

  it('refuses to move a healthy database aside', async () => {
    const { core } = await testCore();
    await value(core, 'meetings.create', makeMeetingInput());
    const events = recordEvents(core);
    expect((await failure(core, 'database.moveAsideAndStartFresh', {})).code).toBe('conflict');
    expect(await value<MeetingSummary[]>(core, 'meetings.list', {})).toHaveLength(1);
    expect(events).toEqual([]);
  });
});

describe('database.openOther', () => {
  it('opens the file chosen in the dialog and announces the change', async () => {
    const other = await testCore();
    const meeting = await value<Meeting>(other.core, 'meetings.create', makeMeetingInput({ title: 'Other' }));
    const otherPath = other.core.session.status().path;
    await other.core.close();
    const { core, dialogs } = await testCore();
    const events = recordEvents(core);
    dialogs.databaseFiles.push(otherPath);

    expect(await value(core, 'database.openOther', {})).toEqual({ state: 'open', path: otherPath });

    expect(dialogs.requests).toEqual([{ kind: 'open-database' }]);
    expect(events).toEqual([{ event: 'databaseChanged', payload: {} }]);
    const list = await value<MeetingSummary[]>(core, 'meetings.list', {});
    expect(list.map((summary) => summary.id)).toEqual([meeting.id]);
  });

  it('lets a core without a database recover by opening another file', async () => {
    const { core, dialogs } = await coreOnGarbage();
    const otherPath = tempDbPath();
    dialogs.databaseFiles.push(otherPath);
    expect(await value(core, 'database.openOther', {})).toEqual({ state: 'open', path: otherPath });
    expect(await value(core, 'meetings.list', {})).toEqual([]);
  });

  it('answers null and keeps the open database when the dialog is cancelled', async () => {
    const dbPath = tempDbPath();
    const { core, dialogs } = await testCore({ dbPath });
    const events = recordEvents(core);
    dialogs.databaseFiles.push(null);
    expect(await value(core, 'database.openOther', {})).toBeNull();
    expect(events).toEqual([]);
    expect(await value(core, 'database.status', {})).toEqual({ state: 'open', path: dbPath });
  });
});

describe('database.openOther with an unusable file', () => {
  it('keeps the healthy database open and says why the chosen file was refused', async () => {
    const dbPath = tempDbPath();
    const { core, dialogs } = await testCore({ dbPath });
    await value(core, 'meetings.create', makeMeetingInput());
    const garbage = tempDbPath();
    fs.writeFileSync(garbage, crypto.randomBytes(8 * 1024));
    const events = recordEvents(core);
    dialogs.databaseFiles.push(garbage);

    const status = await value<DatabaseStatus>(core, 'database.openOther', {});

    expect(status).toMatchObject({ state: 'unavailable', path: garbage, reason: 'not-a-database' });
    expect(events).toEqual([]);
    expect(await value(core, 'database.status', {})).toEqual({ state: 'open', path: dbPath });
    expect(await value<MeetingSummary[]>(core, 'meetings.list', {})).toHaveLength(1);
  });
});

describe('createCore with a SQLite driver that cannot load', () => {
  it('fails as a driver problem and never reports the database file as damaged', async () => {
    const dbPath = tempDbPath();
    const notADriver = tempDbPath();
    fs.writeFileSync(notADriver, 'not a native module');
    await expect(testCore({ dbPath, nativeBinding: notADriver })).rejects.toThrow(
      /SQLite driver could not be loaded/,
    );
    expect(fs.existsSync(dbPath)).toBe(false);
  });
});
