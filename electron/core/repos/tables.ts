import { z } from 'zod';
import { records } from '../../../shared/contract/records';
import {
  MEETING_KIND,
  RECORD_KIND_NAMES,
  specOf,
  type RecordKind,
  type RecordOf,
} from '../../../shared/contract/recordKinds';
import type { Meeting } from '../../../shared/types';
import { snakeCase, type RecordMeta, type TableSpec } from './recordTable';

/** The entity behind each table key: the meeting, and every record kind under its own name. */
export type TableEntities = { meetings: Meeting } & { [K in RecordKind]: RecordOf<K> };

/** How a field is stored: booleans as 0/1, lists and maps as JSON text, the rest as they are. */
function storageOf(field: z.ZodType): 'boolean' | 'json' | 'plain' {
  if (field instanceof z.ZodDefault || field instanceof z.ZodNullable || field instanceof z.ZodOptional) {
    return storageOf(field.unwrap() as z.ZodType);
  }
  if (field instanceof z.ZodBoolean) return 'boolean';
  if (field instanceof z.ZodArray || field instanceof z.ZodRecord) return 'json';
  return 'plain';
}

/** A table's mapping, derived from its record schema: every field is a column. */
function tableOf<Entity extends RecordMeta>(
  schema: z.ZodObject,
  table: string,
  orderBy: string,
): TableSpec<Entity> {
  const fields = Object.keys(schema.shape) as (keyof Entity & string)[];
  const stored = (how: 'boolean' | 'json') =>
    fields.filter((field) => storageOf(schema.shape[field] as z.ZodType) === how);
  return { table, fields, booleans: stored('boolean'), json: stored('json'), orderBy };
}

/** SQL ORDER BY of a kind's lists: its declared sort fields, then the id, so ties stay stable. */
function orderByOf(kind: RecordKind): string {
  return [...specOf(kind).sortBy.map(snakeCase), 'id'].join(', ');
}

/**
 * A meeting's last change, its `updatedAt`: the later of its own fields' last save
 * (meetings.updated_at) and its records' last write (meeting_log_counts.changed_at), which a
 * record's write marks instead of the wide meeting row (migration 0020). Every read of a meeting
 * (by id, the library's rows) goes through this.
 */
export const MEETING_LAST_CHANGE = {
  join: 'LEFT JOIN meeting_log_counts ON meeting_log_counts.meeting_id = meetings.id',
  updatedAt: 'max(meetings.updated_at, coalesce(meeting_log_counts.changed_at, 0))',
};

/** How every record of DESIGN.md section 3 maps onto the tables of the migrations. */
export const TABLES = {
  meetings: {
    ...tableOf<Meeting>(records[MEETING_KIND.schema], MEETING_KIND.table, 'updated_at DESC, id'),
    derived: { join: MEETING_LAST_CHANGE.join, columns: { updatedAt: MEETING_LAST_CHANGE.updatedAt } },
  },
  ...Object.fromEntries(
    RECORD_KIND_NAMES.map((kind) => [
      kind,
      tableOf(records[specOf(kind).schema], specOf(kind).table, orderByOf(kind)),
    ]),
  ),
} as { [K in keyof TableEntities]: TableSpec<TableEntities[K]> };
