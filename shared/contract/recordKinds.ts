import type { z } from 'zod';
import type { records } from './records';

/** The bookkeeping every record of a meeting carries (DESIGN.md section 3); never edited by a person. */
export type RecordMetaField = 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'createdBy' | 'meetingId';

type Schemas = typeof records;

/**
 * One record kind of a meeting, declared once. The SQL columns (every field of the schema, in
 * snake_case), the loaders, the bundle lists, the CRUD and reorder methods of the contract, the
 * change events and the renderer's record actions are all derived from these declarations.
 */
export interface RecordKindSpec<S extends keyof Schemas = keyof Schemas> {
  /** The record's schema in records.ts; its fields are the table's columns. */
  readonly schema: S;
  readonly table: string;
  /** What the records are called in messages ("action items", "agenda steps"). */
  readonly noun: string;
  /** `list`: many per meeting; `single`: at most one per meeting (impact, root cause). */
  readonly cardinality: 'list' | 'single';
  /** The field that orders the list by hand, given "last" by `add`; null when there is none. */
  readonly order: (keyof z.output<Schemas[S]> & string) | null;
  /** Whether the whole list can be put in a new order (`<domain>.reorder`, drag-and-drop). */
  readonly reorder: boolean;
  /** How lists are sorted, in the core's SQL and in every window; the id breaks ties. */
  readonly sortBy: readonly (keyof z.output<Schemas[S]> & string)[];
  /** The contract domain of `add`/`update`/`remove`/`restore`; null for kinds with their own methods. */
  readonly domain: string | null;
  /** The fields a person edits (the `add` input and `update` patch). */
  readonly editable: readonly (keyof z.output<Schemas[S]> & string)[];
  /** The fields `add` cannot do without. */
  readonly required: readonly (keyof z.output<Schemas[S]> & string)[];
  /** What a record holds when `add` leaves a field out; every field, so a new one must get one. */
  readonly defaults: Omit<z.output<Schemas[S]>, RecordMetaField>;
}

/** Keeps each declaration's literal types while checking it against `RecordKindSpec`. */
function kind<const S extends keyof Schemas, const Spec extends Omit<RecordKindSpec<S>, 'schema'>>(
  schema: S,
  spec: Spec,
): Spec & { schema: S } {
  return { ...spec, schema };
}

/**
 * Every record kind of a meeting other than the meeting itself, in the order bundles, merges and
 * loaders walk them. The key is the kind's name everywhere: in `MeetingRecords`, in a bundle, in
 * a change event and in the store.
 */
export const RECORD_KINDS = {
  participants: kind('Participant', {
    table: 'participants',
    noun: 'participants',
    cardinality: 'list',
    order: 'position',
    reorder: false,
    sortBy: ['position'],
    domain: 'participants',
    editable: ['name', 'role', 'position'],
    required: ['name'],
    defaults: { name: '', role: 'responder', position: 0 },
  }),
  agenda: kind('AgendaStep', {
    table: 'agenda_steps',
    noun: 'agenda steps',
    cardinality: 'list',
    order: 'position',
    reorder: true,
    sortBy: ['position'],
    domain: 'agenda',
    // Timer fields change only through the timer methods (contract/live.ts).
    editable: ['kind', 'title', 'prompt', 'plannedSeconds', 'position', 'skipped', 'completed'],
    required: ['title'],
    defaults: {
      kind: 'custom',
      title: '',
      prompt: '',
      plannedSeconds: 5 * 60,
      position: 0,
      accumulatedSeconds: 0,
      runningSince: null,
      completed: false,
      skipped: false,
    },
  }),
  timeline: kind('TimelineEvent', {
    table: 'timeline_events',
    noun: 'events',
    cardinality: 'list',
    order: null,
    reorder: false,
    sortBy: ['at', 'createdAt'],
    domain: 'timeline',
    editable: ['at', 'kind', 'outcome', 'description', 'actor', 'evidence', 'source'],
    required: ['at', 'description'],
    defaults: {
      at: 0,
      kind: 'other',
      outcome: null,
      description: '',
      actor: '',
      evidence: '',
      source: 'typed',
    },
  }),
  impact: kind('Impact', {
    table: 'impacts',
    noun: 'impact records',
    cardinality: 'single',
    order: null,
    reorder: false,
    sortBy: [],
    domain: null,
    editable: [
      'usersAffected',
      'usersAffectedPercent',
      'regions',
      'revenueLossEstimate',
      'currency',
      'customerReactions',
      'supportTickets',
      'onCallHours',
      'peoplePaged',
      'notes',
      'dataLost',
      'dataLostCount',
      'mappedAt',
    ],
    required: [],
    defaults: {
      usersAffected: null,
      usersAffectedPercent: null,
      regions: '',
      revenueLossEstimate: null,
      currency: '',
      customerReactions: '',
      supportTickets: null,
      onCallHours: null,
      peoplePaged: null,
      notes: '',
      dataLost: '',
      dataLostCount: null,
      mappedAt: null,
    },
  }),
  questions: kind('Question', {
    table: 'questions',
    noun: 'question states',
    cardinality: 'list',
    order: null,
    reorder: false,
    sortBy: ['question'],
    // One state per question, written by `questions.update` (created on first write).
    domain: null,
    editable: ['answer', 'answered', 'nothingToDo'],
    required: [],
    defaults: { question: 'remediate', answer: '', answered: false, nothingToDo: false },
  }),
  questionNotes: kind('QuestionNote', {
    table: 'question_notes',
    noun: 'question notes',
    cardinality: 'list',
    order: 'position',
    reorder: false,
    sortBy: ['question', 'position'],
    domain: 'questionNotes',
    editable: ['question', 'text', 'position'],
    required: ['question', 'text'],
    defaults: { question: 'remediate', text: '', position: 0 },
  }),
  rootCause: kind('RootCause', {
    table: 'root_causes',
    noun: 'root-cause records',
    cardinality: 'single',
    order: null,
    reorder: false,
    sortBy: [],
    domain: null,
    editable: ['primaryCause'],
    required: [],
    defaults: { primaryCause: '' },
  }),
  rootCauseItems: kind('RootCauseItem', {
    table: 'root_cause_items',
    noun: 'root-cause items',
    cardinality: 'list',
    order: 'position',
    reorder: false,
    sortBy: ['kind', 'position'],
    domain: 'rootCauseItems',
    editable: ['kind', 'text', 'category', 'position'],
    required: ['kind', 'text'],
    defaults: { kind: 'contributing-factor', text: '', category: null, position: 0 },
  }),
  lessons: kind('Lesson', {
    table: 'lessons',
    noun: 'lessons',
    cardinality: 'list',
    order: 'position',
    reorder: false,
    sortBy: ['kind', 'position'],
    domain: 'lessons',
    editable: ['kind', 'text', 'position'],
    required: ['kind', 'text'],
    defaults: { kind: 'went-well', text: '', position: 0 },
  }),
  actionItems: kind('ActionItem', {
    table: 'action_items',
    noun: 'action items',
    cardinality: 'list',
    order: 'rank',
    reorder: true,
    sortBy: ['rank'],
    domain: 'actionItems',
    editable: [
      'title',
      'question',
      'type',
      'owner',
      'dueDate',
      'successMeasure',
      'rank',
      'status',
      'trackerUrl',
    ],
    required: ['title'],
    defaults: {
      title: '',
      question: null,
      type: 'corrective',
      owner: '',
      dueDate: null,
      successMeasure: '',
      rank: 0,
      status: 'open',
      trackerUrl: '',
    },
  }),
  parkingLot: kind('ParkingLot', {
    table: 'parking_lot_items',
    noun: 'parking-lot items',
    cardinality: 'list',
    order: null,
    reorder: false,
    sortBy: ['createdAt'],
    domain: 'parkingLot',
    editable: ['text', 'stepId', 'resolved'],
    required: ['text'],
    defaults: { text: '', stepId: null, resolved: false },
  }),
  importPeople: kind('ImportPerson', {
    table: 'import_people',
    noun: 'import people mappings',
    cardinality: 'list',
    order: null,
    reorder: false,
    sortBy: ['person'],
    // Written by `timeline.importRows` with the events it adds (one per person, by name).
    domain: null,
    editable: ['role'],
    required: ['person', 'role'],
    defaults: { person: '', role: '' },
  }),
};

