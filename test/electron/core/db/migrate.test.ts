import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from '../../../../electron/core/db/migrations';
import { migrate } from '../../../../electron/core/db/migrate';
import { tempDbPath } from '../../../helpers/tempDb';
import { T0 } from '../../../helpers/factories';
import { expectRowsKept, insertRowInEveryTable, openRaw, schemaText } from '../../../helpers/sqliteFixtures';

const NEXT = LATEST_SCHEMA_VERSION + 1;

function options(filePath: string) {
  return { filePath, backupDir: path.join(path.dirname(filePath), 'backups'), now: () => T0 };
}

/** A database at the latest shipped version holding one row in every table. */
async function currentDatabaseWithRows() {
  const filePath = tempDbPath();
  const db = openRaw(filePath);
  await migrate(db, options(filePath));
  return { db, filePath, rows: insertRowInEveryTable(db) };
}

describe('migrate', () => {
  it('copies a database that holds data into backups/ before migrating it', async () => {
    const { db, filePath, rows } = await currentDatabaseWithRows();
    const next: Migration = {
      version: NEXT,
      name: 'next',
      sql: 'ALTER TABLE lessons ADD COLUMN pinned INTEGER',
    };

    const result = await migrate(db, options(filePath), [...MIGRATIONS, next]);

    expect(result).toMatchObject({ from: LATEST_SCHEMA_VERSION, to: NEXT });
    expect(path.dirname(result.backupPath!)).toBe(path.join(path.dirname(filePath), 'backups'));
    expect(path.basename(result.backupPath!)).toBe(`hindsight.before-v${NEXT}.2026-03-05T09-00-00Z.sqlite`);
    const backup = new Database(result.backupPath!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(backup.pragma('integrity_check', { simple: true })).toBe('ok');
    expectRowsKept(backup, rows);
    backup.close();
    expect(db.pragma('user_version', { simple: true })).toBe(NEXT);
    db.close();
  });

  it('takes no copy of a brand-new file', async () => {
    const filePath = tempDbPath();
    const db = openRaw(filePath);
    expect(await migrate(db, options(filePath))).toEqual({
      from: 0,
      to: LATEST_SCHEMA_VERSION,
      backupPath: null,
    });
    expect(fs.existsSync(path.join(path.dirname(filePath), 'backups'))).toBe(false);
    db.close();
  });

  it('rolls a failing migration back whole, keeping the version, the schema and the data', async () => {
    const { db, filePath, rows } = await currentDatabaseWithRows();
    const schemaBefore = schemaText(db);
    // The first two statements succeed; the third fails, so all three must be undone.
    const broken: Migration = {
      version: NEXT,
      name: 'broken',
      sql: `CREATE TABLE extra (id TEXT PRIMARY KEY);
            UPDATE lessons SET text = 'overwritten';
            INSERT INTO no_such_table VALUES (1);`,
    };

    await expect(migrate(db, options(filePath), [...MIGRATIONS, broken])).rejects.toThrow(/no_such_table/);

    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(schemaText(db)).toBe(schemaBefore);
    expectRowsKept(db, rows);
    db.close();
  });

  it('stops at the last whole version when a later migration of several fails', async () => {
    const { db, filePath, rows } = await currentDatabaseWithRows();
    const good: Migration = { version: NEXT, name: 'good', sql: 'CREATE TABLE extra (id TEXT PRIMARY KEY)' };
    const bad: Migration = { version: NEXT + 1, name: 'bad', sql: 'DROP TABLE no_such_table' };

    await expect(migrate(db, options(filePath), [...MIGRATIONS, good, bad])).rejects.toThrow();

    expect(db.pragma('user_version', { simple: true })).toBe(NEXT);
    expect(db.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'extra'`).pluck().get()).toBe(1);
    expectRowsKept(db, rows);
    db.close();
  });
});
