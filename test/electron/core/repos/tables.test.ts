import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { records } from '../../../../shared/contract/records';
import { MEETING_KIND, RECORD_KIND_NAMES, specOf } from '../../../../shared/contract/recordKinds';
import { migrate } from '../../../../electron/core/db/migrate';
import { snakeCase } from '../../../../electron/core/repos/recordTable';
import { TABLES } from '../../../../electron/core/repos/tables';
import { tempDbPath } from '../../../helpers/tempDb';
import { openRaw } from '../../../helpers/sqliteFixtures';
import { T0 } from '../../../helpers/factories';

interface Column {
  name: string;
  type: string;
  notnull: number;
  pk: number;
}

/**
 * The column a record field needs in our STRICT tables: booleans as 0/1 and whole numbers as
 * INTEGER, other numbers as REAL, text and lists (JSON) as TEXT; NOT NULL unless the field is
 * nullable. This is the rule `tables.ts` relies on when it writes every field as a column.
 */
function columnOf(field: z.ZodType, name: string): Omit<Column, 'pk'> {
  let inner = field;
  let nullable = false;
  while (inner instanceof z.ZodDefault || inner instanceof z.ZodNullable || inner instanceof z.ZodOptional) {
    if (inner instanceof z.ZodNullable) nullable = true;
    inner = inner.unwrap() as z.ZodType;
  }
  const type =
    inner instanceof z.ZodBoolean
      ? 'INTEGER'
      : inner instanceof z.ZodNumber
        ? inner.isInt
          ? 'INTEGER'
          : 'REAL'
        : 'TEXT';
  return { name: snakeCase(name), type, notnull: nullable ? 0 : 1 };
}

/** Every table a record declaration names, with the schema whose fields are its columns. */
const DECLARED = [
  { table: MEETING_KIND.table, schema: records[MEETING_KIND.schema] as z.ZodObject },
  ...RECORD_KIND_NAMES.map((kind) => ({
    table: specOf(kind).table,
    schema: records[specOf(kind).schema] as z.ZodObject,
  })),
];

async function migratedDatabase() {
  const filePath = tempDbPath();
  const db = openRaw(filePath);
  await migrate(db, { filePath, backupDir: path.join(path.dirname(filePath), 'backups'), now: () => T0 });
  return db;
}

describe('record declarations against the migrated schema', () => {
  it.each(DECLARED)(
    'give $table a column of the right type and nullability for every field, and no other',
    async ({ table, schema }) => {
      const db = await migratedDatabase();
      const actual = (db.pragma(`table_info(${table})`) as Column[])
        .map(({ name, type, notnull, pk }) => ({ name, type, notnull: pk ? 1 : notnull, pk }))
        .sort((a, b) => a.name.localeCompare(b.name));
      const expected = Object.entries(schema.shape)
        .map(([name, field]) => ({ ...columnOf(field as z.ZodType, name), pk: name === 'id' ? 1 : 0 }))
        .sort((a, b) => a.name.localeCompare(b.name));
      expect(actual).toEqual(expected);
      db.close();
    },
  );

  it('map every declared kind, and only those, onto a table', () => {
    const tables = Object.values(TABLES)
      .map((spec) => spec.table)
      .sort();
    expect(tables).toEqual(DECLARED.map((entry) => entry.table).sort());
  });
});
