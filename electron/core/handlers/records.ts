import type { MethodName, Output } from '../../../shared/contract';
import {
  CRUD_KINDS,
  ORDERED_KINDS,
  specOf,
  type CrudKind,
  type OrderedKind,
  type RecordKind,
  type RecordKinds,
} from '../../../shared/contract/recordKinds';
import { orderProblem, sameOrder } from '../../../shared/domain/actionItems/rank';
import type { RecordTable } from '../repos/recordTable';
import type { ChildRecord, Store } from '../repos/store';
import type { ChangeRecorder } from './changes';
import { commitChange, HandlerError, type HandlerContext, type Handlers } from './context';

type Domain<K extends RecordKind> = RecordKinds[K]['domain'] & string;
type CrudMethodName = `${Domain<CrudKind>}.${'add' | 'update' | 'remove' | 'restore'}` & MethodName;
type ReorderMethodName = `${Domain<OrderedKind>}.reorder` & MethodName;

function existing(table: RecordTable<ChildRecord>, id: string, wantDeleted: boolean): ChildRecord {
  const record = table.get(id);
  if (!record || (record.deletedAt !== null) !== wantDeleted) {
    throw new HandlerError('not-found', `No ${wantDeleted ? 'deleted ' : ''}record with id ${id}.`);
  }
  return record;
}

const DELETED_MEETING = 'The meeting of this record is deleted: restore the meeting to change its records.';

/** Saves `patch` on `current` and marks its meeting changed, in the caller's transaction. */
function save(
  context: HandlerContext,
  change: ChangeRecorder,
  kind: RecordKind,
  table: RecordTable<ChildRecord>,
  current: ChildRecord,
  patch: object,
) {
  const now = context.now();
  // The records of a deleted meeting are as deleted as the meeting (issue 11 point 11).
  change.touch(current.meetingId, now, DELETED_MEETING);
  const saved = table.save(current, { ...patch, updatedAt: now });
  change.record(kind, saved as never, current as never);
  return saved;
}

/**
 * A parking-lot item may name only a step of its own meeting. A bundle carries one meeting, so
 * a reference to anything else would make the meeting impossible to export and import back.
 */
function checkStepReference(store: Store, kind: RecordKind, meetingId: string, fields: object, path: string) {
  const stepId = kind === 'parkingLot' ? (fields as { stepId?: string | null }).stepId : undefined;
  if (stepId === undefined || stepId === null) return;
  const step = store.tables.agenda.get(stepId);
  if (!step || step.meetingId !== meetingId) {
    throw new HandlerError('invalid-input', 'Not saved: the step named is not on this meeting’s agenda.', [
      { path, message: 'names no agenda step of this meeting' },
    ]);
  }
}

/**
 * Thrown inside an add's transaction when its client-made id is already saved there: the add is
 * a repeat (a resend after a lost answer), so what it wrote is rolled back and the record the
 * first add saved is the answer.
 */
class RepeatedAdd extends Error {
  constructor(readonly record: ChildRecord) {
    super('repeated add');
  }
}

/**
 * Inserts `record`, the primary key telling a repeat of an add (same client-made id) apart: a new
 * id costs no read by id first. An id another meeting's record holds is refused: it cannot be
 * this add's record.
 */
