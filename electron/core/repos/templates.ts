import type Database from 'better-sqlite3';
import type { AgendaTemplate } from '../../../shared/contract/templates';
import { createRecordTable, type TableSpec } from './recordTable';

const TEMPLATE_SPEC: TableSpec<AgendaTemplate> = {
  table: 'agenda_templates',
  fields: ['id', 'createdAt', 'updatedAt', 'deletedAt', 'createdBy', 'name', 'steps'],
  json: ['steps'],
  orderBy: 'name COLLATE NOCASE, id',
};

/**
 * The agenda templates (migration 0003). Not a meeting's record, so it lives beside the meeting
 * tables rather than in TABLES, which bundles and merges walk.
 */
export function createTemplateRepo(db: Database.Database) {
  const table = createRecordTable(db, TEMPLATE_SPEC);
  const liveIds = db
    .prepare(`SELECT id FROM agenda_templates WHERE deleted_at IS NULL ORDER BY ${TEMPLATE_SPEC.orderBy}`)
    .pluck();
  const byName = db
    .prepare(
      `SELECT id FROM agenda_templates WHERE deleted_at IS NULL AND name = ? COLLATE NOCASE ORDER BY id LIMIT 1`,
    )
    .pluck();
  return {
    ...table,
    /** Every template not deleted, by name; a library holds tens, so one get per row is fine. */
    listLive(): AgendaTemplate[] {
      return (liveIds.all() as string[]).map((id) => table.get(id)!);
    },
    /** The live template with this name, ignoring (ASCII) case. */
    findByName(name: string): AgendaTemplate | undefined {
      const id = byName.get(name) as string | undefined;
      return id === undefined ? undefined : table.get(id);
    },
  };
}
