import type Database from 'better-sqlite3';
import {
  MEETING_RECORD_LISTS,
  type Meeting,
  type MeetingRecordList,
  type MeetingRecords,
  type MeetingSummary,
} from '../../../shared/types';
import { createRecordTable, type RecordMeta, type RecordTable, type TableSpec } from './recordTable';
import { TABLES, type TableEntities } from './tables';
import { createTemplateRepo } from './templates';
import { createCoachRepo } from './coach';

export type ListKey = MeetingRecordList;
/** The records a meeting has at most one of. */
export const SINGLE_KEYS = ['impact', 'rootCause'] as const;
export type SingleKey = (typeof SINGLE_KEYS)[number];
export type ChildKey = ListKey | SingleKey;

export type Store = ReturnType<typeof createStore>;

/**
 * Every repo over one connection, plus `transaction`. Statements are prepared once here; the
 * handlers compose these calls inside one synchronous transaction per mutation.
 */
export function createStore(db: Database.Database) {
  const tables = Object.fromEntries(
    Object.entries(TABLES).map(([key, spec]) => [key, createRecordTable(db, spec as TableSpec<RecordMeta>)]),
  ) as unknown as { [K in keyof TableEntities]: RecordTable<TableEntities[K]> };

  // SQLite's lower() folds ASCII only: "STÖRUNG" would not match a search for "störung".
  db.function('unicode_lower', { deterministic: true }, (text) => String(text).toLowerCase());
  const summaries = db.prepare(`
    SELECT m.id, m.title, m.incident_id AS incidentId, m.severity, m.status, m.started_at AS startedAt,
           m.created_at AS createdAt, m.updated_at AS updatedAt,
           (SELECT count(*) FROM action_items a
             WHERE a.meeting_id = m.id AND a.deleted_at IS NULL AND a.status IN ('open', 'in-progress')) AS openActionItems,
           -- Same rule as isOverdue() in shared/domain/actionItems/followThrough.ts: due before today
           -- and not finished. ISO dates compare as text; no @today (an old caller) counts none.
           (SELECT count(*) FROM action_items a
             WHERE a.meeting_id = m.id AND a.deleted_at IS NULL AND a.status IN ('open', 'in-progress')
               AND @today <> '' AND a.due_date IS NOT NULL AND a.due_date < @today) AS overdueActionItems,
           (SELECT count(*) FROM timeline_events t
             WHERE t.meeting_id = m.id AND t.deleted_at IS NULL) AS timelineEvents
      FROM meetings m
     WHERE m.deleted_at IS NULL
       AND (@query = '' OR instr(unicode_lower(m.title), @query) > 0
            OR instr(unicode_lower(m.incident_id), @query) > 0)
     ORDER BY m.updated_at DESC, m.id`);
  const readMeta = db.prepare('SELECT value FROM app_meta WHERE key = ?');
  const writeMeta = db.prepare(
    'INSERT INTO app_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  const nextPosition = new Map(
    (['participants', 'agenda', 'questionNotes', 'rootCauseItems', 'lessons', 'actionItems'] as const).map(
      (key) => {
        const column = key === 'actionItems' ? 'rank' : 'position';
        return [
          key,
          db.prepare(
            `SELECT coalesce(max(${column}), -1) + 1 AS next FROM ${TABLES[key].table} WHERE meeting_id = ?`,
          ),
        ];
      },
    ),
  );

  return {
    db,
    tables,
    templates: createTemplateRepo(db),
    coach: createCoachRepo(db),
    /** Runs `work` in one transaction; better-sqlite3 transactions are synchronous by design. */
    transaction<T>(work: () => T): T {
      return db.transaction(work)();
    },
    /** The library's rows; `today` (`YYYY-MM-DD`, the viewer's day) is what "overdue" counts from. */
    listMeetingSummaries(query: string, today = ''): MeetingSummary[] {
      return summaries.all({ query: query.trim().toLowerCase(), today }) as MeetingSummary[];
    },
    /** The position (or rank) a record appended to the meeting's list gets. */
    nextPosition(key: ListKey, meetingId: string): number {
      const statement = nextPosition.get(key as never);
      return statement ? (statement.get(meetingId) as { next: number }).next : 0;
    },
    /** Marks the meeting changed, so the library sorts it by its last change. */
    touchMeeting(meetingId: string, now: number): Meeting {
      return tables.meetings.update(meetingId, { updatedAt: now });
    },
    /** Every record of a meeting; with `includeDeleted`, tombstones too (for bundles). */
    loadMeetingRecords(meeting: Meeting, includeDeleted: boolean): MeetingRecords {
      // Every child table has `meetingId`; the generic key alone cannot show TypeScript that.
      const list = <K extends ListKey>(key: K) =>
        tables[key].listWhere('meetingId' as never, meeting.id, includeDeleted);
      const single = <K extends SingleKey>(key: K) =>
        tables[key].listWhere('meetingId' as never, meeting.id, includeDeleted)[0] ?? null;
      return {
        meeting,
        participants: list('participants'),
        agenda: list('agenda'),
        timeline: list('timeline'),
        impact: single('impact'),
        questions: list('questions'),
        questionNotes: list('questionNotes'),
        rootCause: single('rootCause'),
        rootCauseItems: list('rootCauseItems'),
        lessons: list('lessons'),
        actionItems: list('actionItems'),
        parkingLot: list('parkingLot'),
      };
    },
    /** Inserts a whole meeting's records as they are (ids and times kept); call inside a transaction. */
    insertMeetingRecords(records: MeetingRecords): void {
      tables.meetings.insert(records.meeting);
      for (const key of MEETING_RECORD_LISTS) {
        for (const record of records[key]) (tables[key] as unknown as RecordTable<RecordMeta>).insert(record);
      }
      for (const key of SINGLE_KEYS) {
        const record = records[key];
        if (record) (tables[key] as unknown as RecordTable<RecordMeta>).insert(record);
      }
    },
    readSetting(key: string): string | undefined {
      return (readMeta.get(key) as { value: string } | undefined)?.value;
    },
    writeSetting(key: string, value: string): void {
      writeMeta.run(key, value);
    },
  };
}
