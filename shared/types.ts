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
  timelineEvents: number;
}
