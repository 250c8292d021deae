import { describe, expect, it, vi } from 'vitest';
import type { HindsightApi, MethodName } from '../../../shared/contract';
import type { ActionItem, MeetingRecords, MeetingSummary } from '../../../shared/types';
import type { Core } from '../../../electron/core/createCore';
import { createAppStore, type AppStore } from '../../../renderer/store/createAppStore';
import { followChanges } from '../../../renderer/store/followChanges';
import { inProcessBridge } from '../../helpers/inProcessBridge';
import { exportedText } from '../../helpers/meetingThroughContract';
import { makeMeetingInput, manualClock } from '../../helpers/factories';
import { testCore, value } from '../../helpers/testCore';

/**
 * The bridge over `core`, counting every contract call this window makes, by method; each method
 * in `failOnce` answers its first call with an error (a database busy for a moment).
 */
function countingBridge(core: Core, failOnce: MethodName[] = []) {
  const api = inProcessBridge(core);
  const calls: MethodName[] = [];
  const failing = new Set(failOnce);
  // The bridge is frozen (as contextBridge's is), so the counting one is a copy of it.
  const counted = Object.fromEntries(
    Object.entries(api).map(([name, member]) => [
      name,
      name === 'on'
        ? member
        : (input: unknown) => {
            calls.push(name as MethodName);
            if (failing.delete(name as MethodName))
              return Promise.resolve({
                ok: false,
                error: { code: 'database-unavailable', message: 'The database is busy.' },
              });
            return (member as (input: unknown) => unknown)(input);
          },
    ]),
  ) as unknown as HindsightApi;
  return { api: counted, calls };
}

/** One window: its own bridge, store and change subscription, with the library loaded. */
async function startWindow(core: Core, failOnce: MethodName[] = []) {
  const { api, calls } = countingBridge(core, failOnce);
  const store = createAppStore(api);
  followChanges(api, store);
  await store.getState().checkDatabase();
  await store.getState().loadMeetings();
  calls.length = 0;
  return { store, calls };
}

/** One window, with the meeting open. */
async function openWindow(core: Core, meetingId: string) {
  const { store, calls } = await startWindow(core);
  await store.getState().openMeeting(meetingId);
  calls.length = 0;
  return { store, calls };
}

/** Lets queued events and answers land (the bridge answers on later microtasks). */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

const records = (store: AppStore) => store.getState().overview.records!;
const row = (store: AppStore, id: string) => store.getState().meetings.byId[id]!;

/** What a freshly loaded window would show: the core's `meetings.get` and library row. */
async function fromCore(core: Core, meetingId: string) {
  const meeting = await value<MeetingRecords>(core, 'meetings.get', { id: meetingId });
  const rows = await value<MeetingSummary[]>(core, 'meetings.list', { today: '2026-03-05' });
  return { meeting, row: rows.find((summary) => summary.id === meetingId)! };
}

async function setUp(clock = manualClock()) {
  const { core, dialogs } = await testCore({ now: clock.now });
  const meeting = await value<{ id: string }>(core, 'meetings.create', makeMeetingInput());
  return { core, dialogs, meetingId: meeting.id, clock };
}

