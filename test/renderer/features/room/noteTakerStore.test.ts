import { describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/react';
import type { RoomStatus } from '../../../../shared/contract/room';
import type { Meeting, MeetingRecords } from '../../../../shared/types';
import { connectRoomClient } from '../../../helpers/roomClient';
import { loopbackRoomHost } from '../../../helpers/roomHost';
import { roomPage } from '../../../helpers/roomPage';
import { scriptedHost, testCore, value } from '../../../helpers/testCore';

const AT = Date.parse('2026-03-05T10:00:00Z');

async function joinedPage() {
  const { host } = loopbackRoomHost();
  const { core: hub } = await testCore({ host: { ...scriptedHost().host, room: host } });
  const meeting = await value<Meeting>(hub, 'meetings.create', { title: 'Stale prices' });
  const room = await value<RoomStatus>(hub, 'room.open', { meetingId: meeting.id });
  window.localStorage.clear();
  const page = (online: { value: boolean }) => roomPage(room, window.localStorage, () => online.value);
  return { hub, meeting, room, page };
}

const hubTimeline = async (hub: Parameters<typeof value>[0], id: string) =>
  (await value<MeetingRecords>(hub, 'meetings.get', { id })).timeline;

describe('the note-taker page’s store', () => {
  it('comes back after a reload as the same person, code changed or not; removed, it is told and forgets', async () => {
    const { hub, room, page } = await joinedPage();
    const people = () => value<RoomStatus>(hub, 'room.status', {}).then((open) => open.participants);
    const first = page({ value: true });
    await waitFor(() => expect(first.store.getState().connection.state).toBe('online'));
    const [ana] = await people();
    // Someone else is removed, so the code changes; this page only ever had the old one.
    const ben = await connectRoomClient({ address: room.address, code: room.code });
    await ben.join('Ben');
    const benId = (await people()).find((person) => person.name === 'Ben')!.id;
    await value(hub, 'room.removeParticipant', { participantId: benId });
    first.transport.stop();

    const reloaded = page({ value: true });
    await waitFor(() =>
      expect(reloaded.store.getState().connection).toMatchObject({ state: 'online', participantId: ana!.id }),
    );
    expect(await people()).toHaveLength(1);
    await value(hub, 'room.removeParticipant', { participantId: ana!.id });
    await waitFor(() =>
      expect(reloaded.store.getState().connection).toMatchObject({
        state: 'refused',
        message: expect.stringContaining('removed'),
      }),
    );
    expect(window.localStorage.getItem(`hindsight.room.session.${room.code}`)).toBeNull();
    reloaded.transport.stop();
  });

  it('reads the meeting on joining and applies the hub’s changes as they come', async () => {
    const { hub, meeting, page } = await joinedPage();
    const { store, transport } = page({ value: true });
    await waitFor(() => expect(store.getState().records?.meeting.title).toBe('Stale prices'));
    expect(store.getState().connection.state).toBe('online');
    await value(hub, 'parkingLot.add', { meetingId: meeting.id, text: 'Cache TTLs' });
    await waitFor(() =>
      expect(store.getState().records!.parkingLot.map((item) => item.text)).toEqual(['Cache TTLs']),
    );
    await value(hub, 'meetings.update', { id: meeting.id, patch: { title: 'Stale prices, again' } });
    await waitFor(() => expect(store.getState().records!.meeting.title).toBe('Stale prices, again'));
    transport.stop();
  });

  it('counts what waits while offline, keeps it over a reload, and sends each capture once', async () => {
    const { hub, meeting, page } = await joinedPage();
    const online = { value: true };
    const first = page(online);
    await waitFor(() => expect(first.store.getState().records).not.toBeNull());
    const sent = first.store.getState().capture('timeline.add', { at: AT, description: 'Prices went stale' });
    await waitFor(() => expect(first.store.getState().waiting).toEqual([]));
    expect(first.store.getState().mine).toEqual([sent]);

    online.value = false;
    first.transport.wentOffline();
    expect(first.store.getState().connection.state).toBe('offline');
    first.store.getState().capture('timeline.add', { at: AT + 60_000, description: 'Rolled back' });
    first.store.getState().capture('timeline.add', { at: AT + 120_000, description: 'Fresh again' });
    expect(first.store.getState().waiting.map((entry) => entry.input.description)).toEqual([
      'Rolled back',
      'Fresh again',
    ]);
    first.transport.stop();

    // The reload, still offline: the outbox and "mine" come back from the browser's storage.
    const reloaded = page(online);
    expect(reloaded.store.getState().waiting).toHaveLength(2);
    expect(reloaded.store.getState().mine).toHaveLength(3);
    online.value = true;
    reloaded.transport.cameOnline();
    await waitFor(() => expect(reloaded.store.getState().waiting).toEqual([]));
    const timeline = await hubTimeline(hub, meeting.id);
    expect(timeline.map((event) => event.description)).toEqual([
      'Prices went stale',
      'Rolled back',
      'Fresh again',
    ]);
    await waitFor(() => expect(reloaded.store.getState().records!.timeline).toHaveLength(3));
    reloaded.transport.stop();
  });

  it('keeps a capture the hub refuses for good out of the outbox, with the hub’s reason', async () => {
    const { hub, meeting, page } = await joinedPage();
    const { store, transport } = page({ value: true });
    await waitFor(() => expect(store.getState().records).not.toBeNull());
    store.getState().capture('timeline.add', { at: AT, description: 'x'.repeat(10_001) });
    await waitFor(() => expect(store.getState().refused).toHaveLength(1));
    expect(store.getState().refused[0]!.error.code).toBe('invalid-input');
    expect(store.getState().waiting).toEqual([]);
    expect(await hubTimeline(hub, meeting.id)).toEqual([]);
    transport.stop();
  });
});
