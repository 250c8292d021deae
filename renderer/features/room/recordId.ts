import type { CaptureMethod, JoinCapture } from '../../../shared/contract/join';
import type { MeetingRecords } from '../../../shared/types';

/**
 * A version-4 UUID for a record the note-taker captures. `crypto.randomUUID` exists only in
 * secure contexts, and a room page on a LAN address (http://192.168.…) is not one;
 * `getRandomValues` is there in every context.
 */
export function newRecordId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A capture into the meeting shown: its input with the record id made here and the meeting's. */
export function newCapture(
  records: MeetingRecords | null,
  method: CaptureMethod,
  input: Record<string, unknown>,
): JoinCapture {
  if (!records) throw new Error('Nothing is captured before the meeting is shown.');
  const id = newRecordId();
  return { id, method, input: { ...input, id, meetingId: records.meeting.id } };
}
