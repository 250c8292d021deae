import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/openDatabase';
import { DatabaseOpenError } from '../../../../electron/core/db/databaseOpenError';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../../electron/core/db/migrations';
import type { DatabaseProblem } from '../../../../shared/contract/database';
import { tempDbPath, tempDir } from '../../../helpers/tempDb';
import { sha256, T0 } from '../../../helpers/factories';
import { expectRowsKept, insertRowInEveryTable } from '../../../helpers/sqliteFixtures';
import { HINDSIGHT_APPLICATION_ID, readHeader } from '../../../../electron/core/db/identify';

function options(filePath: string) {
  return { backupDir: path.join(path.dirname(filePath), 'backups'), now: () => T0 };
}

/** A real Hindsight database with `count` action items, closed again. */
async function writeDatabaseWithRows(filePath: string, count: number): Promise<void> {
  const db = await openDatabase(filePath, options(filePath));
  const meeting = insertRowInEveryTable(db).get('meetings')!;
  const insert = db.prepare(
    `INSERT INTO action_items (id, meeting_id, created_at, updated_at, created_by, title, type, rank, status)
     VALUES (?, ?, 1, 1, 'device', ?, 'corrective', ?, 'open')`,
  );
  db.transaction(() => {
    for (let rank = 0; rank < count; rank += 1) {
      insert.run(crypto.randomUUID(), meeting.id, `Action item ${rank} ${'x'.repeat(200)}`, rank);
    }
  })();
  db.close();
}

/**
 * Copies a database and its WAL while a connection still has them open, with the last changes
 * (`user_version` among them) only in the WAL: the files a crash leaves behind.
 */
async function crashLeftovers(version: number) {
  const source = tempDbPath();
  const db = await openDatabase(source, options(source));
  db.pragma('wal_autocheckpoint = 0');
  const rows = insertRowInEveryTable(db);
  db.pragma(`user_version = ${version}`);
  const filePath = tempDbPath();
  fs.copyFileSync(source, filePath);
  fs.copyFileSync(`${source}-wal`, `${filePath}-wal`);
  db.close();
  return { filePath, rows };
}

