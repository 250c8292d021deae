import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import { expect } from 'vitest';

type Row = Record<string, unknown>;
type Db = Database.Database;

/**
 * Columns whose CHECK constraint a generic value would fail. A new migration that adds such a
 * column makes `insertRowInEveryTable` fail with the constraint's name: add the column here.
 */
const VALUE_OVERRIDES: Record<string, unknown> = {
  'meetings.severity': 'SEV-2',
  'meetings.status': 'draft',
  'meetings.affected_services': '["checkout-api"]',
};

/** A raw connection with the pragmas the app uses, for building fixture databases by hand. */
export function openRaw(filePath: string): Db {
  const db = new Database(filePath);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  return db;
}

/** `sqlite_master` as text (type, name, sql; sorted), the form the schema snapshot is kept in. */
export function schemaText(db: Db): string {
  const objects = db
    .prepare(
      `SELECT type, name, tbl_name AS tableName, sql FROM sqlite_master
        WHERE name NOT LIKE 'sqlite_stat%' ORDER BY type, name`,
    )
    .all() as { type: string; name: string; tableName: string; sql: string | null }[];
  return objects
    .map(({ type, name, tableName, sql }) =>
      sql === null ? `-- ${type} ${name} on ${tableName} (automatic)\n` : `-- ${type} ${name}\n${sql};\n`,
    )
    .join('\n');
}

function userTables(db: Db): string[] {
  const names = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .all() as { name: string }[];
  return names.map((row) => row.name);
}

/** Tables ordered so that every table comes after the tables its foreign keys name. */
function parentsFirst(db: Db, tables: string[]): string[] {
  const ordered: string[] = [];
  const visit = (table: string) => {
    if (ordered.includes(table)) return;
    const keys = db.pragma(`foreign_key_list(${table})`) as { table: string }[];
    for (const key of keys) if (key.table !== table) visit(key.table);
    ordered.push(table);
  };
  tables.forEach(visit);
  return ordered;
}

function genericValue(table: string, column: { name: string; type: string }): unknown {
  const type = column.type.toUpperCase();
  if (type.includes('INT')) return 7;
  if (type.includes('REAL')) return 2.5;
  return `${table}.${column.name}`;
}

/**
 * Inserts one row into every table of whatever schema the database has, with values derived
 * from the column types (foreign keys point at the parent's row). Version-independent, so the
 * "migrating keeps the rows" test covers every future migration without new fixtures.
 */
export function insertRowInEveryTable(db: Db): Map<string, Row> {
  const inserted = new Map<string, Row>();
  db.transaction(() => {
    for (const table of parentsFirst(db, userTables(db))) {
      const columns = db.pragma(`table_info(${table})`) as { name: string; type: string; pk: number }[];
      const keys = db.pragma(`foreign_key_list(${table})`) as { from: string; table: string; to: string }[];
      const row: Row = {};
      for (const column of columns) {
        const key = keys.find((candidate) => candidate.from === column.name);
        const override = `${table}.${column.name}`;
        if (key) row[column.name] = inserted.get(key.table)![key.to];
        else if (override in VALUE_OVERRIDES) row[column.name] = VALUE_OVERRIDES[override];
        else if (column.name === 'id') row[column.name] = crypto.randomUUID();
        else row[column.name] = genericValue(table, column);
      }
      const names = Object.keys(row);
      db.prepare(
        `INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map((name) => `@${name}`).join(', ')})`,
      ).run(row);
      inserted.set(table, row);
    }
  })();
  return inserted;
}

/** A table's primary-key columns, in key order. */
function primaryKey(db: Db, table: string): string[] {
  const columns = db.pragma(`table_info(${table})`) as { name: string; pk: number }[];
  return columns
    .filter((column) => column.pk > 0)
    .sort((a, b) => a.pk - b.pk)
    .map((column) => column.name);
}

/** Every row still there with the values it was written with (new columns may be added). */
export function expectRowsKept(db: Db, rows: Map<string, Row>): void {
  for (const [table, row] of rows) {
    const key = primaryKey(db, table);
    const where = key.map((name) => `${name} = @${name}`).join(' AND ');
    const found = db.prepare(`SELECT * FROM ${table} WHERE ${where}`).get(row);
    expect(found, `the row of ${table}`).toMatchObject(row);
  }
}

/** Every row of every table, to show that a refused call wrote nothing at all. */
export function dumpTables(db: Db): Record<string, unknown[]> {
  return Object.fromEntries(
    userTables(db).map((table) => {
      // By key, not rowid: WITHOUT ROWID tables (coach_dismissals) have none.
      const order = primaryKey(db, table).join(', ') || 'rowid';
      return [table, db.prepare(`SELECT * FROM ${table} ORDER BY ${order}`).all()];
    }),
  );
}

/**
 * Rebuilds one index's definition on another column without rebuilding its entries, as damage
 * inside an index page would leave it: every row still reads, `quick_check` answers ok, and only
 * the full `integrity_check` finds the index out of step with its table.
 */
export function damageIndex(db: Db, index: string, column: string): void {
  // better-sqlite3 guards the schema table (SQLite's defensive mode) unless in unsafe mode.
  db.unsafeMode(true);
  db.pragma('writable_schema = ON');
  db.prepare("UPDATE sqlite_master SET sql = replace(sql, '(meeting_id, at)', ?) WHERE name = ?").run(
    `(${column})`,
    index,
  );
  db.pragma('writable_schema = RESET');
  db.unsafeMode(false);
}
