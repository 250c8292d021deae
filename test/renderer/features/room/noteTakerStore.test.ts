import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/react';
import { buildBridge } from '../../../../shared/contract/bridge';
import type { RoomStatus } from '../../../../shared/contract/room';
import type { Meeting, MeetingRecords } from '../../../../shared/types';
import { createNoteTakerStore } from '../../../../renderer/features/room/noteTakerStore';
import { createRoomTransport } from '../../../../renderer/features/room/roomTransport';
import { loopbackRoomHost } from '../../../helpers/roomHost';
import { scriptedHost, testCore, value } from '../../../helpers/testCore';

const AT = Date.parse('2026-03-05T10:00:00Z');

/** A browser page's socket: the page's Origin is the room's own address. */
function pageSocket(address: string): typeof globalThis.WebSocket {
  const origin = new URL(address).origin;
  return class extends WebSocket {
    constructor(url: string) {
      super(url, { origin });
    }
  } as unknown as typeof globalThis.WebSocket;
}

async function joinedPage() {
  const { host } = loopbackRoomHost();
  const { core: hub } = await testCore({ host: { ...scriptedHost().host, room: host } });
  const meeting = await value<Meeting>(hub, 'meetings.create', { title: 'Stale prices' });
  const room = await value<RoomStatus>(hub, 'room.open', { meetingId: meeting.id });
  window.localStorage.clear();
  const page = (online: { value: boolean }) => {
    const transport = createRoomTransport({
      pageUrl: room.address,
      code: room.code,
      join: { name: 'Ana', role: 'note-taker', clientId: 'client-ana-0001' },
      WebSocket: pageSocket(room.address),
      isOnline: () => online.value,
    });
    const store = createNoteTakerStore({
      api: buildBridge(transport.transport),
      room: transport,
      meetingKey: room.code,
      storage: window.localStorage,
    });
    transport.start();
    return { transport, store };
  };
  return { hub, meeting, page };
}

const hubTimeline = async (hub: Parameters<typeof value>[0], id: string) =>
  (await value<MeetingRecords>(hub, 'meetings.get', { id })).timeline;

describe('the note-taker page’s store', () => {
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
