import type { z } from 'zod';
import type { records } from './contract/records';

type RecordOf<K extends keyof typeof records> = z.output<(typeof records)[K]>;

/** Entity types: what the core returns and the renderer holds (timestamps in UTC ms). */
export type Meeting = RecordOf<'Meeting'>;
export type Participant = RecordOf<'Participant'>;
export type AgendaStep = RecordOf<'AgendaStep'>;
export type TimelineEvent = RecordOf<'TimelineEvent'>;
export type Impact = RecordOf<'Impact'>;
export type QuestionState = RecordOf<'Question'>;
export type QuestionNote = RecordOf<'QuestionNote'>;
export type RootCause = RecordOf<'RootCause'>;
export type RootCauseItem = RecordOf<'RootCauseItem'>;
export type Lesson = RecordOf<'Lesson'>;
export type ActionItem = RecordOf<'ActionItem'>;
export type ParkingLotItem = RecordOf<'ParkingLot'>;

/** Every record of one meeting: what `meetings.get` returns and what a bundle carries. */
export interface MeetingRecords {
  meeting: Meeting;
  participants: Participant[];
  agenda: AgendaStep[];
  timeline: TimelineEvent[];
  impact: Impact | null;
  questions: QuestionState[];
  questionNotes: QuestionNote[];
  rootCause: RootCause | null;
  rootCauseItems: RootCauseItem[];
  lessons: Lesson[];
  actionItems: ActionItem[];
  parkingLot: ParkingLotItem[];
}

/**
 * The record lists of a meeting (every key of MeetingRecords that holds an array), in the order
 * bundles, merges and the store walk them. Declared once: adding a list is one line here.
 */
export const MEETING_RECORD_LISTS = [
  'participants',
  'agenda',
  'timeline',
  'questions',
  'questionNotes',
  'rootCauseItems',
  'lessons',
  'actionItems',
  'parkingLot',
] as const satisfies readonly (keyof MeetingRecords)[];
export type MeetingRecordList = (typeof MEETING_RECORD_LISTS)[number];

/** One row of the meetings library. */
export interface MeetingSummary {
  id: string;
  title: string;
  incidentId: string;
  severity: Meeting['severity'];
  status: Meeting['status'];
  startedAt: number | null;
  createdAt: number;
  updatedAt: number;
  openActionItems: number;
  /** Open or in-progress items due before the `today` given to `meetings.list` (0 without one). */
  overdueActionItems: number;
  timelineEvents: number;
}
