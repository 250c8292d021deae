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
 * Templates saved before steps had ids (schema v3 as first shipped) get one on read: the
 * template's id with the step's place in its last twelve hex digits. It is stable across reads,
 * unique within the template and still a UUID (the template id's version and variant digits are
 * kept), and the next save of the steps stores it. A rename alone leaves them as they are.
 */
function withStepIds(template: AgendaTemplate): AgendaTemplate {
  const stored: (Omit<AgendaTemplate['steps'][number], 'id'> & { id?: string })[] = template.steps;
  if (stored.every((step) => step.id !== undefined)) return template;
  const stem = template.id.slice(0, 24);
  return {
    ...template,
    steps: stored.map((step, index) => ({
      ...step,
      id: step.id ?? `${stem}${index.toString(16).padStart(12, '0')}`,
    })),
  };
}

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
  const get = (id: string) => {
    const template = table.get(id);
    return template && withStepIds(template);
  };
  return {
    get,
    insert: (template: AgendaTemplate) => withStepIds(table.insert(template)),
    update: (id: string, patch: Partial<AgendaTemplate>) => {
      table.update(id, patch);
      return get(id)!;
    },
    /** Every template not deleted, by name; a library holds tens, so one get per row is fine. */
    listLive(): AgendaTemplate[] {
      return (liveIds.all() as string[]).map((id) => get(id)!);
    },
    /** The live template with this name, ignoring (ASCII) case. */
    findByName(name: string): AgendaTemplate | undefined {
      const id = byName.get(name) as string | undefined;
      return id === undefined ? undefined : get(id);
    },
  };
}
