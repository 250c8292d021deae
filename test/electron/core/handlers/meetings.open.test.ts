import { describe, expect, it } from 'vitest';
import {
  LISTS_AFTER_FIRST_PAINT,
  LISTS_IN_OPEN_MAX,
  type ListsAfterFirstPaint,
  type MeetingOpening,
  type TimelineCursor,
  type TimelinePage,
} from '../../../../shared/contract/meetings';
import type { Core } from '../../../../electron/core/createCore';
import type { Meeting, MeetingRecords, TimelineEvent } from '../../../../shared/types';
import { failure, makeMeetingInput, manualClock, recordEvents } from '../../../helpers/factories';
import { seedMeeting } from '../../../helpers/seedMeeting';
import { testCore, value } from '../../../helpers/testCore';

const AT = Date.UTC(2026, 2, 5, 8, 0, 0);

/** A meeting with `count` events, three to a second so pages end inside runs of equal times. */
async function meetingWithEvents(count: number) {
  const clock = manualClock();
  const { core } = await testCore({ now: clock.now });
  const meeting = await value<Meeting>(core, 'meetings.create', makeMeetingInput());
  for (let n = 0; n < count; n++) {
    // Every third add keeps the clock: equal `at` and `createdAt`, ordered by id alone.
    if (n % 3 === 0) clock.advance();
    await value(core, 'timeline.add', { meetingId: meeting.id, at: AT + Math.floor(n / 3) * 1000, description: `Fact ${n}` });
  }
  return { core, meeting, clock };
}

/** Every page of the log, `limit` events each, as a window walks them. */
async function allPages(core: Core, meetingId: string, limit: number) {
  const pages: TimelineEvent[][] = [];
  let after: TimelineCursor | null = null;
  do {
    const page: TimelinePage = await value<TimelinePage>(core, 'meetings.timelinePage', { meetingId, after, limit });
    pages.push(page.events);
    after = page.next;
  } while (after !== null);
  return pages;
}

describe('meetings.open, meetings.openLists and meetings.timelinePage', () => {
  it('open answers every record but the events, the later lists among them when they are short', async () => {
    const { core, meeting } = await meetingWithEvents(5);
    await value(core, 'actionItems.add', { meetingId: meeting.id, title: 'Page on lag', type: 'detective' });
    await value(core, 'parkingLot.add', { meetingId: meeting.id, text: 'Vendor contract' });
    const removed = await value<{ id: string }>(core, 'actionItems.add', { meetingId: meeting.id, title: 'Gone' });
    await value(core, 'actionItems.remove', { id: removed.id });
    const whole = await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id });
    const opened = await value<MeetingOpening>(core, 'meetings.open', { id: meeting.id });
    expect(opened).toEqual({ records: { ...whole, timeline: [] }, timelineCount: 5, listsIncluded: true });
    expect(opened.records.actionItems.map((item) => item.title)).toEqual(['Page on lag']);
    // openLists answers the same lists, live records only, as the whole meeting lists them.
    const lists = await value<ListsAfterFirstPaint>(core, 'meetings.openLists', { id: meeting.id });
    expect(lists).toEqual({ actionItems: whole.actionItems, parkingLot: whole.parkingLot });
  });

  it('open leaves the later lists to openLists once they hold more than the declared most, counting live records only', async () => {
    const { core } = await testCore();
    const meeting = await seedMeeting(core, 'Many items', 3, LISTS_IN_OPEN_MAX);
    const opening = () => value<MeetingOpening>(core, 'meetings.open', { id: meeting.id });
    expect((await opening()).listsIncluded).toBe(true);
    // One parked remark more: the lists together are past the most, so both are left out.
    const parked = await value<{ id: string }>(core, 'parkingLot.add', { meetingId: meeting.id, text: 'One more' });
    const opened = await opening();
    const later = Object.fromEntries(LISTS_AFTER_FIRST_PAINT.map((kind) => [kind, []]));
    const whole = await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id });
    expect(opened).toEqual({ records: { ...whole, timeline: [], ...later }, timelineCount: 3, listsIncluded: false });
    const lists = await value<ListsAfterFirstPaint>(core, 'meetings.openLists', { id: meeting.id });
    expect(lists).toEqual({ actionItems: whole.actionItems, parkingLot: whole.parkingLot });
    expect(lists.actionItems).toHaveLength(LISTS_IN_OPEN_MAX);
    // A removed record is not counted: back at the most, the lists come with the meeting again.
    await value(core, 'parkingLot.remove', { id: parked.id });
    expect((await opening()).listsIncluded).toBe(true);
  });

  it('pages walk the whole log in its order, each event once, across runs of equal times', async () => {
    const { core, meeting } = await meetingWithEvents(23);
    const whole = await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id });
    const pages = await allPages(core, meeting.id, 4);
    expect(pages.map((page) => page.length)).toEqual([4, 4, 4, 4, 4, 3]);
    expect(pages.flat()).toEqual(whole.timeline);
  });

  it('a log that fills its last page exactly ends with an empty page', async () => {
    const { core, meeting } = await meetingWithEvents(8);
    expect((await allPages(core, meeting.id, 4)).map((page) => page.length)).toEqual([4, 4, 0]);
  });

  it('leaves removed events out of the pages and the count', async () => {
    const { core, meeting } = await meetingWithEvents(6);
    const { timeline } = await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id });
    await value(core, 'timeline.remove', { id: timeline[2]!.id });
    const opened = await value<{ timelineCount: number }>(core, 'meetings.open', { id: meeting.id });
    expect(opened.timelineCount).toBe(5);
    expect((await allPages(core, meeting.id, 2)).flat().map((event) => event.id)).toEqual(
      timeline.filter((_, index) => index !== 2).map((event) => event.id),
    );
  });

  it('reads only: no change event, and a deleted meeting is not found', async () => {
    const { core, meeting } = await meetingWithEvents(2);
    const events = recordEvents(core);
    await value(core, 'meetings.open', { id: meeting.id });
    await value(core, 'meetings.openLists', { id: meeting.id });
    await value(core, 'meetings.timelinePage', { meetingId: meeting.id, after: null });
    expect(events).toEqual([]);
    await value(core, 'meetings.delete', { id: meeting.id });
    expect((await failure(core, 'meetings.open', { id: meeting.id })).code).toBe('not-found');
    expect((await failure(core, 'meetings.openLists', { id: meeting.id })).code).toBe('not-found');
    expect((await failure(core, 'meetings.timelinePage', { meetingId: meeting.id, after: null })).code).toBe('not-found');
  });

  it('refuses a page bigger than the most one call answers, naming the limit', async () => {
    const { core, meeting } = await meetingWithEvents(0);
    const error = await failure(core, 'meetings.timelinePage', { meetingId: meeting.id, after: null, limit: 2_001 });
    expect(error.code).toBe('invalid-input');
    expect(error.issues?.map((issue) => issue.path)).toEqual(['limit']);
  });
});
