import { z } from 'zod';
import { method, type MethodSpec } from './define';
import { records } from './records';
import {
  RECORD_KINDS,
  type CrudKind,
  type OrderedKind,
  type RecordKinds,
  type RecordOf,
} from './recordKinds';

export const recordId = z.uuid({ error: 'not a record id (UUID)' });

/** `{ id }`: names one record. */
export const RecordRef = z.object({ id: recordId });

/** Any subset of `fields`, but at least one of them. */
export function nonEmptyPatch<Fields extends z.ZodRawShape>(fields: z.ZodObject<Fields>) {
  return fields.partial().refine((patch) => Object.keys(patch).length > 0, 'nothing to change');
}

/** `{ id, patch }` with at least one field to change. */
export function patchOf<Fields extends z.ZodRawShape>(fields: z.ZodObject<Fields>) {
  return z.object({ id: recordId, patch: nonEmptyPatch(fields) });
}

type Shape<K extends keyof RecordKinds> = (typeof records)[RecordKinds[K]['schema']]['shape'];
type Editable<K extends keyof RecordKinds> = RecordKinds[K]['editable'][number] & keyof Shape<K>;
type WithoutDefault<S> = Extract<S extends z.ZodDefault<infer Inner> ? Inner : S, z.ZodType>;

/** The fields a person edits on a kind, as a schema: the `add` input and the `update` patch. */
export type FieldsOf<K extends keyof RecordKinds> = z.ZodObject<{
  [F in Editable<K>]: WithoutDefault<Shape<K>[F]>;
}>;

/**
 * The editable fields of a kind (its declaration's `editable`). A bundle's default (for files
 * written before a field existed) is dropped: here it would put the field into every patch.
 */
export function fieldsOf<K extends keyof RecordKinds>(name: K): FieldsOf<K> {
  const schema = records[RECORD_KINDS[name].schema] as unknown as z.ZodObject<z.ZodRawShape>;
  const shape = Object.fromEntries(
    RECORD_KINDS[name].editable.map((field) => {
      const fieldSchema = schema.shape[field]!;
      return [field, fieldSchema instanceof z.ZodDefault ? fieldSchema.unwrap() : fieldSchema];
    }),
  );
  return z.object(shape) as unknown as FieldsOf<K>;
}

type Domain<K extends CrudKind> = RecordKinds[K]['domain'];
type Required<K extends CrudKind> = RecordKinds[K]['required'][number] & Editable<K>;
type FieldShape<K extends CrudKind> = FieldsOf<K>['shape'];

/** `add`'s input: the required fields, any others, the meeting and optionally the record's own id. */
type AddInput<K extends CrudKind> = z.ZodObject<
  { meetingId: typeof recordId; id: z.ZodOptional<typeof recordId> } & {
    [F in Exclude<keyof FieldShape<K>, Required<K>>]: z.ZodOptional<FieldShape<K>[F]>;
  } & Pick<FieldShape<K>, Required<K>>
>;

type CrudMethods<K extends CrudKind> = {
  [M in `${Domain<K>}.add`]: MethodSpec<AddInput<K>, RecordOf<K>>;
} & { [M in `${Domain<K>}.update`]: MethodSpec<ReturnType<typeof patchOf<FieldShape<K>>>, RecordOf<K>> } & {
  [M in `${Domain<K>}.remove` | `${Domain<K>}.restore`]: MethodSpec<typeof RecordRef, RecordOf<K>>;
};

/**
 * The four methods every list kind with a `domain` has: add (appended, with the declared defaults
 * for what is left out), update (a partial patch), remove (soft delete, DESIGN.md section 3) and
 * restore (undo of a remove).
 *
 * `add` takes an optional client-made `id` (a UUID) so that a write sent twice (an offline
 * outbox replaying after a dropped connection) is saved once: a second add with the same id
 * answers the record the first one saved and writes nothing.
 */
export function recordMethods<K extends CrudKind>(name: K): CrudMethods<K> {
  const spec = RECORD_KINDS[name];
  const fields = fieldsOf(name) as unknown as z.ZodObject<z.ZodRawShape>;
  const requiredMask = Object.fromEntries(spec.required.map((key) => [key, true])) as Record<string, true>;
  const addInput = fields
    .partial()
    .required(requiredMask as never)
    .extend({ meetingId: recordId, id: recordId.optional() });
  return {
    [`${spec.domain}.add`]: method(addInput).returns(),
    [`${spec.domain}.update`]: method(patchOf(fields)).returns(),
    [`${spec.domain}.remove`]: method(RecordRef).returns(),
    [`${spec.domain}.restore`]: method(RecordRef).returns(),
  } as unknown as CrudMethods<K>;
}

/**
 * A new order: every live record of the list, each once, first to last. `basedOn` is the order
 * the window showed when the person moved one; when the stored order differs, the move was made
 * on a stale list and is refused (`conflict`) rather than merged silently.
 */
export const ReorderInput = z.object({
  meetingId: recordId,
  orderedIds: z.array(recordId).max(10_000, 'more than 10,000 records'),
  basedOn: z.array(recordId).max(10_000, 'more than 10,000 records').optional(),
});

/** `<domain>.reorder` of a kind with a drag-and-drop order: saves the order in one transaction. */
export function reorderMethod<K extends OrderedKind>(name: K) {
  return {
    [`${RECORD_KINDS[name].domain}.reorder`]: method(ReorderInput).returns<RecordOf<K>[]>(),
  } as { [M in `${Domain<K>}.reorder`]: MethodSpec<typeof ReorderInput, RecordOf<K>[]> };
}
