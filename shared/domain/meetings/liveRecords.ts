import { LIST_KINDS, SINGLE_KINDS } from '../../contract/recordKinds';
import type { MeetingRecords } from '../../types';

type Deletable = { deletedAt: number | null };

/**
 * Records still alive: deleted ones are kept for merging and undo, never reported. Every kind the
 * declaration lists is filtered, so a new kind cannot be reported with its deleted records.
 */
export function liveRecords(records: MeetingRecords): MeetingRecords {
  const live: Record<string, unknown> = { ...records };
  for (const kind of LIST_KINDS) {
    live[kind] = (records[kind] as Deletable[]).filter((record) => record.deletedAt === null);
  }
  for (const kind of SINGLE_KINDS) {
    const record = records[kind] as Deletable | null;
    live[kind] = record && record.deletedAt === null ? record : null;
  }
  return live as unknown as MeetingRecords;
}
