import { z } from 'zod';
import { records } from './records';
import { method } from './define';
import { RecordRef, patchOf, recordId } from './crud';
import { incidentTimeIssues } from '../domain/meetings/incidentTimes';
import type { Meeting, MeetingRecords, MeetingSummary, TimelineEvent } from '../types';

const trimmed = <S extends z.ZodString>(schema: S) =>
  z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), schema);

/** True when the runtime knows the IANA zone; `Intl` is in every runtime we ship to. */
export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The fields a person edits on a meeting (the rest is bookkeeping or has its own method). */
export const MeetingFields = records.Meeting.pick({
  title: true,
  incidentId: true,
  severity: true,
  status: true,
  startedAt: true,
  detectedAt: true,
  mitigatedAt: true,
  resolvedAt: true,
  timeZone: true,
  summary: true,
  affectedServices: true,
  blamelessStatement: true,
  autoStartNextStep: true,
  chimeMuted: true,
  clockFormat: true,
}).extend({
  title: trimmed(records.Meeting.shape.title),
  incidentId: trimmed(records.Meeting.shape.incidentId),
  // Without the record's bundle default: a default here would put it into every patch.
  autoStartNextStep: z.boolean(),
  chimeMuted: z.boolean(),
  clockFormat: records.Meeting.shape.clockFormat.unwrap(),
  timeZone: records.Meeting.shape.timeZone.refine(
    isKnownTimeZone,
    'not a known time zone (e.g. Europe/Berlin)',
  ),
});

export const CreateMeetingInput = MeetingFields.partial()
  // The agenda template to copy the steps from; the default agenda when left out.
  .extend({ templateId: z.uuid({ error: 'not a record id (UUID)' }).optional() })
  .required({ title: true })
  .superRefine((input, context) => {
    const issues = incidentTimeIssues({
      startedAt: input.startedAt ?? null,
      detectedAt: input.detectedAt ?? null,
      mitigatedAt: input.mitigatedAt ?? null,
      resolvedAt: input.resolvedAt ?? null,
    });
    for (const issue of issues)
      context.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
  });

export const ListMeetingsInput = z.object({
  /** Matches title or incident id, case-insensitively. */
  query: z.string().max(200).optional(),
  /**
   * The viewer's calendar day, for each row's overdue count. Passed in rather than read from a
   * clock, since "today" depends on where the viewer is and the core stays clock-injectable.
   */
  today: z.iso.date({ error: 'not a calendar date (expected YYYY-MM-DD)' }).optional(),
});

/**
 * The most events one `meetings.timelinePage` answers: a page is read in a few milliseconds, so the
 * process serving it is never busy for long, however long the log (issue 16 item 3).
 */
export const TIMELINE_PAGE_MAX = 2_000;

/** Where a page of the event log starts: after this event, in the log's order (at, createdAt, id). */
export const TimelineCursor = z.object({
  at: z.number().int(),
  createdAt: z.number().int(),
  id: recordId,
});
export type TimelineCursor = z.infer<typeof TimelineCursor>;

export const TimelinePageInput = z.object({
  meetingId: recordId,
  /** Null for the first page; else the `next` the previous page answered. */
  after: TimelineCursor.nullable(),
  limit: z.number().int().min(1).max(TIMELINE_PAGE_MAX).default(TIMELINE_PAGE_MAX),
});

/**
 * The lists a window loads after its first paint (`meetings.openLists`) when they are long: they
 * run to thousands of records, and the tab shown first rarely needs them (issue 16: the event log
 * of a meeting with 2,000 action items waited for them).
 */
export const LISTS_AFTER_FIRST_PAINT = ['actionItems', 'parkingLot'] as const;
export type ListsAfterFirstPaint = Pick<MeetingRecords, (typeof LISTS_AFTER_FIRST_PAINT)[number]>;

/**
 * The most live records the lists of `LISTS_AFTER_FIRST_PAINT` hold, all together, for
 * `meetings.open` to carry them itself: a few hundred are read, carried and painted within the
 * first frame, so a meeting of that size opens in one answer and never says "Loading…" for them.
 */
export const LISTS_IN_OPEN_MAX = 300;

/** A meeting opened in parts: every live record but the event log (and long later lists), and how many events it holds. */
export interface MeetingOpening {
  /**
   * `timeline` is empty: its events come in pages (`meetings.timelinePage`). The lists of
   * `LISTS_AFTER_FIRST_PAINT` are in it when `listsIncluded`; else they are empty and come from
   * `meetings.openLists`.
   */
  records: MeetingRecords;
  timelineCount: number;
  /** Whether `records` carries the later lists: true when they hold at most `LISTS_IN_OPEN_MAX` records. */
  listsIncluded: boolean;
}

/** Live events in the log's order; `next` is where the following page starts, null after the last. */
export interface TimelinePage {
  events: TimelineEvent[];
  next: TimelineCursor | null;
}

export const meetingMethods = {
  /** Live meetings sorted by last change, newest first; optionally filtered. */
  'meetings.list': method(ListMeetingsInput).returns<MeetingSummary[]>(),
  /** Every live record of one meeting (reports, bundles and the room read whole meetings). */
  'meetings.get': method(RecordRef).returns<MeetingRecords>(),
  /**
   * A meeting for a window to show at once: everything but its events, which follow in pages
   * (`meetings.timelinePage`), so opening a long log is never one long call.
   */
  'meetings.open': method(RecordRef).returns<MeetingOpening>(),
  /** The live records of an open meeting's `LISTS_AFTER_FIRST_PAINT`, for when `meetings.open` left them out. */
  'meetings.openLists': method(RecordRef).returns<ListsAfterFirstPaint>(),
  /** One page of a live meeting's event log, keyset by the log's order. */
  'meetings.timelinePage': method(TimelinePageInput).returns<TimelinePage>(),
  /** A new meeting with the default agenda, or the agenda of the template named by `templateId`. */
  'meetings.create': method(CreateMeetingInput).returns<Meeting>(),
  /** Changes fields of a meeting; incident times are checked against the stored ones. */
  'meetings.update': method(patchOf(MeetingFields)).returns<Meeting>(),
  /** A copy of a meeting and all its records, under new ids, titled "… (copy)". */
  'meetings.duplicate': method(RecordRef).returns<Meeting>(),
  /** Marks a meeting deleted (it stays restorable). */
  'meetings.delete': method(RecordRef).returns<Meeting>(),
  'meetings.restore': method(RecordRef).returns<Meeting>(),
} as const;
