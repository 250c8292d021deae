import { z } from 'zod';
import { userText } from './text';
import { CLOCK_SETTINGS } from '../domain/format/clock';
import {
  ACTION_STATUSES,
  ACTION_TYPES,
  EVENT_KINDS,
  EVENT_SOURCES,
  FISHBONE_CATEGORIES,
  LESSON_KINDS,
  MEETING_STATUSES,
  MITIGATION_OUTCOMES,
  PARTICIPANT_ROLES,
  QUESTIONS,
  ROOT_CAUSE_ITEM_KINDS,
  SEVERITIES,
  STEP_KINDS,
} from '../domain/vocabulary';

/**
 * The stored records of DESIGN.md section 3, as zod schemas.
 *
 * Timestamps are UTC milliseconds in the app and ISO 8601 strings in a meeting bundle. The
 * `timestamp` codec is the bundle's rule: decoding turns strings into milliseconds (with a
 * "not a date" issue at the exact JSON path when it cannot), encoding turns them back.
 */
export const timestamp = z.codec(
  z.iso.datetime({ offset: true, error: 'not a date (expected ISO 8601, e.g. 2026-03-05T09:31:05Z)' }),
  z.number().int().nonnegative(),
  {
    decode: (text) => Date.parse(text),
    encode: (ms) => new Date(ms).toISOString(),
  },
);

/** A calendar day such as a due date: no time, no zone. */
export const calendarDate = z.iso.date({ error: 'not a calendar date (expected YYYY-MM-DD)' });

const count = z.number().int().nonnegative();

/**
 * Builds every record schema over one encoding of time: milliseconds for the app and its contract,
 * ISO strings (the `timestamp` codec) for bundles. One definition of every field and limit.
 */
