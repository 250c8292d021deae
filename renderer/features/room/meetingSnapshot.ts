import type { MeetingRecords } from '../../../shared/types';
import { readStoredJson, writeStoredJson } from './storedJson';

/** The lists a note-taker captures into: only this browser's own records of them are kept. */
const CAPTURED = ['timeline', 'actionItems', 'parkingLot', 'questionNotes'] as const;

const looksLikeRecords = (value: unknown): value is MeetingRecords =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as MeetingRecords).meeting?.id === 'string' &&
  [...CAPTURED, 'agenda' as const].every((list) => Array.isArray((value as MeetingRecords)[list]));

/**
 * The meeting as this browser last saw it, kept so that a page reloaded with the network down
 * still shows the step, and lets the note-taker keep capturing. Small whatever the meeting's
 * size: of the captured lists it keeps this browser's records (for "your captures") and the
 * latest event (which a typed time is read after); the hub's answer replaces it on reconnect.
 */
export function meetingSnapshot(storage: Storage, key: string) {
  return {
    read: (): MeetingRecords | null => readStoredJson(storage, key, looksLikeRecords, null),
    write(records: MeetingRecords, mine: ReadonlySet<string>): void {
      const latestEvent = records.timeline.at(-1);
      const kept: Record<string, unknown> = { ...records };
      for (const list of CAPTURED) {
        kept[list] = (records[list] as { id: string }[]).filter(
          (record) => mine.has(record.id) || record === latestEvent,
        );
      }
      // Storage full: the outbox matters more than the snapshot, and it is written first.
      writeStoredJson(storage, key, kept);
    },
  };
}
