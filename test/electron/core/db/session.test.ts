import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabaseSession } from '../../../../electron/core/db/session';
import { tempDbPath } from '../../../helpers/tempDb';
import { sha256, T0 } from '../../../helpers/factories';

/** A session on a file of garbage bytes (so it starts unavailable); returns the bytes' hash. */
async function sessionOnGarbage() {
  const filePath = tempDbPath();
  fs.writeFileSync(filePath, crypto.randomBytes(16 * 1024));
  const hash = sha256(filePath);
  const session = await openDatabaseSession({ path: filePath, now: () => T0 });
  return { session, filePath, hash };
}

describe('openDatabaseSession', () => {
  it('opens a usable file and reports it open', async () => {
    const filePath = tempDbPath();
    const session = await openDatabaseSession({ path: filePath, now: () => T0 });
    expect(session.status()).toEqual({ state: 'open', path: filePath });
    expect(session.store().readSetting('nothing')).toBeUndefined();
    session.close();
  });

  it('stays unavailable with the reason instead of throwing when the file is unusable', async () => {
    const { session, filePath } = await sessionOnGarbage();
    expect(session.status()).toMatchObject({
      state: 'unavailable',
      path: filePath,
      reason: 'not-a-database',
    });
    expect(() => session.store()).toThrow(/not a SQLite database/);
  });

  it('starts unavailable, not crashing, on another program’s file whose user_version is past ours', async () => {
    const filePath = tempDbPath();
    const raw = new Database(filePath);
    raw.exec('CREATE TABLE notes (body TEXT)');
    raw.pragma('user_version = 4');
    raw.close();
    const session = await openDatabaseSession({ path: filePath, now: () => T0 });
    expect(session.status()).toMatchObject({ state: 'unavailable', reason: 'not-a-database' });
  });

  it('keeps the healthy database open when “open another” picks a file it cannot use', async () => {
    const healthy = tempDbPath();
    const session = await openDatabaseSession({ path: healthy, now: () => T0 });
    session.store().writeSetting('kept', 'yes');
    const foreign = tempDbPath();
    const raw = new Database(foreign);
    raw.exec('CREATE TABLE notes (body TEXT)');
    raw.pragma('user_version = 2');
    raw.close();

    expect(await session.open(foreign)).toMatchObject({
      state: 'unavailable',
      path: foreign,
      reason: 'not-a-database',
    });
    expect(session.status()).toEqual({ state: 'open', path: healthy });
    expect(session.store().readSetting('kept')).toBe('yes');
    session.close();
  });

  it('reports a closed session as unavailable', async () => {
    const filePath = tempDbPath();
    const session = await openDatabaseSession({ path: filePath, now: () => T0 });
    session.close();
    expect(session.status()).toMatchObject({ state: 'unavailable', path: filePath });
    expect(() => session.store()).toThrow(/closed/);
  });
});

describe('moveAsideAndStartFresh', () => {
  it('renames the unusable file beside itself, byte for byte, and opens a fresh database at its path', async () => {
    const { session, filePath, hash } = await sessionOnGarbage();

    const moved = await session.moveAsideAndStartFresh();

    expect(moved.movedTo).toBe(`${filePath}.unreadable-2026-03-05T09-00-00Z`);
    expect(sha256(moved.movedTo)).toBe(hash);
    expect(moved.status).toEqual({ state: 'open', path: filePath });
    expect(session.store().tables.meetings.get(crypto.randomUUID())).toBeUndefined();
    session.close();
  });

  it('moves the WAL sidecars along with the file', async () => {
    const filePath = tempDbPath();
    fs.writeFileSync(filePath, crypto.randomBytes(16 * 1024));
    fs.writeFileSync(`${filePath}-wal`, 'wal bytes');
    const session = await openDatabaseSession({ path: filePath, now: () => T0 });

    const { movedTo } = await session.moveAsideAndStartFresh();

    expect(fs.readFileSync(`${movedTo}-wal`, 'utf8')).toBe('wal bytes');
    session.close();
  });

  it('keeps a file moved aside earlier in the same second', async () => {
    // A rename onto an existing name replaces that file: the second move must pick another name.
    const { session, filePath, hash: firstHash } = await sessionOnGarbage();
    const first = await session.moveAsideAndStartFresh();
    session.close();
    fs.rmSync(`${filePath}-wal`, { force: true });
    fs.rmSync(`${filePath}-shm`, { force: true });
    fs.writeFileSync(filePath, crypto.randomBytes(16 * 1024));
    const secondHash = sha256(filePath);
    await session.open(filePath);

    const second = await session.moveAsideAndStartFresh();

    expect(second.movedTo).not.toBe(first.movedTo);
    expect(path.dirname(second.movedTo)).toBe(path.dirname(filePath));
    expect(sha256(first.movedTo)).toBe(firstHash);
    expect(sha256(second.movedTo)).toBe(secondHash);
    session.close();
  });
});