function defineRecords<Time extends z.ZodType<number, unknown>>(time: Time) {
  /** Fields every record carries so that bundles from several laptops merge without duplicates. */
  const recordMeta = {
    id: z.uuid({ error: 'not a UUID' }),
    createdAt: time,
    updatedAt: time,
    deletedAt: time.nullable(),
    /** The device (or author) that created the record. */
    createdBy: userText(200).min(1, 'empty'),
  };

  const childMeta = { ...recordMeta, meetingId: z.uuid({ error: 'not a UUID' }) };

  const meetingFields = {
    ...recordMeta,
    title: userText(200).min(1, 'empty'),
    incidentId: userText(100),
    severity: z.enum(SEVERITIES).nullable(),
    status: z.enum(MEETING_STATUSES),
    startedAt: time.nullable(),
    detectedAt: time.nullable(),
    mitigatedAt: time.nullable(),
    resolvedAt: time.nullable(),
    /** IANA zone the event log is shown and typed in, e.g. "Europe/Berlin". */
    timeZone: userText(64).min(1, 'empty'),
    summary: userText(20_000),
    affectedServices: z.array(userText(200)).max(200),
    blamelessStatement: userText(5_000),
    templateId: z.uuid().nullable(),
    // Live state (issue #6). Defaults let bundles written before it existed still import.
    /** The agenda step the meeting is on; null before the walk starts and after it ends. */
    currentStepId: z.uuid({ error: 'not a UUID' }).nullable().default(null),
    /** Moving to another step starts that step's timer. */
    autoStartNextStep: z.boolean().default(true),
    /** When the first step timer started: the planned end of the meeting counts from here. */
    liveStartedAt: time.nullable().default(null),
    /** When "Enough, let's move on" was raised on the projector; null while it is down. */
    moveOnSignalAt: time.nullable().default(null),
    /** The action item under review in the Action review step; null when none. */
    reviewItemId: z.uuid({ error: 'not a UUID' }).nullable().default(null),
    /** The time-up chime is muted for this meeting. */
    chimeMuted: z.boolean().default(false),
    /** When the meeting was last moved to "published" (issue #14); null while it is not published. */
    publishedAt: time.nullable().default(null),
    /** The event the Event log step is walking (the projector shows it with its neighbours). */
    walkEventId: z.uuid({ error: 'not a UUID' }).nullable().default(null),
    /** How the meeting writes clock times (issue #12): the computer's hour cycle, or 24h / 12h. */
    clockFormat: z
      .enum(CLOCK_SETTINGS, { error: 'not a clock format (system, 24h or 12h)' })
      .default('system'),
  };
  const revisedFields = Object.keys(meetingFields).filter(
    (field) => !(field in recordMeta) || field === 'deletedAt',
  ) as Exclude<keyof typeof meetingFields, 'id' | 'createdAt' | 'updatedAt' | 'createdBy'>[];

  const MeetingRecord = z.object({
    ...meetingFields,
    /**
     * When each of the meeting's own fields was last edited (issue #15), so a merge takes the later
     * edit of each field and concurrent edits of different fields both survive. `updatedAt` is the
     * meeting's last activity, raised by every write to one of its records: taken for the fields'
     * revision it rolled a summary back to a copy that had only gained an event. Empty in a meeting
     * saved before it existed: its `updatedAt` stands in (shared/domain/bundle/merge.ts).
     */
    revisions: z.partialRecord(z.enum(revisedFields as [(typeof revisedFields)[number]]), time).default({}),
  });

  const ParticipantRecord = z.object({
    ...childMeta,
    name: userText(200).min(1, 'empty'),
    role: z.enum(PARTICIPANT_ROLES),
    position: z.number().int(),
  });

  const AgendaStepRecord = z.object({
    ...childMeta,
    kind: z.enum(STEP_KINDS),
    title: userText(200).min(1, 'empty'),
    prompt: userText(2_000),
    plannedSeconds: count.max(24 * 3600),
    position: z.number().int(),
    /** Seconds the timer ran before `runningSince`; fractional so pauses lose nothing. */
    accumulatedSeconds: z.number().nonnegative(),
    runningSince: time.nullable(),
    completed: z.boolean(),
    skipped: z.boolean(),
  });

  const TimelineEventRecord = z.object({
    ...childMeta,
    at: time,
    kind: z.enum(EVENT_KINDS),
    /** Only meaningful for a mitigation attempt. */
    outcome: z.enum(MITIGATION_OUTCOMES).nullable(),
    description: userText(5_000).min(1, 'empty'),
    actor: userText(200),
    evidence: userText(2_000),
    source: z.enum(EVENT_SOURCES),
  });

  const ImpactRecord = z.object({
    ...childMeta,
    usersAffected: count.nullable(),
    usersAffectedPercent: z.number().min(0).max(100).nullable(),
    regions: userText(2_000),
    revenueLossEstimate: z.number().nonnegative().nullable(),
    currency: userText(3),
    customerReactions: userText(5_000),
    supportTickets: count.nullable(),
    onCallHours: z.number().nonnegative().nullable(),
    peoplePaged: count.nullable(),
    notes: userText(5_000),
    /** What data the incident lost, in words: what it was, how much, whether it came back. */
    dataLost: userText(2_000).default(''),
    /** How many rows, records or accounts were lost, when they can be counted. */
    dataLostCount: count.nullable().default(null),
    /** When, during the incident, the impact was mapped; null when nobody noted it. */
    mappedAt: time.nullable().default(null),
  });

  const QuestionRecord = z.object({
    ...childMeta,
    question: z.enum(QUESTIONS),
    answer: userText(5_000),
    answered: z.boolean(),
    /** An explicit "no action needed", so action review does not flag the question. */
    nothingToDo: z.boolean(),
  });

  const QuestionNoteRecord = z.object({
    ...childMeta,
    question: z.enum(QUESTIONS),
    text: userText(2_000).min(1, 'empty'),
    position: z.number().int(),
  });

  const RootCauseRecord = z.object({
    ...childMeta,
    primaryCause: userText(5_000),
  });

  const RootCauseItemRecord = z.object({
    ...childMeta,
    kind: z.enum(ROOT_CAUSE_ITEM_KINDS),
    text: userText(2_000).min(1, 'empty'),
    category: z.enum(FISHBONE_CATEGORIES).nullable(),
    position: z.number().int(),
  });

  const LessonRecord = z.object({
    ...childMeta,
    kind: z.enum(LESSON_KINDS),
    text: userText(2_000).min(1, 'empty'),
    position: z.number().int(),
  });

  const ActionItemRecord = z.object({
    ...childMeta,
    title: userText(500).min(1, 'empty'),
    question: z.enum(QUESTIONS).nullable(),
    type: z.enum(ACTION_TYPES),
    owner: userText(200),
    dueDate: calendarDate.nullable(),
    successMeasure: userText(2_000),
    /** Priority order set by drag-and-drop; lower comes first. */
    rank: z.number().int(),
    status: z.enum(ACTION_STATUSES),
    trackerUrl: userText(2_000),
  });

  const ParkingLotRecord = z.object({
    ...childMeta,
    text: userText(2_000).min(1, 'empty'),
    stepId: z.uuid().nullable(),
    resolved: z.boolean(),
  });

  /**
   * A person an import's source named (a Slack author, a PagerDuty agent) and the role or team
   * they acted as: remembered with the meeting, so the next import of any source starts from it.
   * The name is only ever the key; an event's actor is the role.
   */
  const ImportPersonRecord = z.object({
    ...childMeta,
    person: userText(200).min(1, 'empty'),
    role: userText(200).min(1, 'empty'),
  });

  return {
    Meeting: MeetingRecord,
    Participant: ParticipantRecord,
    AgendaStep: AgendaStepRecord,
    TimelineEvent: TimelineEventRecord,
    Impact: ImpactRecord,
    Question: QuestionRecord,
    QuestionNote: QuestionNoteRecord,
    RootCause: RootCauseRecord,
    RootCauseItem: RootCauseItemRecord,
    Lesson: LessonRecord,
    ActionItem: ActionItemRecord,
    ParkingLot: ParkingLotRecord,
    ImportPerson: ImportPersonRecord,
  };
}

/** 9999-12-31T23:59:59.999Z: ISO 8601 (and so a bundle) cannot write a later time in its basic form. */
const LATEST_MS = 253_402_300_799_999;

/**
 * UTC milliseconds, as the app stores and passes them. Capped at the year 9999 so that every
 * time the app accepts can be exported: a later one would make the meeting's bundle unwritable.
 */
export const utcMs = z
  .number({ error: 'not a time (expected UTC milliseconds)' })
  .int()
  .nonnegative()
  .max(LATEST_MS, 'after the year 9999');

/** Records as the app holds them: the entity types and the source of contract input fields. */
export const records = defineRecords(utcMs);

/** Records as a meeting bundle writes them, with ISO 8601 timestamps. */
export const bundleRecords = defineRecords(timestamp);

/** The meeting's fields that carry a revision of their own: all but where and when it was made. */
export const REVISED_MEETING_FIELDS = records.Meeting.shape.revisions.unwrap().keyType.options;