describe('applyMeetingChange, over a real core', () => {
  it('costs one call per write and no meetings.get or meetings.list after it', async () => {
    const { core, meetingId } = await setUp();
    const { store, calls } = await openWindow(core, meetingId);

    await store.getState().addActionItem({ title: 'Alert on cache age' });
    const item = records(store).actionItems[0]!;
    // An autosave per typing pause: each one is one update.
    await store.getState().updateActionItem(item.id, { owner: 'Pl' });
    await store.getState().updateActionItem(item.id, { owner: 'Platform' });
    await store.getState().addEvent({ at: Date.UTC(2026, 2, 5, 8, 0), description: 'Cache alarm fired' });
    await settled();

    expect(calls).toEqual(['actionItems.add', 'actionItems.update', 'actionItems.update', 'timeline.add']);
    const expected = await fromCore(core, meetingId);
    expect(records(store).actionItems).toEqual(expected.meeting.actionItems);
    expect(records(store).timeline).toEqual(expected.meeting.timeline);
    expect(row(store, meetingId)).toEqual(expected.row);
  });

  it('brings a second window to the same records and library row without loading the meeting', async () => {
    const { core, meetingId } = await setUp();
    const console = await openWindow(core, meetingId);
    const projector = await openWindow(core, meetingId);

    for (const title of ['First', 'Second', 'Third']) await console.store.getState().addActionItem({ title });
    const [first, second, third] = records(console.store).actionItems as [ActionItem, ActionItem, ActionItem];
    await console.store.getState().reorderActionItems([third.id, first.id, second.id]);
    await console.store.getState().removeActionItem(first.id);
    await console.store.getState().parkRemark('Should the cache be regional?');
    await console.store.getState().addEvent({ at: Date.UTC(2026, 2, 5, 8, 0), description: 'Alarm' });
    await settled();

    const expected = await fromCore(core, meetingId);
    for (const window of [console, projector]) {
      const shown = records(window.store);
      expect(shown.actionItems.map((item) => item.title)).toEqual(['Third', 'Second']);
      expect(shown.actionItems).toEqual(expected.meeting.actionItems);
      expect(shown.parkingLot).toEqual(expected.meeting.parkingLot);
      expect(shown.timeline).toEqual(expected.meeting.timeline);
      expect(row(window.store, meetingId)).toEqual(expected.row);
    }
    expect(projector.calls).toEqual([]);
  });

  it('brings back a restored record in every window, after its removal', async () => {
    const { core, meetingId } = await setUp();
    const console = await openWindow(core, meetingId);
    const other = await openWindow(core, meetingId);
    await console.store.getState().addActionItem({ title: 'Kept' });
    const id = records(console.store).actionItems[0]!.id;
    await console.store.getState().removeActionItem(id);
    await settled();
    expect(records(other.store).actionItems).toEqual([]);
    await console.store.getState().restoreActionItem(id);
    await settled();
    expect(records(other.store).actionItems.map((item) => item.title)).toEqual(['Kept']);
    expect(other.calls).toEqual([]);
  });

  it('never lets an older version of a record replace a newer one, even saved in the same millisecond', async () => {
    // The clock stands still: the core's revision (updatedAt raised on every save) still orders them.
    const { core, meetingId } = await setUp();
    const { store } = await openWindow(core, meetingId);
    await store.getState().addActionItem({ title: 'Draft' });
    const id = records(store).actionItems[0]!.id;
    const older = await value<ActionItem>(core, 'actionItems.update', { id, patch: { title: 'Older' } });
    await value(core, 'actionItems.update', { id, patch: { title: 'Newer' } });
    await settled();

    // The first write's answer arriving late, after the second's event.
    store.getState().showSaved([{ kind: 'actionItems', record: older }]);
    expect(records(store).actionItems.map((item) => item.title)).toEqual(['Newer']);

    const removed = await value<ActionItem>(core, 'actionItems.remove', { id });
    await settled();
    store.getState().showSaved([{ kind: 'actionItems', record: { ...older, title: 'Late' } }]);
    expect(records(store).actionItems).toEqual([]);
    expect(removed.updatedAt).toBeGreaterThan(older.updatedAt);
  });

  it('applies the same change twice to the same state', async () => {
    const { core, meetingId } = await setUp();
    const { store } = await openWindow(core, meetingId);
    const saved = await value<ActionItem>(core, 'actionItems.add', { meetingId, title: 'Once' });
    await settled();
    const before = store.getState().overview;
    store.getState().showSaved([{ kind: 'actionItems', record: saved }]);
    expect(store.getState().overview.records).toEqual(before.records);
    expect(records(store).actionItems).toHaveLength(1);
  });

  it('loads the meeting again after a bundle merge, which carries no records', async () => {
    const { core, dialogs, meetingId, clock } = await setUp();
    await value(core, 'actionItems.add', { meetingId, title: 'Before the merge' });
    const bundle = JSON.parse(await exportedText(core, dialogs, meetingId));
    clock.advance(60_000);
    bundle.actionItems[0].title = 'Edited on a note-taker laptop';
    bundle.actionItems[0].updatedAt = new Date(clock.advance(60_000)).toISOString();
    const { store, calls } = await openWindow(core, meetingId);

    await value(core, 'bundle.merge', { meetingId, content: JSON.stringify(bundle) });

    // The load runs in parts (meetingOverviewSlice.ts): its end is awaited, not a number of ticks.
    await vi.waitFor(() =>
      expect(records(store).actionItems.map((item) => item.title)).toEqual(['Edited on a note-taker laptop']),
    );
    expect(calls).toContain('meetings.open');
  });

  it('adds the row of a meeting created in another window to the library', async () => {
    const { core, meetingId } = await setUp();
    const { store } = await openWindow(core, meetingId);
    const created = await value<{ id: string }>(
      core,
      'meetings.create',
      makeMeetingInput({ title: 'Elsewhere' }),
    );
    await settled();
    await settled();
    expect(row(store, created.id).title).toBe('Elsewhere');
  });

  it('loads a meeting once when a change arrives while it loads: the load applies it', async () => {
    const { core, meetingId } = await setUp();
    const { store, calls } = await startWindow(core);
    const opened = store.getState().openMeeting(meetingId);
    await value(core, 'actionItems.add', { meetingId, title: 'Saved while loading' });
    await opened;
    await settled();

    expect(calls.filter((method) => method === 'meetings.open')).toHaveLength(1);
    expect(records(store).actionItems.map((item) => item.title)).toEqual(['Saved while loading']);
  });

  it('loads the meeting again on the next change after its load failed', async () => {
    const { core, meetingId } = await setUp();
    const { store, calls } = await startWindow(core, ['meetings.open']);
    await store.getState().openMeeting(meetingId);
    expect(store.getState().overview.error?.code).toBe('database-unavailable');

    await value(core, 'actionItems.add', { meetingId, title: 'Saved after the failure' });

    await vi.waitFor(() =>
      expect(records(store).actionItems.map((item) => item.title)).toEqual(['Saved after the failure']),
    );
    expect(calls.filter((method) => method === 'meetings.open')).toHaveLength(2);
  });
});