/** The meeting itself: the root every other kind belongs to, with its own methods (contract/meetings.ts). */
export const MEETING_KIND = { schema: 'Meeting', table: 'meetings' } as const;

export type RecordKinds = typeof RECORD_KINDS;
/** The name of a record kind of a meeting (not the meeting itself). */
export type RecordKind = keyof RecordKinds;
/** The entity a kind holds (timestamps in UTC ms). */
export type RecordOf<K extends RecordKind> = z.output<Schemas[RecordKinds[K]['schema']]>;

type KindsWhere<Filter> = {
  [K in RecordKind]: RecordKinds[K] extends Filter ? K : never;
}[RecordKind];

export type ListKind = KindsWhere<{ cardinality: 'list' }>;
export type SingleKind = KindsWhere<{ cardinality: 'single' }>;
/** Kinds with add/update/remove/restore in the contract. */
export type CrudKind = KindsWhere<{ domain: string }>;
/** Kinds with a drag-and-drop order and so a `<domain>.reorder` method. */
export type OrderedKind = KindsWhere<{ reorder: true; order: string; domain: string }>;

const kindNames = Object.keys(RECORD_KINDS) as RecordKind[];
const where = <K extends RecordKind>(test: (spec: RecordKindSpec) => boolean) =>
  kindNames.filter((name) => test(specOf(name))) as K[];

/** Every kind, in declaration order. */
export const RECORD_KIND_NAMES: readonly RecordKind[] = kindNames;
export const LIST_KINDS: readonly ListKind[] = where<ListKind>((spec) => spec.cardinality === 'list');
export const SINGLE_KINDS: readonly SingleKind[] = where<SingleKind>((spec) => spec.cardinality === 'single');
export const CRUD_KINDS: readonly CrudKind[] = where<CrudKind>((spec) => spec.domain !== null);
export const ORDERED_KINDS: readonly OrderedKind[] = where<OrderedKind>(
  (spec) => spec.reorder && spec.domain !== null && spec.order !== null,
);

/** The declaration of one kind, with its literal types widened to the common shape. */
export function specOf(name: RecordKind): RecordKindSpec {
  return RECORD_KINDS[name] as unknown as RecordKindSpec;
}

/** Compares two records of `name` in list order (the same order the core's SQL lists them in). */
export function compareRecords(name: RecordKind) {
  const fields = specOf(name).sortBy;
  return (a: object, b: object): number => {
    for (const field of fields) {
      const x = (a as Record<string, string | number>)[field]!;
      const y = (b as Record<string, string | number>)[field]!;
      if (x !== y) return x < y ? -1 : 1;
    }
    const [x, y] = [(a as { id: string }).id, (b as { id: string }).id];
    return x < y ? -1 : x > y ? 1 : 0;
  };
}
