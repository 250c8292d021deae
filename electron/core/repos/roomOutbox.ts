import type Database from 'better-sqlite3';
import type { ContractError } from '../../../shared/contract/errors';
import type { CaptureMethod, JoinCapture } from '../../../shared/contract/join';

export interface OutboxRow {
  entry: JoinCapture;
  sent: boolean;
  /** The hub's answer, when it refused the capture for good. */
  refusal: ContractError | null;
}

/**
 * The joined room's outbox (migration 0010): each capture made here as a note-taker, in the
 * order captured, until the hub confirmed it (sent) or refused it for good.
 */
export function createRoomOutboxRepo(db: Database.Database) {
  const insert = db.prepare(
    `INSERT INTO room_outbox (record_id, meeting_id, method, input, created_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (record_id) DO NOTHING`,
  );
  const list = db.prepare(
    `SELECT record_id AS id, method, input, sent_at AS sentAt, refusal FROM room_outbox
      WHERE meeting_id = ? ORDER BY seq`,
  );
  const markSent = db.prepare('UPDATE room_outbox SET sent_at = ? WHERE record_id = ?');
  const markRefused = db.prepare('UPDATE room_outbox SET sent_at = ?, refusal = ? WHERE record_id = ?');
  const removeRefused = db.prepare(
    'DELETE FROM room_outbox WHERE record_id = ? AND meeting_id = ? AND refusal IS NOT NULL',
  );

  return {
    /** Keeps a capture to send; a second one with the same record id is the same capture. */
    add(meetingId: string, entry: JoinCapture, now: number): void {
      insert.run(entry.id, meetingId, entry.method, JSON.stringify(entry.input), now);
    },
    rows(meetingId: string): OutboxRow[] {
      const rows = list.all(meetingId) as {
        id: string;
        method: CaptureMethod;
        input: string;
        sentAt: number | null;
        refusal: string | null;
      }[];
      return rows.map((row) => ({
        entry: { id: row.id, method: row.method, input: JSON.parse(row.input) as Record<string, unknown> },
        sent: row.sentAt !== null,
        refusal: row.refusal === null ? null : (JSON.parse(row.refusal) as ContractError),
      }));
    },
    markSent(recordId: string, now: number): void {
      markSent.run(now, recordId);
    },
    markRefused(recordId: string, error: ContractError, now: number): void {
      markRefused.run(now, JSON.stringify({ code: error.code, message: error.message }), recordId);
    },
    /** Forgets a refused capture (a waiting or sent one stays). */
    removeRefused(meetingId: string, recordId: string): void {
      removeRefused.run(recordId, meetingId);
    },
  };
}

export type RoomOutboxRepo = ReturnType<typeof createRoomOutboxRepo>;
