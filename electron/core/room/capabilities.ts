import type { MeetingChange } from '../../../shared/contract/changes';
import type { ContractError, Result } from '../../../shared/contract/errors';
import { CAPTURE_KINDS, type CaptureKind } from '../../../shared/contract/join';
import { specOf, type RecordKind } from '../../../shared/contract/recordKinds';
import type { MeetingRecords } from '../../../shared/types';
import type { Store } from '../repos/store';

/**
 * What a note-taker may do (issue 15): capture the CAPTURE_KINDS (timeline events, action
 * items, parking-lot remarks, question notes: add, and edit what was captured), and read the
 * room's meeting. Everything else (deleting, the agenda and timers, files, the database, other
 * meetings) is the facilitator's. Each capture method's domain names the kind whose table holds
 * the record, where its meeting is read.
 */
const CAPTURE_KIND_OF_DOMAIN = new Map<string, CaptureKind>(
  // Every capture kind is a CrudKind, so it has a domain.
  CAPTURE_KINDS.map((kind) => [specOf(kind).domain!, kind]),
);

export const NOTE_TAKER_METHODS: readonly string[] = [
  'meetings.get',
  ...[...CAPTURE_KIND_OF_DOMAIN.keys()].flatMap((domain) => [`${domain}.add`, `${domain}.update`]),
];

const field = (input: unknown, name: string): unknown =>
  input !== null && typeof input === 'object' ? (input as Record<string, unknown>)[name] : undefined;

const forbidden = (message: string): ContractError => ({ code: 'forbidden', message: `Refused: ${message}` });

/**
 * Checks a note-taker's call against the room's capabilities before the core sees it; null when
 * it may go ahead (the core then validates the payload as for any window). The input is raw, so
 * every field is read defensively; a malformed one is left for the schema to name.
 */
export function refuseOutsideRoom(
  method: string,
  input: unknown,
  meetingId: string,
  store: Store,
): ContractError | null {
  if (!NOTE_TAKER_METHODS.includes(method)) {
    return forbidden(`a note-taker cannot call ${method}; only the room’s capture methods.`);
  }
  if (method === 'meetings.get') {
    return field(input, 'id') === meetingId ? null : forbidden('that is not this room’s meeting.');
  }
  const [domain, action] = method.split('.') as [string, 'add' | 'update'];
  if (action === 'add' && field(input, 'meetingId') !== meetingId) {
    return forbidden('that is not this room’s meeting.');
  }
  const id = field(input, 'id');
  if (typeof id !== 'string') return null;
  const record = store.child(CAPTURE_KIND_OF_DOMAIN.get(domain)!).get(id);
  if (record && record.meetingId !== meetingId) return forbidden('that record belongs to another meeting.');
  return null;
}

/** The stored record a capture update would change, to see which fields it overwrites. */
export function recordBefore(method: string, input: unknown, store: Store): Record<string, unknown> | null {
  const [domain, action] = method.split('.') as [string, string];
  const kind = CAPTURE_KIND_OF_DOMAIN.get(domain);
  const id = field(input, 'id');
  if (action !== 'update' || !kind || typeof id !== 'string') return null;
  return (store.child(kind).get(id) as Record<string, unknown> | undefined) ?? null;
}

/**
 * Records a note-taker never receives (least privilege): the import's people → role mapping names
 * real people, and capturing needs none of it. Held back from `meetings.get` and the change feed.
 */
const HELD_FROM_NOTE_TAKERS = ['importPeople'] as const satisfies readonly RecordKind[];

const held = (kind: string) => (HELD_FROM_NOTE_TAKERS as readonly string[]).includes(kind);

/** A call's answer as a note-taker may see it: the room's meeting without the held-back records. */
export function answerForNoteTaker(method: string, result: Result<unknown>): Result<unknown> {
  if (method !== 'meetings.get' || !result.ok) return result;
  const records = { ...(result.value as MeetingRecords) };
  for (const kind of HELD_FROM_NOTE_TAKERS) records[kind] = [];
  return { ok: true, value: records };
}

/**
 * A change as a note-taker may see it: without the held-back records; null when nothing else
 * changed (a mapping edited on its own tells the room nothing).
 */
export function changeForNoteTaker(change: MeetingChange): MeetingChange | null {
  if (!change.records.some((record) => held(record.kind))) return change;
  const records = change.records.filter((record) => !held(record.kind));
  if (records.length === 0 && !change.reload && !change.order) return null;
  return { ...change, records };
}
