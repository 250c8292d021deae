import WebSocket from 'ws';
import { buildBridge } from '../../shared/contract/bridge';
import type { RoomStatus } from '../../shared/contract/room';
import { storedSession } from '../../renderer/features/room/joinDetails';
import { createNoteTakerStore } from '../../renderer/features/room/noteTakerStore';
import { createRoomTransport } from '../../renderer/features/room/roomTransport';

/** A browser page's socket: the page's Origin is the room's own address. */
export function pageSocket(address: string): typeof globalThis.WebSocket {
  const origin = new URL(address).origin;
  return class extends WebSocket {
    constructor(url: string) {
      super(url, { origin });
    }
  } as unknown as typeof globalThis.WebSocket;
}

/**
 * The note-taker page's transport and store in `room` as Ana, over `storage` (the page's
 * localStorage): started, so it joins. A reload is `stop` and another page over the same storage.
 */
export function roomPage(room: RoomStatus, storage: Storage, isOnline?: () => boolean) {
  const transport = createRoomTransport({
    pageUrl: room.address,
    code: room.code,
    join: { name: 'Ana', role: 'note-taker' },
    session: storedSession(storage, room.code),
    WebSocket: pageSocket(room.address),
    ...(isOnline ? { isOnline } : {}),
  });
  const store = createNoteTakerStore({
    api: buildBridge(transport.transport),
    room: transport,
    meetingKey: room.code,
    storage,
  });
  transport.start();
  return { transport, store };
}
