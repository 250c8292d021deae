import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MeetingRecords } from '../../../../shared/types';
import { storedDrafts } from '../../../../renderer/features/room/drafts';
import { NoteTakerView } from '../../../../renderer/features/room/NoteTakerView';
import { hubWithOpenRoom } from '../../../helpers/roomHost';
import { roomPage } from '../../../helpers/roomPage';
import { value } from '../../../helpers/testCore';

/** Longer than the hub takes (10,000 characters): the hub refuses it for good. */
const TOO_LONG = 'Prices went stale across every region.'.repeat(300);

/**
 * A real hub with its room open on loopback, and `open`: the note-taker page over `storage`
 * (its store, transport and screen), which a test closes and opens again for a reload.
 */
async function roomWithPage() {
  const { hub, meeting, room } = await hubWithOpenRoom();
  window.localStorage.clear();
  const open = async (storage: Storage = window.localStorage) => {
    const { transport, store } = roomPage(room, storage);
    const view = render(
      <NoteTakerView store={store} clock={transport} name="Ana" drafts={storedDrafts(storage, room.code)} />,
    );
    await screen.findByRole('heading', { name: 'Stale prices' });
    const close = () => {
      view.unmount();
      transport.stop();
    };
    return { store, close };
  };
  const hubTimeline = async () =>
    (await value<MeetingRecords>(hub, 'meetings.get', { id: meeting.id })).timeline;
  return { room, open, hubTimeline, refusedKey: `hindsight.room.refused.${room.code}` };
}

const eventForm = () => screen.getByRole('form', { name: 'Timeline event' });
const whatHappened = () => within(eventForm()).getByRole('textbox', { name: 'What happened' });
const when = () => within(eventForm()).getByRole('textbox', { name: 'When' });

/** Captures an event the hub refuses: pasted past the field's limit (maxLength stops typing only). */
async function captureRefusedEvent(user: ReturnType<typeof userEvent.setup>) {
  await user.type(when(), '2026-03-05 10:00');
  fireEvent.change(whatHappened(), { target: { value: TOO_LONG } });
  await user.click(within(eventForm()).getByRole('button', { name: 'Add event' }));
}

const refusedAlert = () => within(screen.getByRole('list', { name: 'Not saved' })).getByRole('alert');

