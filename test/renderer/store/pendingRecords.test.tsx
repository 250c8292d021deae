import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { createAppStore, type AppStore } from '../../../renderer/store/createAppStore';
import { followChanges } from '../../../renderer/store/followChanges';
import { withSavingKept } from '../../../renderer/store/pendingRecords';
import { inProcessBridge } from '../../helpers/inProcessBridge';
import { heldCalls } from '../../helpers/heldCalls';
import { testCore, value } from '../../helpers/testCore';
import type { Meeting, MeetingRecords } from '../../../shared/types';
import { openActionItems, shownTitles, storedTitles } from '../features/action-items/actionItemsTestApp';
import { eventLog } from '../features/timeline/openEventLog';

// Issue #16: a capture paints before the core answers. Each test holds the add's call (or only
// its answer) back with a bridge wrapper, looks at the window meanwhile, then lets it go.
const quickAdd = () => screen.getByRole('textbox', { name: /New action item/ });
const itemRow = (title: string) => screen.getByRole('listitem', { name: new RegExp(`: ${title}$`) });

async function typeItem(app: Awaited<ReturnType<typeof openActionItems>>, title: string) {
  await app.user.click(quickAdd());
  await app.user.paste(title);
  await app.user.keyboard('{Enter}');
}

/** A second window (the projector) on the same core: its own bridge, store and change feed. */
async function secondWindow(app: Awaited<ReturnType<typeof openActionItems>>): Promise<AppStore> {
  const api = inProcessBridge(app.core);
  const store = createAppStore(api);
  followChanges(api, store);
  await store.getState().checkDatabase();
  await store.getState().openMeeting(app.meeting.id);
  return store;
}

