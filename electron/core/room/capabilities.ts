import type { ContractError } from '../../../shared/contract/errors';
import type { Store } from '../repos/store';

/**
 * What a note-taker may do (issue 15): capture timeline events, action items, parking-lot
 * remarks and question notes (add, and edit what was captured), and read the room's meeting.
 * Everything else (deleting, the agenda and timers, files, the database, other meetings) is the
 * facilitator's. The table behind each capture domain names where a record's meeting is read.
 */
const CAPTURE_TABLES = {
  timeline: 'timeline',
  actionItems: 'actionItems',
  parkingLot: 'parkingLot',
  questionNotes: 'questionNotes',
} as const;

type CaptureDomain = keyof typeof CAPTURE_TABLES;

export const NOTE_TAKER_METHODS: readonly string[] = [
  'meetings.get',
  ...Object.keys(CAPTURE_TABLES).flatMap((domain) => [`${domain}.add`, `${domain}.update`]),
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
  const [domain, action] = method.split('.') as [CaptureDomain, 'add' | 'update'];
  if (action === 'add' && field(input, 'meetingId') !== meetingId) {
    return forbidden('that is not this room’s meeting.');
  }
  const id = field(input, 'id');
  if (typeof id !== 'string') return null;
  const record = store.tables[CAPTURE_TABLES[domain]].get(id);
  if (record && record.meetingId !== meetingId) return forbidden('that record belongs to another meeting.');
  return null;
}

/** The stored record a capture update would change, to see which fields it overwrites. */
export function recordBefore(method: string, input: unknown, store: Store): Record<string, unknown> | null {
  const [domain, action] = method.split('.') as [CaptureDomain, string];
  const id = field(input, 'id');
  if (action !== 'update' || !(domain in CAPTURE_TABLES) || typeof id !== 'string') return null;
  return (store.tables[CAPTURE_TABLES[domain]].get(id) as Record<string, unknown> | undefined) ?? null;
}
