import type Database from 'better-sqlite3';

/** The bookkeeping every record carries (DESIGN.md section 3). */
export interface RecordMeta {
  id: string;
  createdAt: number;
  updatedAt: number;
  deletedAt: number | null;
  createdBy: string;
}

/** How one entity maps to one table. Column names are the fields in snake_case. */
export interface TableSpec<Entity extends RecordMeta> {
  table: string;
  /** Every field of the entity, bookkeeping included, in column order. */
  fields: readonly (keyof Entity & string)[];
  /** Fields stored as 0/1. */
  booleans?: readonly (keyof Entity & string)[];
  /** Fields stored as JSON text (lists). */
  json?: readonly (keyof Entity & string)[];
  /** SQL ORDER BY for lists, ending in `id` so equal keys still come in a stable order. */
  orderBy: string;
  /**
   * Fields a read derives rather than takes from their own column: the SQL of each, over the
   * table and the tables `join` adds, selected under the field's column name (so `orderBy` may
   * name it). Writes still go to the table's own columns.
   */
  derived?: { join: string; columns: Partial<Record<keyof Entity & string, string>> };
}

export interface RecordTable<Entity extends RecordMeta> {
  readonly spec: TableSpec<Entity>;
  get(id: string): Entity | undefined;
  /** The entity a row of the table holds (for the repos' own queries). */
  fromRow(row: Record<string, unknown>): Entity;
  /** Writes a new row and answers the record as written (no read-back: nothing changes it). */
  insert(entity: Entity): Entity;
  /** Writes the fields in `patch` (callers include `updatedAt`). */
  update(id: string, patch: Partial<Entity>): void;
  /**
   * Writes `patch` over `current` and answers the saved record, without reading it back. A
   * patch's `updatedAt` is raised above `current.updatedAt` when it is not already above it.
   */
  save(current: Entity, patch: Partial<Entity>): Entity;
  /** Rows whose `column` equals `value`, deleted ones only when asked. */
  listWhere(column: keyof Entity & string, value: string, includeDeleted: boolean): Entity[];
}

export function snakeCase(field: string): string {
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/**
 * One table's SQL, prepared once per connection, with row ↔ entity mapping. All SQL for
 * records lives here and in the repos built on it; handlers never see a row.
 */
export function createRecordTable<Entity extends RecordMeta>(
  db: Database.Database,
  spec: TableSpec<Entity>,
): RecordTable<Entity> {
  const { fields } = spec;
  const columns = fields.map(snakeCase);
  const booleans = new Set<string>(spec.booleans ?? []);
  const json = new Set<string>(spec.json ?? []);

  // Exactly the table's fields, as a read would give them: what the caller passed may hold more.
  const asStored = (entity: Partial<Entity>): Entity => {
    const clean: Record<string, unknown> = {};
    for (const field of spec.fields) clean[field] = entity[field];
    return clean as Entity;
  };
  const toRow = (entity: Partial<Entity>): Record<string, unknown> => {
    const row: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(entity)) {
      row[field] = booleans.has(field) ? (value ? 1 : 0) : json.has(field) ? JSON.stringify(value) : value;
    }
    return row;
  };
  const fromRow = (row: Record<string, unknown>): Entity => {
    const entity: Record<string, unknown> = {};
    spec.fields.forEach((field, index) => {
      const value = row[columns[index]!];
      entity[field] = booleans.has(field) ? value === 1 : json.has(field) ? JSON.parse(String(value)) : value;
    });
    return entity as Entity;
  };

  const { table, derived } = spec;
  const derivedColumns: Partial<Record<string, string>> = derived?.columns ?? {};
  const selected = spec.fields.map((field, index) => {
    const column = columns[index]!;
    return derivedColumns[field] ? `${derivedColumns[field]} AS ${column}` : `${table}.${column}`;
  });
  const select = derived ? `SELECT ${selected.join(', ')} FROM ${table} ${derived.join}` : `SELECT * FROM ${table}`;
  const selectById = db.prepare(`${select} WHERE ${table}.id = ?`);
  // Positional parameters, each field's encoding chosen once here: a write binds an array built
  // in the same pass that copies the record (issue 16: a core write's own CPU work).
  const insertRow = db.prepare(
    `INSERT INTO ${spec.table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
  );
  const encode = spec.fields.map((field): ((value: unknown) => unknown) =>
    booleans.has(field) ? (value) => (value ? 1 : 0) : json.has(field) ? (value) => JSON.stringify(value) : (value) => value,
  );
  const listCache = new Map<string, Database.Statement>();
  const updateCache = new Map<string, Database.Statement>();

  const get = (id: string) => {
    const row = selectById.get(id) as Record<string, unknown> | undefined;
    return row ? fromRow(row) : undefined;
  };

  const update = (id: string, patch: Partial<Entity>) => {
    const fields = Object.keys(patch).filter(
      (field) => field !== 'id' && spec.fields.includes(field as never),
    );
    const key = fields.join(',');
    let statement = updateCache.get(key);
    if (!statement) {
      const assignments = fields.map((field) => `${snakeCase(field)} = @${field}`).join(', ');
      statement = db.prepare(`UPDATE ${spec.table} SET ${assignments} WHERE id = @id`);
      updateCache.set(key, statement);
    }
    const values = toRow(patch);
    statement.run({ ...Object.fromEntries(fields.map((field) => [field, values[field]])), id });
  };

  return {
    spec,
    update,
    get,
    fromRow,
    insert(entity) {
      const stored: Record<string, unknown> = {};
      const values: unknown[] = new Array(fields.length);
      // A plain loop: forEach's callback costs a write a few µs once fsync has left the CPU cold.
      for (let index = 0; index < fields.length; index += 1) {
        const field = fields[index]!;
        const value = entity[field];
        stored[field] = value;
        values[index] = encode[index]!(value);
      }
      insertRow.run(values);
      return stored as Entity;
    },
    save(current, patch) {
      // `updatedAt` is each record's revision: every save moves it forward, even when the clock
      // did not (two saves in one millisecond, a clock set back), so a window can always tell
      // the later of two versions it receives (renderer/store/applyMeetingChange.ts).
      const revised =
        patch.updatedAt === undefined
          ? patch
          : { ...patch, updatedAt: Math.max(patch.updatedAt, current.updatedAt + 1) };
      update(current.id, revised);
      return asStored({ ...current, ...revised, id: current.id });
    },
    listWhere(column, value, includeDeleted) {
      const key = `${column}:${includeDeleted}`;
      let statement = listCache.get(key);
      if (!statement) {
        const live = includeDeleted ? '' : ` AND ${table}.deleted_at IS NULL`;
        statement = db.prepare(
          `${select} WHERE ${table}.${snakeCase(column)} = ?${live} ORDER BY ${spec.orderBy}`,
        );
        listCache.set(key, statement);
      }
      return (statement.all(value) as Record<string, unknown>[]).map(fromRow);
    },
  };
}
