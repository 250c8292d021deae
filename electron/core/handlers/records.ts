import type { MethodName, Output } from '../../../shared/contract';
import type { RecordMeta, RecordTable } from '../repos/recordTable';
import type { ListKey, SingleKey, Store } from '../repos/store';
import { commitChange, HandlerError, type HandlerContext, type Handlers } from './context';
import { liveMeeting } from './meetings';
import { RECORD_DEFAULTS } from './recordDefaults';

type ChildRecord = RecordMeta & { meetingId: string };

/** Contract domain → the table behind it, for every list record with add/update/remove/restore. */
const LIST_DOMAINS = {
  participants: 'participants',
  agendaSteps: 'agenda',
  timeline: 'timeline',
  questionNotes: 'questionNotes',
  rootCauseItems: 'rootCauseItems',
  lessons: 'lessons',
  actionItems: 'actionItems',
  parkingLot: 'parkingLot',
} as const satisfies Record<string, Exclude<ListKey, 'questions'>>;

type ListDomain = keyof typeof LIST_DOMAINS;
type CrudMethodName = `${ListDomain}.${'add' | 'update' | 'remove' | 'restore'}` & MethodName;

const tableOf = (store: Store, key: ListKey | SingleKey) =>
  store.tables[key] as unknown as RecordTable<ChildRecord>;

/** The record to change; the records of a deleted meeting are as deleted as the meeting. */
function existing(
  store: Store,
  table: RecordTable<ChildRecord>,
  id: string,
  wantDeleted: boolean,
): ChildRecord {
  const record = table.get(id);
  if (!record || (record.deletedAt !== null) !== wantDeleted) {
    throw new HandlerError('not-found', `No ${wantDeleted ? 'deleted ' : ''}record with id ${id}.`);
  }
  if (store.tables.meetings.get(record.meetingId)?.deletedAt !== null) {
    throw new HandlerError(
      'not-found',
      'The meeting of this record is deleted: restore the meeting to change its records.',
    );
  }
  return record;
}

/** Saves `patch` on a record and bumps its meeting's last change, in the caller's transaction. */
function save(
  context: HandlerContext,
  store: Store,
  table: RecordTable<ChildRecord>,
  id: string,
  patch: object,
) {
  const now = context.now();
  const saved = table.update(id, { ...patch, updatedAt: now });
  store.touchMeeting(saved.meetingId, now);
  return saved;
}

/**
 * A parking-lot item may name only a step of its own meeting. A bundle carries one meeting, so
 * a reference to anything else would make the meeting impossible to export and import back.
 */
function checkStepReference(store: Store, key: ListKey, meetingId: string, fields: object, path: string) {
  const stepId = key === 'parkingLot' ? (fields as { stepId?: string | null }).stepId : undefined;
  if (stepId === undefined || stepId === null) return;
  const step = store.tables.agenda.get(stepId);
  if (!step || step.meetingId !== meetingId) {
    throw new HandlerError('invalid-input', 'Not saved: the step named is not on this meeting’s agenda.', [
      { path, message: 'names no agenda step of this meeting' },
    ]);
  }
}

function listHandlers(domain: ListDomain) {
  const key = LIST_DOMAINS[domain];
  const orderField = key === 'actionItems' ? 'rank' : 'position';
  const hasOrder = orderField in RECORD_DEFAULTS[key];
  return {
    [`${domain}.add`]: (input: { meetingId: string } & object, context: HandlerContext) =>
      commitChange(
        context,
        (store) => {
          liveMeeting(context, input.meetingId);
          checkStepReference(store, key, input.meetingId, input, 'stepId');
          const now = context.now();
          const record = {
            ...RECORD_DEFAULTS[key],
            ...(hasOrder ? { [orderField]: store.nextPosition(key, input.meetingId) } : {}),
            ...input,
            id: context.newId(),
            createdAt: now,
            updatedAt: now,
            deletedAt: null,
            createdBy: context.deviceId(),
          };
          const saved = tableOf(store, key).insert(record as ChildRecord);
          store.touchMeeting(input.meetingId, now);
          return saved;
        },
        (saved) => saved.meetingId,
      ),
    [`${domain}.update`]: (input: { id: string; patch: object }, context: HandlerContext) =>
      commitChange(
        context,
        (store) => {
          const current = existing(store, tableOf(store, key), input.id, false);
          checkStepReference(store, key, current.meetingId, input.patch, 'patch.stepId');
          return save(context, store, tableOf(store, key), input.id, input.patch);
        },
        (saved) => saved.meetingId,
      ),
    [`${domain}.remove`]: (input: { id: string }, context: HandlerContext) =>
      commitChange(
        context,
        (store) => {
          existing(store, tableOf(store, key), input.id, false);
          return save(context, store, tableOf(store, key), input.id, { deletedAt: context.now() });
        },
        (saved) => saved.meetingId,
      ),
    [`${domain}.restore`]: (input: { id: string }, context: HandlerContext) =>
      commitChange(
        context,
        (store) => {
          existing(store, tableOf(store, key), input.id, true);
          return save(context, store, tableOf(store, key), input.id, { deletedAt: null });
        },
        (saved) => saved.meetingId,
      ),
  };
}

/**
 * Updates the meeting's one record of a kind (impact, root cause, one question's state),
 * creating it on first write: the person never has to "create" an impact before typing into it.
 */
function upsertSingle(
  context: HandlerContext,
  key: SingleKey | 'questions',
  meetingId: string,
  match: Partial<ChildRecord> & object,
  patch: object,
) {
  return commitChange(
    context,
    (store) => {
      liveMeeting(context, meetingId);
      const table = tableOf(store, key);
      const found = table
        .listWhere('meetingId', meetingId, true)
        .find((record) =>
          Object.entries(match).every(([field, value]) => record[field as keyof ChildRecord] === value),
        );
      if (found) return save(context, store, table, found.id, { ...patch, deletedAt: null });
      const now = context.now();
      const saved = table.insert({
        ...RECORD_DEFAULTS[key],
        ...match,
        ...patch,
        id: context.newId(),
        meetingId,
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
        createdBy: context.deviceId(),
      } as ChildRecord);
      store.touchMeeting(meetingId, now);
      return saved;
    },
    (saved) => saved.meetingId,
  );
}

const crud = Object.assign(
  {},
  ...(Object.keys(LIST_DOMAINS) as ListDomain[]).map(listHandlers),
) as unknown as Pick<Handlers, CrudMethodName>;

/** Handlers for every record of a meeting other than the meeting itself. */
export const recordHandlers: Pick<
  Handlers,
  CrudMethodName | 'impact.update' | 'rootCause.update' | 'questions.update'
> = {
  ...crud,
  'impact.update': (input, context) =>
    upsertSingle(context, 'impact', input.meetingId, {}, input.patch) as Output<'impact.update'>,
  'rootCause.update': (input, context) =>
    upsertSingle(context, 'rootCause', input.meetingId, {}, input.patch) as Output<'rootCause.update'>,
  'questions.update': (input, context) =>
    upsertSingle(
      context,
      'questions',
      input.meetingId,
      { question: input.question } as object,
      input.patch,
    ) as Output<'questions.update'>,
};
