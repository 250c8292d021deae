import { z } from 'zod';
import { bundleRecords } from '../../contract/records';
import { formatPath } from '../../contract/errors';
import { MEETING_RECORD_LISTS } from '../../types';

/** The format marker and the version this app writes and reads. */
export const BUNDLE_FORMAT = 'hindsight.meeting-bundle';
export const BUNDLE_VERSION = 1;

/**
 * A meeting bundle: one whole meeting, every record including deleted ones (so a merge carries
 * deletions), timestamps as ISO 8601. The format and version come first so that a file that is
 * not a bundle, or one from a newer Hindsight, is told apart before its records are read.
 */
export const BundleSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT, {
      error: `not a Hindsight meeting bundle (expected "${BUNDLE_FORMAT}")`,
    }),
    version: z.literal(BUNDLE_VERSION, {
      error: `unsupported bundle version (this app reads version ${BUNDLE_VERSION})`,
    }),
    meeting: bundleRecords.Meeting,
    participants: z.array(bundleRecords.Participant),
    agenda: z.array(bundleRecords.AgendaStep),
    timeline: z.array(bundleRecords.TimelineEvent),
    impact: bundleRecords.Impact.nullable(),
    questions: z.array(bundleRecords.Question),
    questionNotes: z.array(bundleRecords.QuestionNote),
    rootCause: bundleRecords.RootCause.nullable(),
    rootCauseItems: z.array(bundleRecords.RootCauseItem),
    lessons: z.array(bundleRecords.Lesson),
    actionItems: z.array(bundleRecords.ActionItem),
    parkingLot: z.array(bundleRecords.ParkingLot),
  })
  // `when`: the cross-record rules also run when some fields are wrong, so a hand-edited bundle
  // shows all its problems in one go instead of revealing them one fix at a time.
  .superRefine((bundle, context) => checkReferences(bundle, context), {
    when: (payload) => isRecord(payload.value),
  });

type Path = (string | number)[];
type Context = { addIssue(issue: { code: 'custom'; path: Path; message: string }): void };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The rules no single record can check: every child belongs to the bundle's meeting, ids are
 * unique across the bundle, a meeting has one state per question (the database allows no more),
 * and a parking-lot item names a step of this agenda. Reads defensively: fields may be malformed.
 */
function checkReferences(bundle: unknown, context: Context): void {
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
      context.addIssue({
        code: 'custom',
        path: [...path, 'meetingId'],
        message: 'belongs to another meeting',
      });
    }
    if (typeof record.id !== 'string') return;
    const first = seenIds.get(record.id);
    if (first) context.addIssue({ code: 'custom', path: [...path, 'id'], message: `same id as ${first}` });
    else seenIds.set(record.id, formatPath(path));
  };
  const list = (key: (typeof MEETING_RECORD_LISTS)[number]) => {
    const value = bundle[key];
    return Array.isArray(value) ? (value as unknown[]) : [];
  };
  if (typeof meetingId === 'string') seenIds.set(meetingId, 'meeting');
  for (const key of MEETING_RECORD_LISTS) list(key).forEach((record, index) => check(record, [key, index]));
  check(bundle.impact, ['impact']);
  check(bundle.rootCause, ['rootCause']);
  list('questions').forEach((record, index) => {
    if (!isRecord(record) || typeof record.question !== 'string') return;
    const first = seenQuestions.get(record.question);
    const path: Path = ['questions', index, 'question'];
    if (first) context.addIssue({ code: 'custom', path, message: `same question as ${first}` });
    else seenQuestions.set(record.question, formatPath(['questions', index]));
  });
  // An agenda that is not a list is reported on its own; every step reference would only add noise.
  if (!Array.isArray(bundle.agenda)) return;
  const stepIds = new Set(list('agenda').map((step) => (isRecord(step) ? step.id : undefined)));
  const currentStepId = isRecord(bundle.meeting) ? bundle.meeting.currentStepId : undefined;
  if (typeof currentStepId === 'string' && !stepIds.has(currentStepId)) {
    context.addIssue({ code: 'custom', path: ['meeting', 'currentStepId'], message: 'names no agenda step' });
  }
  list('parkingLot').forEach((item, index) => {
    if (isRecord(item) && typeof item.stepId === 'string' && !stepIds.has(item.stepId)) {
      context.addIssue({
        code: 'custom',
        path: ['parkingLot', index, 'stepId'],
        message: 'names no agenda step',
      });
    }
  });
}

/** A bundle as the app holds it (timestamps in ms). */
export type Bundle = z.output<typeof BundleSchema>;
