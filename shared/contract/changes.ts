import type { Meeting, MeetingSummary } from '../types';
import type { OrderedKind, RecordKind, RecordOf } from './recordKinds';

/** One saved record and its kind; a removed record comes with its `deletedAt` set. */
export type RecordChange =
  { [K in RecordKind]: { kind: K; record: RecordOf<K> } }[RecordKind] | { kind: 'meeting'; record: Meeting };

/** The library row's counts (see `MeetingSummary`). */
export type SummaryCount = 'openActionItems' | 'overdueActionItems' | 'timelineEvents';

/**
 * How a meeting's library row changed: the row's fields that changed (always `updatedAt`, which
 * the library sorts by) and how much each count moved. Deltas, so that no write has to count a
 * meeting's events (issue #16); `overdueActionItems` counts from the core's own calendar day.
 */
export interface SummaryChange {
  fields: Partial<Omit<MeetingSummary, 'id' | SummaryCount>>;
  counts: Record<SummaryCount, number>;
  /** The meeting left the library (deleted). */
  removed: boolean;
}

/**
 * The payload of `meetingChanged`: what one committed write changed, as records. Every window
 * applies it to its store (renderer/store/applyMeetingChange.ts) instead of reloading the meeting,
 * and the room forwards it as is to the note-takers:
 *
 * ```ts
 * {
 *   meetingId: string,
 *   records: { kind: 'meeting' | RecordKind, record }[],   // saved versions, soft-deleted ones too
 *   order?: { kind: OrderedKind, ids: string[] },          // a reorder: the live ids, first to last
 *   summary: { fields, counts, removed },                   // the library row's change
 *   reload: boolean,                                        // too big to carry: load the meeting again
 * }
 * ```
 *
 * `reload` is set only where carrying the records is not worth it: a bundle imported or merged,
 * a meeting duplicated or restored. Its `records` are then empty.
 */
export interface MeetingChange {
  meetingId: string;
  records: RecordChange[];
  order?: { kind: OrderedKind; ids: string[] };
  summary: SummaryChange;
  reload: boolean;
}
