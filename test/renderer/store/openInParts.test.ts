import { describe, expect, it } from 'vitest';
import type { HindsightApi } from '../../../shared/contract';
import { LISTS_IN_OPEN_MAX, TIMELINE_PAGE_MAX } from '../../../shared/contract/meetings';
import type { Core } from '../../../electron/core/createCore';
import type { MeetingRecords, TimelineEvent } from '../../../shared/types';
import { createAppStore, type AppStore } from '../../../renderer/store/createAppStore';
import { FIRST_PAGE_EVENTS } from '../../../renderer/features/meetings/meetingOverviewSlice';
import { followChanges } from '../../../renderer/store/followChanges';
import { inProcessBridge } from '../../helpers/inProcessBridge';
import { seedMeeting } from '../../helpers/seedMeeting';
import { testCore, value } from '../../helpers/testCore';

const EVENTS = 2 * TIMELINE_PAGE_MAX + 500;
/** More action items than `meetings.open` carries itself. */
const ITEMS = LISTS_IN_OPEN_MAX + 1;

/**
 * The bridge over `core`, with `duringPage[n]` run after the core has read page n of the event
 * log and before its answer reaches the window: the writes it makes are committed and announced
 * while that page travels, as another window's or a note-taker's would be.
 */
function bridgeWithWritesDuringPages(core: Core, duringPage: Record<number, () => Promise<void>>) {
  const api = inProcessBridge(core);
  let pages = 0;
  const paged = {
    ...api,
    'meetings.timelinePage': async (input: Parameters<HindsightApi['meetings.timelinePage']>[0]) => {
      const answer = await api['meetings.timelinePage'](input);
      await duringPage[pages++]?.();
      return answer;
    },
  } as HindsightApi;
  return { api: paged, pagesRead: () => pages };
}

async function openedWindow(api: HindsightApi, meetingId: string) {
  const store = createAppStore(api);
  followChanges(api, store);
  await store.getState().checkDatabase();
  await store.getState().openMeeting(meetingId);
  return store;
}

const shown = (store: AppStore) => store.getState().overview.records!.timeline;
const whole = (core: Core, id: string) => value<MeetingRecords>(core, 'meetings.get', { id });

describe('opening a long meeting in parts, over a real core', () => {
  it('shows the meeting before its events, then every event once, in order', async () => {
    const { core } = await testCore();
    const meeting = await seedMeeting(core, 'Long log', EVENTS, ITEMS);
    const seen: (number | null)[] = [];
    const { api, pagesRead } = bridgeWithWritesDuringPages(core, {});
    const store = createAppStore(api);
    followChanges(api, store);
    await store.getState().checkDatabase();
    store.subscribe((state) => {
      if (state.overview.records) seen.push(state.overview.eventsLoading?.total ?? null);
    });
    const first = store.subscribe((state) => {
      if (!state.overview.records) return;
      first();
      // The first paint has the meeting, its events and its action items still on their way.
      expect(state.overview.records.timeline).toEqual([]);
      expect(state.overview.records.actionItems).toEqual([]);
      expect(state.overview.listsLoading).toBe(true);
    });
    await store.getState().openMeeting(meeting.id);

    // A small first page for the first paint, then full pages.
    expect(pagesRead()).toBe(1 + Math.ceil((EVENTS - FIRST_PAGE_EVENTS) / TIMELINE_PAGE_MAX));
    expect(store.getState().overview.listsLoading).toBe(false);
    expect(store.getState().overview.records!.actionItems).toHaveLength(ITEMS);
    expect(seen[0]).toBe(EVENTS);
    expect(seen.at(-1)).toBeNull();
    expect(shown(store)).toEqual((await whole(core, meeting.id)).timeline);
  });

  it('loses and doubles no event when changes arrive while the pages load', async () => {
    const { core } = await testCore();
    const meeting = await seedMeeting(core, 'Busy log', EVENTS, 0);
    const log = (await whole(core, meeting.id)).timeline;
    const [early, late] = [log[10]!, log.at(-10)!];
    const edit = (event: TimelineEvent, patch: object) => value(core, 'timeline.update', { id: event.id, patch });
    const { api } = bridgeWithWritesDuringPages(core, {
      // After the first page was read: an unread event moves into it, a read one leaves the
      // log, an unread one is removed and a new one is added past the last page.
      0: async () => {
        await edit(log.at(-1)!, { at: log[0]!.at - 1_000 });
        await value(core, 'timeline.remove', { id: early.id });
        await value(core, 'timeline.remove', { id: log.at(-2)!.id });
        await value(core, 'timeline.add', { meetingId: meeting.id, at: log.at(-1)!.at + 60_000, description: 'Late fact' });
      },
      // After the last page was read: its events change again, so the page travels stale.
      2: async () => {
        await value(core, 'timeline.remove', { id: late.id });
        await edit(log.at(-3)!, { description: 'Edited while its page travelled' });
        await edit(log[5]!, { at: log.at(-4)!.at + 1 });
      },
    });
    const store = await openedWindow(api, meeting.id);

    const stored = (await whole(core, meeting.id)).timeline;
    expect(stored).toHaveLength(EVENTS - 3 + 1);
    expect(shown(store)).toEqual(stored);
    expect(store.getState().overview.eventsLoading).toBeNull();
  });

  it('stops loading the pages of a meeting the person left', async () => {
    const { core } = await testCore();
    const long = await seedMeeting(core, 'Long log', EVENTS, 0);
    const short = await seedMeeting(core, 'Short log', 2, 0);
    let store: AppStore | null = null;
    let shortOpened: Promise<void> | null = null;
    const { api, pagesRead } = bridgeWithWritesDuringPages(core, {
      0: async () => {
        shortOpened = store!.getState().openMeeting(short.id);
        await shortOpened;
      },
    });
    store = createAppStore(api);
    followChanges(api, store);
    await store.getState().checkDatabase();
    await store.getState().openMeeting(long.id);
    await shortOpened;

    // The long log's first page, then the short one's only page: nothing more of the long log.
    expect(pagesRead()).toBe(2);
    expect(store.getState().overview.meetingId).toBe(short.id);
    expect(shown(store)).toEqual((await whole(core, short.id)).timeline);
  });
});