/** Opens the file expecting a refusal; returns the error and checks the file was left alone. */
async function expectRefused(filePath: string, problem: DatabaseProblem): Promise<DatabaseOpenError> {
  const wal = `${filePath}-wal`;
  const before = sha256(filePath);
  const walBefore = fs.existsSync(wal) ? sha256(wal) : null;
  const error = await openDatabase(filePath, options(filePath)).then(
    () => expect.fail('the database opened'),
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(DatabaseOpenError);
  expect(error).toMatchObject({ problem, path: filePath });
  expect((error as Error).message).toContain(filePath);
  expect(sha256(filePath)).toBe(before);
  expect(fs.existsSync(wal) ? sha256(wal) : null).toBe(walBefore);
  // Reading a WAL needs its index (-shm); without a WAL, nothing may be left beside the file.
  if (walBefore === null) expect(fs.existsSync(`${filePath}-shm`)).toBe(false);
  return error as DatabaseOpenError;
}

describe('openDatabase', () => {
  it('creates a new file at the latest schema with WAL, synchronous FULL and foreign keys on', async () => {
    const filePath = path.join(tempDir(), 'nested', 'hindsight.sqlite');
    const db = await openDatabase(filePath, options(filePath));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('reopens a database with its rows and takes no backup when nothing migrates', async () => {
    const filePath = tempDbPath();
    const first = await openDatabase(filePath, options(filePath));
    const rows = insertRowInEveryTable(first);
    first.close();
    const again = await openDatabase(filePath, options(filePath));
    expectRowsKept(again, rows);
    expect(fs.existsSync(options(filePath).backupDir)).toBe(false);
    again.close();
  });

  it('refuses a file of garbage bytes as not a database', async () => {
    const filePath = tempDbPath();
    fs.writeFileSync(filePath, crypto.randomBytes(64 * 1024));
    const error = await expectRefused(filePath, 'not-a-database');
    expect(error.message).toMatch(/not a SQLite database/);
  });

  it('refuses a truncated database as unreadable', async () => {
    const filePath = tempDbPath();
    await writeDatabaseWithRows(filePath, 2_000);
    const size = fs.statSync(filePath).size;
    expect(size).toBeGreaterThan(400 * 1024);
    fs.truncateSync(filePath, Math.floor(size / 2));
    const error = await expectRefused(filePath, 'unreadable');
    expect(error.message).toMatch(/damaged/);
  });

  it('refuses a database whose pages were overwritten as unreadable', async () => {
    const filePath = tempDbPath();
    await writeDatabaseWithRows(filePath, 2_000);
    const handle = fs.openSync(filePath, 'r+');
    // Pages 3..12 hold the tables' roots and leaves; page 1 (the header) stays valid.
    fs.writeSync(handle, Buffer.alloc(10 * 4096, 0xa5), 0, 10 * 4096, 2 * 4096);
    fs.closeSync(handle);
    await expectRefused(filePath, 'unreadable');
  });

  it('refuses a database from a newer Hindsight without changing it', async () => {
    const filePath = tempDbPath();
    await writeDatabaseWithRows(filePath, 10);
    const raw = new Database(filePath);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.close();
    const error = await expectRefused(filePath, 'newer-schema');
    expect(error.message).toContain(`schema ${LATEST_SCHEMA_VERSION + 1}`);
  });

  it('refuses a newer database left with its WAL by a crash, leaving both files as they were', async () => {
    // A read-write connection would checkpoint the WAL into the file and delete it on close.
    const { filePath } = await crashLeftovers(LATEST_SCHEMA_VERSION + 1);
    expect(fs.statSync(`${filePath}-wal`).size).toBeGreaterThan(0);
    await expectRefused(filePath, 'newer-schema');
  });

  it('recovers the committed rows of a database left with its WAL by a crash', async () => {
    const { filePath, rows } = await crashLeftovers(LATEST_SCHEMA_VERSION);
    const db = await openDatabase(filePath, options(filePath));
    expectRowsKept(db, rows);
    db.close();
  });

  it('refuses another program’s SQLite database instead of adding tables to it', async () => {
    const filePath = tempDbPath();
    const raw = new Database(filePath);
    raw.exec(`CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('keep me')`);
    raw.close();
    const error = await expectRefused(filePath, 'not-a-database');
    expect(error.message).toMatch(/not a Hindsight one/);
  });

  it('reports a folder it cannot create as unreadable', async () => {
    const blocker = path.join(tempDir(), 'a-file');
    fs.writeFileSync(blocker, 'not a folder');
    const filePath = path.join(blocker, 'hindsight.sqlite');
    await expect(openDatabase(filePath, options(filePath))).rejects.toMatchObject({
      name: 'DatabaseOpenError',
      problem: 'unreadable',
      path: filePath,
    });
  });

  it('reports a failing migration as unreadable and keeps the data at its old version', async () => {
    const filePath = tempDbPath();
    const first = await openDatabase(filePath, options(filePath));
    const rows = insertRowInEveryTable(first);
    first.close();
    const broken = { version: LATEST_SCHEMA_VERSION + 1, name: 'broken', sql: 'DROP TABLE no_such_table' };

    const error = await openDatabase(filePath, {
      ...options(filePath),
      migrations: [...MIGRATIONS, broken],
    }).then(
      () => expect.fail('the database opened'),
      (reason: unknown) => reason,
    );

    expect(error).toMatchObject({ name: 'DatabaseOpenError', problem: 'unreadable', path: filePath });
    expect((error as Error).message).toContain(`from schema ${LATEST_SCHEMA_VERSION}`);
    const again = await openDatabase(filePath, options(filePath));
    expect(again.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expectRowsKept(again, rows);
    again.close();
  });

  describe('another program’s file (issue #11, failure 4)', () => {
    /** Another program's SQLite file in WAL mode with a `user_version` of its own. */
    function foreignFile(userVersion: number): string {
      const filePath = tempDbPath();
      const raw = new Database(filePath);
      raw.pragma('journal_mode = WAL');
      raw.exec(`CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('keep me')`);
      raw.pragma(`user_version = ${userVersion}`);
      raw.close();
      return filePath;
    }

    it.each([2, 4])(
      'refuses one with user_version %i: no migration, no pragma, no sidecar',
      async (version) => {
        const filePath = foreignFile(version);
        const error = await expectRefused(filePath, 'not-a-database');
        expect(error.message).toMatch(/not a Hindsight one/);
        expect(readHeader(filePath)).toEqual({
          kind: 'sqlite',
          wal: true,
          userVersion: version,
          applicationId: 0,
        });
        expect(fs.readdirSync(path.dirname(filePath))).toEqual(['hindsight.sqlite']);
      },
    );

    it('refuses one marked with another application_id from its header alone', async () => {
      const filePath = tempDbPath();
      const raw = new Database(filePath);
      raw.exec('CREATE TABLE app_meta (key TEXT); CREATE TABLE meetings (id TEXT)');
      raw.pragma(`application_id = ${0x464f5354}`);
      raw.pragma('user_version = 3');
      raw.close();
      const error = await expectRefused(filePath, 'not-a-database');
      expect(error.message).toMatch(/another program's SQLite database \(application id 0x464f5354\)/);
    });

    it('leaves a hot rollback journal for its program instead of rolling it back', async () => {
      const source = tempDbPath();
      const writer = new Database(source);
      writer.exec(`CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('before')`);
      writer.pragma('cache_size = 1');
      writer.exec('BEGIN');
      const insert = writer.prepare('INSERT INTO notes VALUES (?)');
      for (let n = 0; n < 2_000; n += 1) insert.run(`${'x'.repeat(200)} ${n}`);
      // The file and its journal as a crash in the middle of the transaction leaves them.
      const filePath = tempDbPath();
      fs.copyFileSync(source, filePath);
      fs.copyFileSync(`${source}-journal`, `${filePath}-journal`);
      writer.exec('ROLLBACK');
      writer.close();
      const journal = sha256(`${filePath}-journal`);

      const error = await expectRefused(filePath, 'unreadable');
      expect(error.message).toMatch(/stopped in the middle of a change/);
      expect(sha256(`${filePath}-journal`)).toBe(journal);
    });

    it('marks new files as Hindsight’s, and files from before the mark when they open', async () => {
      const filePath = tempDbPath();
      (await openDatabase(filePath, options(filePath))).close();
      expect(readHeader(filePath)).toMatchObject({ applicationId: HINDSIGHT_APPLICATION_ID });

      const before = new Database(filePath);
      const rows = insertRowInEveryTable(before);
      before.pragma('application_id = 0');
      before.close();
      const again = await openDatabase(filePath, options(filePath));
      expectRowsKept(again, rows);
      expect(again.pragma('application_id', { simple: true })).toBe(HINDSIGHT_APPLICATION_ID);
      again.close();
    });
  });

  it('reports a full disk during a migration as unwritable, keeping the old version', async () => {
    const filePath = tempDbPath();
    (await openDatabase(filePath, options(filePath))).close();
    // max_page_count is how SQLite meets a full disk: the next page it needs is refused.
    const filling = {
      version: LATEST_SCHEMA_VERSION + 1,
      name: 'filling',
      sql: 'PRAGMA max_page_count = 1; CREATE TABLE filler (x BLOB); INSERT INTO filler VALUES (randomblob(1000000));',
    };
    await expect(
      openDatabase(filePath, { ...options(filePath), migrations: [...MIGRATIONS, filling] }),
    ).rejects.toMatchObject({
      name: 'DatabaseOpenError',
      problem: 'unwritable',
      message: expect.stringMatching(/the disk is full/),
    });
    const again = await openDatabase(filePath, options(filePath));
    expect(again.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    again.close();
  });
});
