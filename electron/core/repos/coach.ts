import type Database from 'better-sqlite3';
import type { CoachState, ReflectionAspect } from '../../../shared/domain/coach/reflectionAspects';

/** The coach's tables (migration 0007): dismissed findings and reflection notes per meeting. */
export function createCoachRepo(db: Database.Database) {
  const dismissals = db.prepare(
    'SELECT finding_key AS key FROM coach_dismissals WHERE meeting_id = ? ORDER BY created_at, finding_key',
  );
  const notes = db.prepare('SELECT aspect, note FROM reflection_notes WHERE meeting_id = ? ORDER BY aspect');
  const dismiss = db.prepare(
    'INSERT INTO coach_dismissals (meeting_id, finding_key, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
  );
  const undismiss = db.prepare('DELETE FROM coach_dismissals WHERE meeting_id = ? AND finding_key = ?');
  const writeNote = db.prepare(
    `INSERT INTO reflection_notes (meeting_id, aspect, note, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (meeting_id, aspect) DO UPDATE SET note = excluded.note, updated_at = excluded.updated_at`,
  );
  const removeNote = db.prepare('DELETE FROM reflection_notes WHERE meeting_id = ? AND aspect = ?');

  return {
    state(meetingId: string): CoachState {
      const rows = notes.all(meetingId) as { aspect: ReflectionAspect; note: string }[];
      return {
        meetingId,
        dismissed: (dismissals.all(meetingId) as { key: string }[]).map((row) => row.key),
        notes: Object.fromEntries(rows.map((row) => [row.aspect, row.note])),
      };
    },
    dismiss(meetingId: string, key: string, now: number): void {
      dismiss.run(meetingId, key, now);
    },
    undismiss(meetingId: string, key: string): void {
      undismiss.run(meetingId, key);
    },
    setNote(meetingId: string, aspect: ReflectionAspect, note: string, now: number): void {
      if (note.trim() === '') removeNote.run(meetingId, aspect);
      else writeNote.run(meetingId, aspect, note, now);
    },
  };
}
