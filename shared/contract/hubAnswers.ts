import { z } from 'zod';
import { BUNDLE_LIST_LIMITS, checkReferences } from '../domain/bundle/bundleSchema';
import type { MeetingRecords } from '../types';
import { ERROR_CODES, type Result } from './errors';
import { RECORD_KIND_NAMES, specOf, type RecordKind } from './recordKinds';
import type { RecordChange } from './changes';
import { records } from './records';

/**
 * What a joining Hindsight accepts from a hub: the hub is a peer on the network, so its answers
 * and events pass these schemas (derived from the record declarations, with a bundle's limits
 * and cross-record rules) before anything reaches this app's database.
 */

const recordSchemaOf = (kind: RecordKind) => records[specOf(kind).schema] as z.ZodType;

/** A call's answer envelope. */
export const HubResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({ code: z.enum(ERROR_CODES), message: z.string().max(2000) }),
  }),
]) as z.ZodType<Result<unknown>>;

/** `meetings.get` as the hub answers it: one whole meeting, its records belonging to it. */
export const HubMeeting = z
  .object({
    meeting: records.Meeting,
    ...Object.fromEntries(
      RECORD_KIND_NAMES.map((kind) => [
        kind,
        specOf(kind).cardinality === 'single'
          ? recordSchemaOf(kind).nullable()
          : z.array(recordSchemaOf(kind)).max(BUNDLE_LIST_LIMITS[kind as keyof typeof BUNDLE_LIST_LIMITS]),
      ]),
    ),
  })
  .superRefine((meeting, context) =>
    checkReferences(meeting, (path, message) => context.addIssue({ code: 'custom', path, message })),
  ) as unknown as z.ZodType<MeetingRecords>;

const HubRecordChange = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('meeting'), record: records.Meeting }),
  ...RECORD_KIND_NAMES.map((kind) => z.object({ kind: z.literal(kind), record: recordSchemaOf(kind) })),
]) as unknown as z.ZodType<RecordChange>;

/** A `meetingChanged` event from the hub: the saved records (its counts are this app's to make). */
export const HubChange = z.object({
  meetingId: z.uuid(),
  records: z.array(HubRecordChange).max(10_000),
  reload: z.boolean(),
});
export type HubChange = z.infer<typeof HubChange>;

/** The record a capture's `add` answers, of the capture's kind. */
export function hubRecordOf(kind: RecordKind): z.ZodType<{ id: string; meetingId: string }> {
  return recordSchemaOf(kind) as z.ZodType<{ id: string; meetingId: string }>;
}
