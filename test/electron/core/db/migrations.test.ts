import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from '../../../../electron/core/db/migrations';
import { migrate } from '../../../../electron/core/db/migrate';
import { tempDbPath } from '../../../helpers/tempDb';
import { T0 } from '../../../helpers/factories';
import { REVISED_MEETING_FIELDS } from '../../../../shared/contract/records';
import { expectRowsKept, insertRowInEveryTable, openRaw, schemaText } from '../../../helpers/sqliteFixtures';

const MIGRATIONS_DIR = path.resolve(__dirname, '../../../../electron/core/db/migrations');

function migrateOptions(filePath: string) {
  return { filePath, backupDir: path.join(path.dirname(filePath), 'backups'), now: () => T0 };
}

/** The migrations up to and including `version` (a reserved number may not have landed yet). */
const upTo = (migrations: readonly Migration[], version: number) =>
  migrations.filter((migration) => migration.version <= version);

/** A database at `version`, built by applying the shipped migrations 1..version. */
async function databaseAt(version: number, migrations: readonly Migration[] = MIGRATIONS) {
  const filePath = tempDbPath();
  const db = openRaw(filePath);
  await migrate(db, migrateOptions(filePath), upTo(migrations, version));
  return { db, filePath };
}

/** Migrating from `version - 1` to `version` keeps one row of every table that existed before. */
async function migrateWithRows(version: number, migrations: readonly Migration[]) {
  const { db, filePath } = await databaseAt(version - 1, migrations);
  const rows = insertRowInEveryTable(db);
  await migrate(db, migrateOptions(filePath), upTo(migrations, version));
  return { db, rows };
}

describe('migration files', () => {
  it('are named NNNN_snake_description.sql and numbered upwards from 0001', () => {
    const files = fs
      .readdirSync(MIGRATIONS_DIR)
      .filter((name) => name !== 'index.ts')
      .sort();
    for (const name of files) expect(name).toMatch(/^\d{4}_[a-z0-9]+(_[a-z0-9]+)*\.sql$/);
    // Numbers are reserved per branch (0005 hardening, 0006 facilitator, 0007 coach, …), so one
    // may be missing until its branch lands; they never repeat and never go down.
    const numbers = files.map((name) => Number(name.slice(0, 4)));
    expect(numbers[0]).toBe(1);
    expect(numbers).toEqual([...new Set(numbers)].sort((a, b) => a - b));
  });

  it('are each registered in migrations/index.ts with the version and text of the file', () => {
    const files = fs
      .readdirSync(MIGRATIONS_DIR)
      .filter((name) => name.endsWith('.sql'))
      .sort();
    expect(MIGRATIONS).toEqual(
      files.map((name) => ({
        version: Number(name.slice(0, 4)),
        name: name.replace(/\.sql$/, ''),
        sql: fs.readFileSync(path.join(MIGRATIONS_DIR, name), 'utf8'),
      })),
    );
    expect(LATEST_SCHEMA_VERSION).toBe(Number(files.at(-1)!.slice(0, 4)));
  });
});

describe('migrate', () => {
  it('builds the pinned schema from an empty file', async () => {
    // A changed schema needs a new migration and a new snapshot (`npx vitest -u`), never an
    // edit of a shipped migration: this test fails on either kind of drift.
    const { db } = await databaseAt(LATEST_SCHEMA_VERSION);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    await expect(schemaText(db)).toMatchFileSnapshot(
      `../../../fixtures/schema-v${LATEST_SCHEMA_VERSION}.sql`,
    );
    db.close();
  });

  it.each(MIGRATIONS.map((migration) => [migration.version, migration.name] as const))(
    'keeps every row when migration %i (%s) runs on a database at the version before',
    async (version) => {
      const { db, rows } = await migrateWithRows(version, MIGRATIONS);
      expect(db.pragma('user_version', { simple: true })).toBe(version);
      expectRowsKept(db, rows);
      db.close();
    },
  );

  it('leaves a database at the latest version as it is', async () => {
    const { db, filePath } = await databaseAt(LATEST_SCHEMA_VERSION);
    const rows = insertRowInEveryTable(db);
    const before = schemaText(db);
    expect(await migrate(db, migrateOptions(filePath))).toEqual({
      from: LATEST_SCHEMA_VERSION,
      to: LATEST_SCHEMA_VERSION,
      backupPath: null,
    });
    expect(schemaText(db)).toBe(before);
    expectRowsKept(db, rows);
    db.close();
  });

  it('puts a row in every table, so the row check covers all of them', async () => {
    const { db } = await databaseAt(LATEST_SCHEMA_VERSION);
    const rows = insertRowInEveryTable(db);
    const tables = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
      .pluck()
      .all() as string[];
    expect(tables).toContain('action_items');
    for (const table of tables) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(1);
    }
    expect(rows.size).toBe(tables.length);
    db.close();
  });

  it('is caught by the row check when a migration loses rows', async () => {
    // Proves the per-migration test above can fail: a migration that drops data is noticed.
    const { db, rows } = await migrateWithRows(LATEST_SCHEMA_VERSION + 1, [
      ...MIGRATIONS,
      { version: LATEST_SCHEMA_VERSION + 1, name: 'lossy', sql: 'DELETE FROM lessons' },
    ]);
    expect(() => expectRowsKept(db, rows)).toThrow(/lessons/);
    db.close();
  });
});

describe('migration 19 (0019_meeting_revision)', () => {
  it('revises every field of a meeting already saved at its last change', async () => {
    const { db, filePath } = await databaseAt(18);
    db.prepare(
      `INSERT INTO meetings (id, created_at, updated_at, created_by, title, status, time_zone)
       VALUES ('m1', 1, 7, 'device', 'Saved before revisions', 'draft', 'UTC')`,
    ).run();
    await migrate(db, migrateOptions(filePath));
    const revisions = JSON.parse(db.prepare(`SELECT revisions FROM meetings`).pluck().get() as string);
    expect(revisions).toEqual(Object.fromEntries(REVISED_MEETING_FIELDS.map((field) => [field, 7])));
    db.close();
  });
});

describe('migration 16 (0016_meeting_log_counts)', () => {
  it('counts the live events each meeting already holds', async () => {
    const { db, filePath } = await databaseAt(15);
    const meeting = db.prepare(
      `INSERT INTO meetings (id, created_at, updated_at, created_by, title, status, time_zone)
       VALUES (?, 1, 1, 'device', ?, 'draft', 'UTC')`,
    );
    const event = db.prepare(
      `INSERT INTO timeline_events (id, meeting_id, created_at, updated_at, deleted_at, created_by, at, kind, description, source)
       VALUES (?, ?, 1, 1, ?, 'device', 1, 'other', 'Fact', 'typed')`,
    );
    meeting.run('m1', 'Three live, one removed');
    meeting.run('m2', 'No events');
    for (const [id, deletedAt] of [
      ['e1', null],
      ['e2', null],
      ['e3', null],
      ['e4', 5],
    ] as const)
      event.run(id, 'm1', deletedAt);

    await migrate(db, migrateOptions(filePath), upTo(MIGRATIONS, 16));

    expect(
      db.prepare('SELECT meeting_id AS meetingId, live_events AS live FROM meeting_log_counts').all(),
    ).toEqual([{ meetingId: 'm1', live: 3 }]);
    db.close();
  });
});
