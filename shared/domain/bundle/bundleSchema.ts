import { z } from 'zod';
import { bundleRecords } from '../../contract/records';
import { formatPath } from '../../contract/errors';
import { MEETING_RECORD_LISTS } from '../../types';
import { INCIDENT_TIME_FIELDS, incidentTimeIssues } from '../meetings/incidentTimes';

/** The format marker and the version this app writes and reads. */
export const BUNDLE_FORMAT = 'hindsight.meeting-bundle';
export const BUNDLE_VERSION = 1;

/**
 * The most records of each list a bundle may hold. Far above any real meeting (a long incident's
 * chat export is tens of thousands of events), and low enough that a hostile or broken file
 * (a million empty objects) is refused by counting, before a single record is validated.
 */
export const BUNDLE_LIST_LIMITS = {
  participants: 1_000,
  agenda: 1_000,
  timeline: 200_000,
  questions: 100,
  questionNotes: 10_000,
  rootCauseItems: 10_000,
  lessons: 10_000,
  actionItems: 10_000,
  parkingLot: 10_000,
  importPeople: 10_000,
} as const satisfies Record<(typeof MEETING_RECORD_LISTS)[number], number>;

/**
 * The largest bundle text read, in UTF-16 code units (about bytes for JSON). 200,000 events
 * write about 100 MB; parsing more than this in the main process would freeze the app.
 */
export const BUNDLE_MAX_CHARS = 128 * 1024 * 1024;

export type BundleListKey = keyof typeof BUNDLE_LIST_LIMITS;

export const tooManyRecords = (key: BundleListKey) =>
  `more than ${BUNDLE_LIST_LIMITS[key].toLocaleString('en')} records, the most a bundle may hold`;

const list = <T extends z.ZodType>(record: T, key: BundleListKey) =>
  z.array(record).max(BUNDLE_LIST_LIMITS[key], tooManyRecords(key));

/**
 * A meeting bundle: one whole meeting, every record including deleted ones (so a merge carries
 * deletions), timestamps as ISO 8601. The format and version come first so that a file that is
 * not a bundle, or one from a newer Hindsight, is told apart before its records are read.
 */
export const BundleShape = {
  format: z.literal(BUNDLE_FORMAT, {
    error: `not a Hindsight meeting bundle (expected "${BUNDLE_FORMAT}")`,
  }),
  version: z.literal(BUNDLE_VERSION, {
    error: `unsupported bundle version (this app reads version ${BUNDLE_VERSION})`,
  }),
  meeting: bundleRecords.Meeting,
  participants: list(bundleRecords.Participant, 'participants'),
  agenda: list(bundleRecords.AgendaStep, 'agenda'),
  timeline: list(bundleRecords.TimelineEvent, 'timeline'),
  impact: bundleRecords.Impact.nullable(),
  questions: list(bundleRecords.Question, 'questions'),
  questionNotes: list(bundleRecords.QuestionNote, 'questionNotes'),
  rootCause: bundleRecords.RootCause.nullable(),
  rootCauseItems: list(bundleRecords.RootCauseItem, 'rootCauseItems'),
  lessons: list(bundleRecords.Lesson, 'lessons'),
  actionItems: list(bundleRecords.ActionItem, 'actionItems'),
  parkingLot: list(bundleRecords.ParkingLot, 'parkingLot'),
  importPeople: list(bundleRecords.ImportPerson, 'importPeople'),
};

/**
 * Lists added to the format after bundles were already written: a bundle without one (exported
 * before imports remembered their people) reads it as empty rather than being refused.
 */
export const LISTS_ADDED_LATER: ReadonlySet<BundleListKey> = new Set(['importPeople']);

/**
 * The whole bundle as one schema (the type, and the encoding `serializeBundle` writes).
 * `parseBundle` reads untrusted text with the same pieces, record by record, so that it can stop
 * after a bounded number of problems.
 */
export const BundleSchema = z
  .object(BundleShape)
  // `when`: the cross-record rules also run when some fields are wrong, so a hand-edited bundle
  // shows all its problems in one go instead of revealing them one fix at a time.
  .superRefine(
    (bundle, context) =>
      checkReferences(bundle, (path, message) => context.addIssue({ code: 'custom', path, message })),
    { when: (payload) => isRecord(payload.value) },
  );