describe('a quick-added action item, before and after the core answers', () => {
  it('shows the item marked “Saving…” with the box empty before the answer, then saved in the same row', async () => {
    const hold = heldCalls(['actionItems.add']);
    const app = await openActionItems([], { wrapApi: hold.wrap });
    await typeItem(app, 'Alert on queue depth');

    const pending = itemRow('Alert on queue depth');
    expect(within(pending).getByText('Saving…')).toBeInTheDocument();
    expect(pending).toHaveAttribute('aria-busy', 'true');
    expect(quickAdd()).toHaveValue('');
    expect(quickAdd()).toHaveFocus();
    expect(hold.held).toBe(1);
    expect(await storedTitles(app.core, app.meeting.id)).toEqual([]);

    hold.release();
    await waitFor(() => expect(within(pending).queryByText('Saving…')).not.toBeInTheDocument());
    // The saved record took the pending one's place by id: the same element, not a remount.
    expect(itemRow('Alert on queue depth')).toBe(pending);
    expect(pending).not.toHaveAttribute('aria-busy');
    expect(shownTitles()).toEqual(['Alert on queue depth']);
    expect(await storedTitles(app.core, app.meeting.id)).toEqual(['Alert on queue depth']);
  });

  it('keeps “Saving…” until the answer, even when the change event of the commit came first', async () => {
    const hold = heldCalls(['actionItems.add'], 'answer');
    const app = await openActionItems([], { wrapApi: hold.wrap });
    await typeItem(app, 'Alert on queue depth');

    await waitFor(async () => expect(await storedTitles(app.core, app.meeting.id)).toEqual(['Alert on queue depth']));
    expect(shownTitles()).toEqual(['Alert on queue depth']);
    expect(within(itemRow('Alert on queue depth')).getByText('Saving…')).toBeInTheDocument();

    hold.release();
    await waitFor(() => expect(screen.queryByText('Saving…')).not.toBeInTheDocument());
    expect(shownTitles()).toEqual(['Alert on queue depth']);
  });

  it('keeps two quick adds in the order they were typed, while saving and once saved', async () => {
    const hold = heldCalls(['actionItems.add']);
    const app = await openActionItems([{ title: 'Cap retries at 3' }], { wrapApi: hold.wrap });
    await typeItem(app, 'Alert on queue depth');
    await typeItem(app, 'Page the database on-call');

    expect(shownTitles()).toEqual(['Cap retries at 3', 'Alert on queue depth', 'Page the database on-call']);
    const list = screen.getByRole('list', { name: 'Action items in priority order' });
    expect(within(list).getAllByText('Saving…')).toHaveLength(2);
    // The box says so too: in a long, windowed list the new rows may be out of view.
    expect(within(screen.getByRole('form', { name: 'Add an action item' })).getByText('Saving…')).toBeInTheDocument();

    hold.release();
    await waitFor(() => expect(screen.queryByText('Saving…')).not.toBeInTheDocument());
    const order = ['Cap retries at 3', 'Alert on queue depth', 'Page the database on-call'];
    expect(shownTitles()).toEqual(order);
    expect(await storedTitles(app.core, app.meeting.id)).toEqual(order);
  });

  it('takes a refused item away and gives its text back with the reason, before what was typed since', async () => {
    const hold = heldCalls(['actionItems.add']);
    const app = await openActionItems([], { wrapApi: hold.wrap });
    await typeItem(app, 'Alert on queue depth');
    expect(shownTitles()).toEqual(['Alert on queue depth']);
    await app.user.type(quickAdd(), 'and lag');
    // What a read-only file does to every write; the tests run as root, so chmod would not.
    app.core.session.store().db.pragma('query_only = ON');

    hold.release();
    expect(
      await screen.findByText(
        'The database file or its folder is read-only: nothing was saved. Give Hindsight write access to the file and its folder, or open another database.',
      ),
    ).toBeInTheDocument();
    expect(shownTitles()).toEqual([]);
    expect(quickAdd()).toHaveValue('Alert on queue depth and lag');
    expect(await storedTitles(app.core, app.meeting.id)).toEqual([]);
  });

  it('deletes an item still saving once its add is answered, and offers Undo', async () => {
    const hold = heldCalls(['actionItems.add']);
    const app = await openActionItems([], { wrapApi: hold.wrap });
    await typeItem(app, 'Alert on queue depth');
    await app.user.click(screen.getByRole('button', { name: 'Delete “Alert on queue depth”' }));
    expect(await storedTitles(app.core, app.meeting.id)).toEqual([]);

    hold.release();
    expect(await screen.findByText('Deleted action item “Alert on queue depth”.')).toBeInTheDocument();
    expect(shownTitles()).toEqual([]);
    expect(await storedTitles(app.core, app.meeting.id)).toEqual([]);
    await app.user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(shownTitles()).toEqual(['Alert on queue depth']));
    expect(await storedTitles(app.core, app.meeting.id)).toEqual(['Alert on queue depth']);
  });

  it('never shows another window (the projector) a record still saving: it sees the committed one', async () => {
    const hold = heldCalls(['actionItems.add']);
    const app = await openActionItems([], { wrapApi: hold.wrap });
    const projector = await secondWindow(app);
    await typeItem(app, 'Alert on queue depth');
    expect(shownTitles()).toEqual(['Alert on queue depth']);
    expect(projector.getState().overview.records!.actionItems).toEqual([]);
    expect(projector.getState().savingIds).toEqual({});

    hold.release();
    await waitFor(() => expect(projector.getState().overview.records!.actionItems).toHaveLength(1));
    const [shown] = projector.getState().overview.records!.actionItems;
    const stored = await value<MeetingRecords>(app.core, 'meetings.get', { id: app.meeting.id });
    expect(shown).toEqual(stored.actionItems[0]);
    expect(projector.getState().savingIds).toEqual({});
  });
});

