import { z } from 'zod';
import { bundleRecords } from '../../contract/records';
import { formatPath } from '../../contract/errors';

/** The format marker and the version this app writes and reads. */
export const BUNDLE_FORMAT = 'hindsight.meeting-bundle';
export const BUNDLE_VERSION = 1;

const MEETING_CHILD_KEYS = [
  'participants',
  'agenda',
  'timeline',
  'questions',
  'questionNotes',
  'rootCauseItems',
  'lessons',
  'actionItems',
  'parkingLot',
] as const;

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
  .superRefine((bundle, context) => {
    const meetingId = bundle.meeting.id;
    const seen = new Map<string, string>();
    const check = (record: { id: string; meetingId: string }, path: (string | number)[]) => {
      if (record.meetingId !== meetingId) {
        context.addIssue({
          code: 'custom',
          path: [...path, 'meetingId'],
          message: 'belongs to another meeting',
        });
      }
      const first = seen.get(record.id);
      if (first) context.addIssue({ code: 'custom', path: [...path, 'id'], message: `same id as ${first}` });
      else seen.set(record.id, formatPath(path));
    };
    for (const key of MEETING_CHILD_KEYS) {
      bundle[key].forEach((record, index) => check(record, [key, index]));
    }
    if (bundle.impact) check(bundle.impact, ['impact']);
    if (bundle.rootCause) check(bundle.rootCause, ['rootCause']);
    const stepIds = new Set(bundle.agenda.map((step) => step.id));
    bundle.parkingLot.forEach((item, index) => {
      if (item.stepId !== null && !stepIds.has(item.stepId)) {
        context.addIssue({
          code: 'custom',
          path: ['parkingLot', index, 'stepId'],
          message: 'names no agenda step',
        });
      }
    });
  });

/** A bundle as the app holds it (timestamps in ms). */
export type Bundle = z.output<typeof BundleSchema>;