type Path = (string | number)[];
export type AddIssue = (path: Path, message: string) => void;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The rules no single record can check: every child belongs to the bundle's meeting, ids are
 * unique across the bundle, a meeting has one state per question (the database allows no more),
 * and a parking-lot item names a step of this agenda. Reads defensively: fields may be malformed.
 */
export function checkReferences(bundle: unknown, addIssue: AddIssue): void {
  if (!isRecord(bundle)) return;
  const meetingId = isRecord(bundle.meeting) ? bundle.meeting.id : undefined;
  const seenIds = new Map<string, string>();
  const seenQuestions = new Map<string, string>();
  const check = (record: unknown, path: Path) => {
    if (!isRecord(record)) return;
    // Only values of the right type are compared: a missing one is already reported as missing.
    if (
      typeof meetingId === 'string' &&
      typeof record.meetingId === 'string' &&
      record.meetingId !== meetingId
    ) {
      addIssue([...path, 'meetingId'], 'belongs to another meeting');
    }
    if (typeof record.id !== 'string') return;
    const first = seenIds.get(record.id);
    if (first) addIssue([...path, 'id'], `same id as ${first}`);
    else seenIds.set(record.id, formatPath(path));
  };
  const list = (key: (typeof MEETING_RECORD_LISTS)[number]) => {
    const value = bundle[key];
    return Array.isArray(value) ? (value as unknown[]) : [];
  };
  if (typeof meetingId === 'string') seenIds.set(meetingId, 'meeting');
  checkMeeting(bundle.meeting, addIssue);
  for (const key of MEETING_RECORD_LISTS) list(key).forEach((record, index) => check(record, [key, index]));
  check(bundle.impact, ['impact']);
  check(bundle.rootCause, ['rootCause']);
  list('questions').forEach((record, index) => {
    if (!isRecord(record) || typeof record.question !== 'string') return;
    const first = seenQuestions.get(record.question);
    const path: Path = ['questions', index, 'question'];
    if (first) addIssue(path, `same question as ${first}`);
    else seenQuestions.set(record.question, formatPath(['questions', index]));
  });
  // An agenda that is not a list is reported on its own; every step reference would only add noise.
  if (!Array.isArray(bundle.agenda)) return;
  const stepIds = new Set(list('agenda').map((step) => (isRecord(step) ? step.id : undefined)));
  const currentStepId = isRecord(bundle.meeting) ? bundle.meeting.currentStepId : undefined;
  if (typeof currentStepId === 'string' && !stepIds.has(currentStepId)) {
    addIssue(['meeting', 'currentStepId'], 'names no agenda step');
  }
  list('parkingLot').forEach((item, index) => {
    if (isRecord(item) && typeof item.stepId === 'string' && !stepIds.has(item.stepId)) {
      addIssue(['parkingLot', index, 'stepId'], 'names no agenda step');
    }
  });
}

/**
 * The rules editing applies to a meeting, so that an imported or merged one can be edited:
 * incident times in order (or every later `meetings.update` is refused), and a live meeting
 * (Hindsight exports only those; a deleted one would import "ok" and then not be found).
 * Times are compared once decoded: in a bundle still being read they may be ISO text.
 */
function checkMeeting(meeting: unknown, addIssue: AddIssue): void {
  if (!isRecord(meeting)) return;
  if (meeting.deletedAt !== null && meeting.deletedAt !== undefined) {
    addIssue(['meeting', 'deletedAt'], 'the meeting is marked deleted: restore it before exporting it');
  }
  const times = INCIDENT_TIME_FIELDS.map((field) => meeting[field]);
  if (!times.every((time) => typeof time === 'number' || time === null)) return;
  for (const issue of incidentTimeIssues(meeting as Record<string, number | null> as never)) {
    addIssue(['meeting', issue.path], issue.message);
  }
}

/** A bundle as the app holds it (timestamps in ms). */
export type Bundle = z.output<typeof BundleSchema>;