describe('a capture the hub refused for good, on the note-taker page', () => {
  it('is kept over a reload, with the hub’s reason, and is sent again once edited in its form', async () => {
    const { open, hubTimeline, refusedKey } = await roomWithPage();
    const user = userEvent.setup();
    const first = await open();
    await captureRefusedEvent(user);
    await waitFor(() => expect(first.store.getState().refused).toHaveLength(1));
    const reason = first.store.getState().refused[0]!.error.message;
    expect(refusedAlert()).toHaveTextContent(`Not saved: “${TOO_LONG}”. ${reason}`);
    expect(window.localStorage.getItem(refusedKey)).toContain('Prices went stale');
    expect(first.store.getState().waiting).toEqual([]);
    first.close();

    // The reload: a new page over the same storage shows it again, with what to do about it.
    const reloaded = await open();
    expect(refusedAlert()).toHaveTextContent(reason);
    const item = within(screen.getByRole('list', { name: 'Not saved' })).getByRole('listitem');
    const edit = within(item).getByRole('button', { name: 'Edit and send again' });
    expect(edit).toHaveAccessibleDescription(/^Not saved: “Prices went stale/);
    edit.focus();
    await user.keyboard('{Enter}');

    // Back in its form, the time as the meeting's clock reads it, the reason beside it.
    expect(whatHappened()).toHaveValue(TOO_LONG);
    expect(when()).toHaveValue('2026-03-05 10:00:00');
    expect(when()).toHaveFocus();
    expect(within(eventForm()).getByRole('alert')).toHaveTextContent(reason);
    expect(screen.queryByRole('list', { name: 'Not saved' })).toBeNull();
    expect(window.localStorage.getItem(refusedKey)).toBeNull();

    await user.clear(whatHappened());
    await user.type(whatHappened(), 'Prices went stale in every region');
    await user.click(within(eventForm()).getByRole('button', { name: 'Add event' }));
    await waitFor(async () =>
      expect((await hubTimeline()).map((event) => event.description)).toEqual([
        'Prices went stale in every region',
      ]),
    );
    expect(within(eventForm()).queryByRole('alert')).toBeNull();
    expect(reloaded.store.getState().refused).toEqual([]);
    reloaded.close();
  });

  it('is gone from the view and from storage once discarded, also after a reload', async () => {
    const { open, refusedKey } = await roomWithPage();
    const user = userEvent.setup();
    const first = await open();
    await captureRefusedEvent(user);
    await waitFor(() => expect(first.store.getState().refused).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Discard' }));
    expect(screen.queryByRole('list', { name: 'Not saved' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Your captures' })).toHaveFocus();
    expect(window.localStorage.getItem(refusedKey)).toBeNull();
    first.close();

    const reloaded = await open();
    expect(reloaded.store.getState().refused).toEqual([]);
    expect(screen.queryByRole('list', { name: 'Not saved' })).toBeNull();
    reloaded.close();
  });

  it('does not overwrite text typed into its form since, and says so', async () => {
    const { open } = await roomWithPage();
    const user = userEvent.setup();
    const page = await open();
    await captureRefusedEvent(user);
    await waitFor(() => expect(page.store.getState().refused).toHaveLength(1));
    await user.type(whatHappened(), 'Rolled back');
    await user.click(screen.getByRole('button', { name: 'Edit and send again' }));
    expect(whatHappened()).toHaveValue('Rolled back');
    expect(screen.getByRole('list', { name: 'Not saved' })).toHaveTextContent(
      'The Timeline event form holds text not sent yet: send or clear it first.',
    );
    expect(page.store.getState().refused).toHaveLength(1);
    page.close();
  });

  it('stays in the outbox when storage cannot keep its refusal, and moves once it can', async () => {
    const { open, refusedKey, room } = await roomWithPage();
    const outboxKey = `hindsight.room.outbox.${room.code}`;
    // The real storage, full for the refusals only: the outbox's own write still fits.
    const full = new Proxy(window.localStorage, {
      get(storage, name) {
        if (name === 'setItem')
          return (key: string, text: string) => {
            if (key === refusedKey) throw new DOMException('full', 'QuotaExceededError');
            storage.setItem(key, text);
          };
        const member = Reflect.get(storage, name) as unknown;
        return typeof member === 'function' ? (member as () => unknown).bind(storage) : member;
      },
    });
    const user = userEvent.setup();
    const first = await open(full);
    await captureRefusedEvent(user);
    await waitFor(() => expect(first.store.getState().refused).toHaveLength(1));
    // Shown as refused, not as waiting, and its text is still in the outbox's key.
    expect(first.store.getState().waiting).toEqual([]);
    expect(window.localStorage.getItem(refusedKey)).toBeNull();
    expect(window.localStorage.getItem(outboxKey)).toContain('Prices went stale');
    first.close();

    // Storage has room again: sent once more, refused once more, and kept where it belongs.
    const reloaded = await open();
    await waitFor(() => expect(window.localStorage.getItem(outboxKey)).toBe('[]'));
    expect(window.localStorage.getItem(refusedKey)).toContain('Prices went stale');
    expect(reloaded.store.getState().refused).toHaveLength(1);
    reloaded.close();
  });

  it('reads a damaged stored value as none, and a damaged entry as only itself gone', async () => {
    const { open, refusedKey } = await roomWithPage();
    window.localStorage.setItem(refusedKey, '{not json');
    const damaged = await open();
    expect(damaged.store.getState().refused).toEqual([]);
    expect(screen.getByText('Nothing yet.')).toBeInTheDocument();
    damaged.close();

    const kept = {
      entry: { id: 'note-1', method: 'parkingLot.add', input: { text: 'TTL policy' } },
      error: { code: 'invalid-input', message: 'Not saved: text: too long.' },
    };
    window.localStorage.setItem(
      refusedKey,
      JSON.stringify([
        kept,
        { entry: { id: 'x', method: 'meetings.delete', input: {} }, error: kept.error },
        7,
      ]),
    );
    const partly = await open();
    expect(partly.store.getState().refused).toEqual([kept]);
    expect(refusedAlert()).toHaveTextContent('Not saved: “TTL policy”. Not saved: text: too long.');
    partly.close();
  });
});
