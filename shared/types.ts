import type { z } from 'zod';
import type { records } from './contract/records';
import { LIST_KINDS, type ListKind, type RecordOf, type SingleKind } from './contract/recordKinds';

type EntityOf<K extends keyof typeof records> = z.output<(typeof records)[K]>;

/** Entity types: what the core returns and the renderer holds (timestamps in UTC ms). */
export type Meeting = EntityOf<'Meeting'>;
export type Participant = EntityOf<'Participant'>;
export type AgendaStep = EntityOf<'AgendaStep'>;
export type TimelineEvent = EntityOf<'TimelineEvent'>;
export type Impact = EntityOf<'Impact'>;
export type QuestionState = EntityOf<'Question'>;
export type QuestionNote = EntityOf<'QuestionNote'>;
export type RootCause = EntityOf<'RootCause'>;
export type RootCauseItem = EntityOf<'RootCauseItem'>;
export type Lesson = EntityOf<'Lesson'>;
export type ActionItem = EntityOf<'ActionItem'>;
export type ParkingLotItem = EntityOf<'ParkingLot'>;

/** A meeting's lists of records, one per list kind. */
export type MeetingLists = { [K in ListKind]: RecordOf<K>[] };
/** A meeting's records of the kinds it has at most one of. */
export type MeetingSingles = { [K in SingleKind]: RecordOf<K> | null };
/** Every record of one meeting: what `meetings.get` returns and what a bundle carries. */
export type MeetingRecords = { meeting: Meeting } & MeetingLists & MeetingSingles;

/** The record lists of a meeting, in the order bundles, merges and the store walk them. */
export const MEETING_RECORD_LISTS = LIST_KINDS;
export type MeetingRecordList = ListKind;

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
