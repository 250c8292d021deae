import type Database from 'better-sqlite3';
import {
  LISTS_AFTER_FIRST_PAINT,
  LISTS_IN_OPEN_MAX,
  type ListsAfterFirstPaint,
  type MeetingOpening,
  type TimelineCursor,
} from '../../../shared/contract/meetings';
import type { Meeting, MeetingRecords, MeetingSummary, TimelineEvent } from '../../../shared/types';
import {
  LIST_KINDS,
  RECORD_KIND_NAMES,
  SINGLE_KINDS,
  specOf,
  type ListKind,
  type RecordKind,
} from '../../../shared/contract/recordKinds';
import {
  createRecordTable,
  snakeCase,
  type RecordMeta,
  type RecordTable,
  type TableSpec,
} from './recordTable';
import { MEETING_LAST_CHANGE, TABLES, type TableEntities } from './tables';
import { createMeetingsTable, type MeetingsTable } from './meetingsTable';
import { createTemplateRepo } from './templates';
import { createCoachRepo } from './coach';
import { createRoomOutboxRepo } from './roomOutbox';

/** A record of a meeting as the generic code sees it: every kind has these fields. */
export type ChildRecord = RecordMeta & { meetingId: string };

export type Store = ReturnType<typeof createStore>;

/** What a table has beyond its record table: the meetings table makes meetings (meetingsTable.ts). */
type TableExtras = { meetings: MeetingsTable } & { [K in RecordKind]: unknown };

/**
 * Every repo over one connection, plus `transaction`. Statements are prepared once here; the
 * handlers compose these calls inside one synchronous transaction per mutation. `onCommit` hears
 * each transaction that ended without an error (the WAL's checkpoints follow them).
 */
