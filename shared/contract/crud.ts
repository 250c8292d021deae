import { z } from 'zod';
import { method, type MethodSpec } from './define';

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

type CrudMethods<
  Domain extends string,
  Fields extends z.ZodRawShape,
  Required extends keyof Fields,
  Entity,
> = {
  [K in `${Domain}.add`]: MethodSpec<
    z.ZodObject<
      { meetingId: typeof recordId; id: z.ZodOptional<typeof recordId> } & {
        [K in Exclude<keyof Fields, Required>]: z.ZodOptional<Fields[K]>;
      } & Pick<Fields, Required>
    >,
    Entity
  >;
} & { [K in `${Domain}.update`]: MethodSpec<ReturnType<typeof patchOf<Fields>>, Entity> } & {
  [K in `${Domain}.remove` | `${Domain}.restore`]: MethodSpec<typeof RecordRef, Entity>;
};

/**
 * The four methods every list record of a meeting has: add (appended, with defaults for what is
 * left out), update (a partial patch), remove (soft delete, DESIGN.md section 3) and restore
 * (undo of a remove). `required` names the fields `add` cannot do without. `add` may carry the
 * record's id (made by the client): adding it again answers the stored record, unchanged.
 */
export function crudMethods<
  Domain extends string,
  Fields extends z.ZodRawShape,
  Required extends keyof Fields,
>(domain: Domain, fields: z.ZodObject<Fields>, required: readonly Required[]) {
  return <Entity>(): CrudMethods<Domain, Fields, Required, Entity> => {
    const requiredMask = Object.fromEntries(required.map((key) => [key, true])) as Record<string, true>;
    const addInput = fields
      .partial()
      .required(requiredMask as never)
      // A client-made id makes the add idempotent: a note-taker's outbox may send it twice.
      .extend({ meetingId: recordId, id: recordId.optional() });
    return {
      [`${domain}.add`]: method(addInput).returns<Entity>(),
      [`${domain}.update`]: method(patchOf(fields)).returns<Entity>(),
      [`${domain}.remove`]: method(RecordRef).returns<Entity>(),
      [`${domain}.restore`]: method(RecordRef).returns<Entity>(),
    } as unknown as CrudMethods<Domain, Fields, Required, Entity>;
  };
}