describe('a load of the open meeting while an add is on its way', () => {
  it('keeps the records still saving, marked, until their adds are answered', async () => {
    const { core } = await testCore();
    const meeting = await value<Meeting>(core, 'meetings.create', { title: 'Checkout outage' });
    const hold = heldCalls(['actionItems.add', 'timeline.add']);
    const store = createAppStore(hold.wrap(inProcessBridge(core)));
    await store.getState().checkDatabase();
    await store.getState().openMeeting(meeting.id);
    const item = store.getState().captureNewRecord('actionItems', { title: 'Alert on queue depth' });
    const event = store.getState().captureNewRecord('timeline', { at: Date.UTC(2026, 2, 5, 9), description: 'Rollback' });
    // Logged meanwhile by another window, one event before the typed one's time and one after.
    for (const [hour, description] of [[8, 'Errors rise'], [10, 'Recovered']] as const) {
      await value(core, 'timeline.add', { meetingId: meeting.id, at: Date.UTC(2026, 2, 5, hour), description });
    }

    // A load again (after a merge, say): the core's lists do not hold the two yet.
    await store.getState().reloadOpenMeeting();

    const shown = () => store.getState().overview.records!;
    const inTime = ['Errors rise', 'Rollback', 'Recovered'];
    expect(shown().actionItems.map((record) => record.title)).toEqual(['Alert on queue depth']);
    // The typed event keeps its place in time, not the end of the loaded log.
    expect(shown().timeline.map((record) => record.description)).toEqual(inTime);
    expect(Object.keys(store.getState().savingIds)).toHaveLength(2);

    hold.release();
    await Promise.all([item, event]);
    expect(store.getState().savingIds).toEqual({});
    expect(shown().actionItems.map((record) => record.title)).toEqual(['Alert on queue depth']);
    expect(shown().timeline.map((record) => record.description)).toEqual(inTime);
  });
});

describe('an event typed into the capture row, before and after the core answers', () => {
  it('shows the event marked “Saving…” with the row empty before the answer, then saved', async () => {
    const hold = heldCalls(['timeline.add']);
    const log = await eventLog({}, { wrapApi: hold.wrap });
    await log.type('09:31', 'Checkout errors rise');

    const pending = screen.getByText('Checkout errors rise').closest('tr')!;
    expect(within(pending).getByText('Saving…')).toBeInTheDocument();
    expect(pending).toHaveAttribute('aria-busy', 'true');
    expect(log.field('Time')).toHaveValue('');
    expect(log.field('What happened')).toHaveValue('');
    expect(log.field('Time')).toHaveFocus();
    expect(await log.storedEvents()).toEqual([]);

    hold.release();
    await waitFor(() => expect(within(pending).queryByText('Saving…')).not.toBeInTheDocument());
    expect(screen.getByText('Checkout errors rise').closest('tr')).toBe(pending);
    expect((await log.storedEvents()).map((event) => event.description)).toEqual(['Checkout errors rise']);
  });

  it('takes a refused event out of the log and gives its time and text back with the reason', async () => {
    const hold = heldCalls(['timeline.add']);
    const log = await eventLog({}, { wrapApi: hold.wrap });
    await log.type('09:31', 'Checkout errors rise');
    expect(screen.getByText('Checkout errors rise')).toBeInTheDocument();
    log.core.session.store().db.pragma('query_only = ON');

    hold.release();
    const form = screen.getByRole('form', { name: 'Add an event' });
    expect(await within(form).findByText(/read-only: nothing was saved/)).toBeInTheDocument();
    expect(screen.queryByText('Checkout errors rise')).not.toBeInTheDocument();
    expect(log.field('Time')).toHaveValue('09:31');
    expect(log.field('What happened')).toHaveValue('Checkout errors rise');
    expect(await log.storedEvents()).toEqual([]);
  });
});

describe('withSavingKept', () => {
  it('puts each record still saving at its place in its list’s order, not at the end', async () => {
    const { core } = await testCore();
    const meeting = await value<Meeting>(core, 'meetings.create', { title: 'Checkout outage' });
    for (const hour of [8, 10]) {
      await value(core, 'timeline.add', { meetingId: meeting.id, at: Date.UTC(2026, 2, 5, hour), description: `At ${hour}` });
    }
    const loaded = await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id });
    const typed = { ...loaded.timeline[0]!, id: 'typed-while-loading', at: Date.UTC(2026, 2, 5, 9), description: 'At 9' };
    const shown = { ...loaded, timeline: [typed] };

    const kept = withSavingKept(loaded, shown, { [typed.id]: true });
    expect(kept.timeline.map((event) => event.description)).toEqual(['At 8', 'At 9', 'At 10']);
    // Not saving any more (answered): the load stands as it came.
    expect(withSavingKept(loaded, shown, {})).toBe(loaded);
  });
});