function insertUnlessRepeated(table: RecordTable<ChildRecord>, record: ChildRecord): ChildRecord {
  try {
    return table.insert(record);
  } catch (error) {
    const found = (error as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ? table.get(record.id) : undefined;
    if (!found) throw error;
    if (found.meetingId === record.meetingId) throw new RepeatedAdd(found);
    throw new HandlerError('conflict', `Not saved: the id ${record.id} belongs to another meeting’s record.`, [
      { path: 'id', message: 'already used by another meeting' },
    ]);
  }
}

/** A new record of `kind`: its declared defaults, then `fields`, then what every record carries. */
function newRecord(kind: RecordKind, fields: object, id: string, context: HandlerContext, now: number) {
  return {
    ...specOf(kind).defaults,
    ...fields,
    id,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    createdBy: context.deviceId(),
  } as ChildRecord;
}

function crudHandlers(kind: CrudKind) {
  const spec = specOf(kind);
  return {
    [`${spec.domain}.add`]: (input: { meetingId: string; id?: string }, context: HandlerContext) => {
      try {
        return commitChange(context, (store, change) => {
          const now = context.now();
          change.touch(input.meetingId, now);
          checkStepReference(store, kind, input.meetingId, input, 'stepId');
          // Appended unless the input names its place; newRecord sets the `id` the input may carry.
          const fields = spec.order
            ? { [spec.order]: store.nextPosition(kind, input.meetingId), ...input }
            : input;
          const record = newRecord(kind, fields, input.id ?? context.newId(), context, now);
          const saved = insertUnlessRepeated(store.child(kind), record);
          change.record(kind, saved as never, null);
          return saved;
        });
      } catch (error) {
        if (error instanceof RepeatedAdd) return error.record;
        throw error;
      }
    },
    [`${spec.domain}.update`]: (input: { id: string; patch: object }, context: HandlerContext) =>
      commitChange(context, (store, change) => {
        const current = existing(store.child(kind), input.id, false);
        checkStepReference(store, kind, current.meetingId, input.patch, 'patch.stepId');
        return save(context, change, kind, store.child(kind), current, input.patch);
      }),
    [`${spec.domain}.remove`]: (input: { id: string }, context: HandlerContext) =>
      commitChange(context, (store, change) => {
        const current = existing(store.child(kind), input.id, false);
        return save(context, change, kind, store.child(kind), current, { deletedAt: context.now() });
      }),
    [`${spec.domain}.restore`]: (input: { id: string }, context: HandlerContext) =>
      commitChange(context, (store, change) => {
        const current = existing(store.child(kind), input.id, true);
        return save(context, change, kind, store.child(kind), current, { deletedAt: null });
      }),
  };
}

/**
 * `<domain>.reorder` of a kind with a drag-and-drop order: one transaction that checks the
 * requested order against the stored one and writes 0..n-1 into the order field.
 */
function reorderHandler(kind: OrderedKind) {
  const spec = specOf(kind);
  const order = spec.order!;
  return {
    [`${spec.domain}.reorder`]: (
      input: { meetingId: string; orderedIds: string[]; basedOn?: string[] },
      context: HandlerContext,
    ) =>
      commitChange(context, (store, change) => {
        const now = context.now();
        change.touch(input.meetingId, now);
        const table = store.child(kind);
        const current = table.listWhere('meetingId', input.meetingId, false);
        const currentIds = current.map((record) => record.id);
        // Checked inside the transaction, so no other window can change the list in between.
        if (input.basedOn && !sameOrder(input.basedOn, currentIds)) {
          throw new HandlerError(
            'conflict',
            `Not saved: the ${spec.noun} were reordered or changed in another window. The list now shows the saved order; make the move again.`,
          );
        }
        const problem = orderProblem(currentIds, input.orderedIds, spec.noun);
        if (problem) {
          // A duplicate or another meeting's record is a bad request; anything else (one
          // missing, or one since deleted) means the list was built before a change elsewhere.
          const foreign = input.orderedIds.some((id) => {
            const record = table.get(id);
            return record !== undefined && record.meetingId !== input.meetingId;
          });
          const duplicate = new Set(input.orderedIds).size !== input.orderedIds.length;
          const code = foreign || duplicate ? 'invalid-input' : 'conflict';
          throw new HandlerError(code, `Not saved: ${problem}`, [{ path: 'orderedIds', message: problem }]);
        }
        const byId = new Map(current.map((record) => [record.id, record]));
        const saved = input.orderedIds.map((id, place) => {
          const record = byId.get(id)!;
          // Only moved records get a new updated_at: a merge then carries the new order without
          // overwriting edits made elsewhere to records whose place did not change.
          if ((record as unknown as Record<string, unknown>)[order] === place) return record;
          const moved = table.save(record, { [order]: place, updatedAt: now });
          change.record(kind, moved as never, record as never);
          return moved;
        });
        change.order(kind, input.orderedIds);
        return saved;
      }),
  };
}

/**
 * Updates the meeting's one record of a kind (impact, root cause, one question's state),
 * creating it on first write: the person never has to "create" an impact before typing into it.
 */
function upsertSingle(
  context: HandlerContext,
  kind: 'impact' | 'rootCause' | 'questions',
  meetingId: string,
  match: object,
  patch: object,
) {
  return commitChange(context, (store, change) => {
    const now = context.now();
    change.touch(meetingId, now);
    const table = store.child(kind);
    const found = table
      .listWhere('meetingId', meetingId, true)
      .find((record) =>
        Object.entries(match).every(([field, value]) => record[field as keyof ChildRecord] === value),
      );
    if (found) return save(context, change, kind, table, found, { ...patch, deletedAt: null });
    const saved = table.insert(
      newRecord(kind, { ...match, ...patch, meetingId }, context.newId(), context, now),
    );
    change.record(kind, saved as never, null);
    return saved;
  });
}

const generic = Object.assign(
  {},
  ...CRUD_KINDS.map(crudHandlers),
  ...ORDERED_KINDS.map(reorderHandler),
) as unknown as Pick<Handlers, CrudMethodName | ReorderMethodName>;

/** Handlers for every record of a meeting other than the meeting itself. */
export const recordHandlers: Pick<
  Handlers,
  CrudMethodName | ReorderMethodName | 'impact.update' | 'rootCause.update' | 'questions.update'
> = {
  ...generic,
  'impact.update': (input, context) =>
    upsertSingle(context, 'impact', input.meetingId, {}, input.patch) as Output<'impact.update'>,
  'rootCause.update': (input, context) =>
    upsertSingle(context, 'rootCause', input.meetingId, {}, input.patch) as Output<'rootCause.update'>,
  'questions.update': (input, context) =>
    upsertSingle(
      context,
      'questions',
      input.meetingId,
      { question: input.question },
      input.patch,
    ) as Output<'questions.update'>,
};