export function createStore(db: Database.Database, onCommit: () => void = () => undefined) {
  const tables = {
    meetings: createMeetingsTable(db, TABLES.meetings),
    ...Object.fromEntries(
      RECORD_KIND_NAMES.map((kind) => [kind, createRecordTable(db, TABLES[kind] as TableSpec<RecordMeta>)]),
    ),
  } as unknown as { [K in keyof TableEntities]: RecordTable<TableEntities[K]> & TableExtras[K] };

  // SQLite's lower() folds ASCII only: "STÖRUNG" would not match a search for "störung".
  db.function('unicode_lower', { deterministic: true }, (text) => String(text).toLowerCase());
  const summaries = db.prepare(`
    SELECT meetings.id, meetings.title, meetings.incident_id AS incidentId, meetings.severity, meetings.status,
           meetings.started_at AS startedAt, meetings.created_at AS createdAt, ${MEETING_LAST_CHANGE.updatedAt} AS updatedAt,
           (SELECT count(*) FROM action_items a
             WHERE a.meeting_id = meetings.id AND a.deleted_at IS NULL AND a.status IN ('open', 'in-progress')) AS openActionItems,
           -- Same rule as isOverdue() in shared/domain/actionItems/followThrough.ts: due before today
           -- and not finished. ISO dates compare as text; no @today (an old caller) counts none.
           (SELECT count(*) FROM action_items a
             WHERE a.meeting_id = meetings.id AND a.deleted_at IS NULL AND a.status IN ('open', 'in-progress')
               AND @today <> '' AND a.due_date IS NOT NULL AND a.due_date < @today) AS overdueActionItems,
           -- Kept by triggers (migration 0016): counting the log here grew with the whole library.
           coalesce(meeting_log_counts.live_events, 0) AS timelineEvents
      FROM meetings ${MEETING_LAST_CHANGE.join}
     WHERE meetings.deleted_at IS NULL
       AND (@query = '' OR instr(unicode_lower(meetings.title), @query) > 0
            OR instr(unicode_lower(meetings.incident_id), @query) > 0)
     ORDER BY updatedAt DESC, meetings.id`);
  const readMeta = db.prepare('SELECT value FROM app_meta WHERE key = ?');
  const writeMeta = db.prepare(
    'INSERT INTO app_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  // "Last" for a kind with a manual order: max() over the (meeting_id, order) index is one seek.
  const nextPosition = new Map(
    RECORD_KIND_NAMES.flatMap((kind) => {
      const order = specOf(kind).order;
      if (order === null) return [];
      const sql = `SELECT coalesce(max(${snakeCase(order)}), -1) + 1 AS next FROM ${specOf(kind).table} WHERE meeting_id = ?`;
      return [[kind, db.prepare(sql)] as const];
    }),
  );
  // The event log's pages, keyset by its declared order: each page is one seek along the
  // (meeting_id, at) index, however far into the log it starts.
  const logOrder = [...specOf('timeline').sortBy.map(snakeCase), 'id'];
  const logTable = specOf('timeline').table;
  const livePage = (after: string) =>
    db.prepare(
      `SELECT * FROM ${logTable} WHERE meeting_id = @meetingId AND deleted_at IS NULL${after}
        ORDER BY ${logOrder.join(', ')} LIMIT @limit`,
    );
  const firstPage = livePage('');
  const laterPage = livePage(` AND (${logOrder.join(', ')}) > (@at, @createdAt, @id)`);
  // Counts of live records along each kind's (meeting_id, …) index: the event log's, and the later lists'.
  const liveCount = new Map(
    (['timeline', ...LISTS_AFTER_FIRST_PAINT] as const).map((kind) => {
      const sql = `SELECT count(*) FROM ${specOf(kind).table} WHERE meeting_id = ? AND deleted_at IS NULL`;
      return [kind, db.prepare(sql).pluck()] as const;
    }),
  );
  const countLive = (kind: 'timeline' | (typeof LISTS_AFTER_FIRST_PAINT)[number], meetingId: string) =>
    liveCount.get(kind)!.get(meetingId) as number;
  // Made once: db.transaction() builds four wrapper functions each time it is called, on every write.
  const immediate = db.transaction((work: () => unknown) => work()).immediate;
  // The mark goes into the meeting's counts row (migration 0020), the page an event's write
  // already dirties, not into the wide meeting row. Reads take the later of it and the meeting's
  // own last save (MEETING_LAST_CHANGE). No RETURNING: it costs a write ~3 µs more.
  const touch = db.prepare(
    `INSERT INTO meeting_log_counts (meeting_id, changed_at)
     SELECT id, ? FROM meetings WHERE id = ? AND deleted_at IS NULL
     ON CONFLICT (meeting_id) DO UPDATE SET changed_at = excluded.changed_at`,
  );
  const child = (kind: RecordKind) => tables[kind] as unknown as RecordTable<ChildRecord>;
  /** The lists of `kinds` of a meeting; with `includeDeleted`, tombstones too. */
  const loadLists = <K extends ListKind>(meetingId: string, kinds: readonly K[], includeDeleted: boolean) => {
    const lists: Record<string, unknown> = {};
    for (const kind of kinds) lists[kind] = child(kind).listWhere('meetingId', meetingId, includeDeleted);
    return lists as Pick<MeetingRecords, K>;
  };
  const insertChildRecords = (records: MeetingRecords) => {
    for (const kind of LIST_KINDS) for (const record of records[kind]) child(kind).insert(record);
    for (const kind of SINGLE_KINDS) {
      const record = records[kind];
      if (record) child(kind).insert(record);
    }
  };
  /** A meeting's records, the lists named in `later` left empty (they are loaded on their own). */
  const loadRecords = (meeting: Meeting, includeDeleted: boolean, later: readonly ListKind[] = []): MeetingRecords => {
    const loaded: Record<string, unknown> = {
      meeting,
      ...Object.fromEntries(later.map((kind) => [kind, []])),
      ...loadLists(meeting.id, LIST_KINDS.filter((kind) => !later.includes(kind)), includeDeleted),
    };
    for (const kind of SINGLE_KINDS) {
      loaded[kind] = child(kind).listWhere('meetingId', meeting.id, includeDeleted)[0] ?? null;
    }
    return loaded as MeetingRecords;
  };

  return {
    db,
    tables,
    templates: createTemplateRepo(db),
    coach: createCoachRepo(db),
    roomOutbox: createRoomOutboxRepo(db),
    /**
     * Runs `work` in one transaction; better-sqlite3 transactions are synchronous by design.
     * IMMEDIATE takes the write lock before the first read: a deferred transaction that reads,
     * then writes, is refused at once ("database is locked") when another process wrote
     * meanwhile, whatever the busy timeout; this one waits its turn instead.
     */
    transaction<T>(work: () => T): T {
      const result = immediate(work) as T;
      // Nested in another (a room's group, core.together), it was a savepoint: the commit is the outer one's.
      if (!db.inTransaction) onCommit();
      return result;
    },
    /** The library's rows; `today` (`YYYY-MM-DD`, the viewer's day) is what "overdue" counts from. */
    listMeetingSummaries(query: string, today = ''): MeetingSummary[] {
      return summaries.all({ query: query.trim().toLowerCase(), today }) as MeetingSummary[];
    },
    /** The generic view of one kind's table (every kind has a `meetingId`). */
    child,
    /** The position (or rank) a record appended to the meeting's list of `kind` gets. */
    nextPosition(kind: RecordKind, meetingId: string): number {
      const statement = nextPosition.get(kind);
      return statement ? (statement.get(meetingId) as { next: number }).next : 0;
    },
    /**
     * Marks a live meeting changed, so the library sorts it by its last change; false (nothing
     * written) when there is no live meeting with that id. One statement serves as both the
     * check and the write, so a record's write costs no read of its meeting.
     */
    touchMeeting(meetingId: string, now: number): boolean {
      return touch.run(now, meetingId).changes === 1;
    },
    /** Every record of a meeting; with `includeDeleted`, tombstones too (for bundles). */
    loadMeetingRecords(meeting: Meeting, includeDeleted: boolean): MeetingRecords {
      return loadRecords(meeting, includeDeleted);
    },
    /**
     * A meeting's live records but its event log, and how many events the log holds. The lists of
     * `LISTS_AFTER_FIRST_PAINT` are left empty when they hold more than `LISTS_IN_OPEN_MAX` records.
     */
    loadMeetingOpening(meeting: Meeting): MeetingOpening {
      const listed = LISTS_AFTER_FIRST_PAINT.reduce((sum, kind) => sum + countLive(kind, meeting.id), 0);
      const listsIncluded = listed <= LISTS_IN_OPEN_MAX;
      const records = loadRecords(meeting, false, ['timeline', ...(listsIncluded ? [] : LISTS_AFTER_FIRST_PAINT)]);
      return { records, timelineCount: countLive('timeline', meeting.id), listsIncluded };
    },
    /** The live records of a meeting's `LISTS_AFTER_FIRST_PAINT`. */
    loadListsAfterFirstPaint(meetingId: string): ListsAfterFirstPaint {
      return loadLists(meetingId, LISTS_AFTER_FIRST_PAINT, false);
    },
    /** Up to `limit` live events of a meeting after `after` (from the first when null), in the log's order. */
    timelinePage(meetingId: string, after: TimelineCursor | null, limit: number): TimelineEvent[] {
      const rows = (after ? laterPage.all({ meetingId, limit, ...after }) : firstPage.all({ meetingId, limit })) as Record<
        string,
        unknown
      >[];
      return rows.map(tables.timeline.fromRow);
    },
    /** Inserts a whole meeting's records as they are (ids and times kept); call inside a transaction. */
    insertMeetingRecords(records: MeetingRecords): void {
      tables.meetings.insert(records.meeting);
      insertChildRecords(records);
    },
    /**
     * Inserts the records of a meeting made here (a copy), the meeting revised at its creation;
     * answers the meeting as saved. Call inside a transaction.
     */
    createMeetingRecords(records: MeetingRecords): Meeting {
      const meeting = tables.meetings.create(records.meeting);
      insertChildRecords(records);
      return meeting;
    },
    readSetting(key: string): string | undefined {
      return (readMeta.get(key) as { value: string } | undefined)?.value;
    },
    writeSetting(key: string, value: string): void {
      writeMeta.run(key, value);
    },
  };
}
