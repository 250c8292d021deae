import type { BridgeTransport } from '../../../shared/contract/bridge';
import { methodNameOfChannel } from '../../../shared/contract/define';
import {
  roomCredential,
  roomSocketUrl,
  type RoomJoin,
  type RoomServerMessage,
} from '../../../shared/contract/room';

/** Where the note-taker's connection to the hub stands; the view shows it in words. */
export type RoomConnection =
  | { state: 'connecting' }
  | { state: 'online'; meetingId: string; participantId: string }
  | { state: 'offline' }
  /** The hub said no (wrong code, removed, room closed): retrying would not help. */
  | { state: 'refused'; message: string };

/** Where the page keeps its session in the room (joinDetails.ts), null when it has none. */
export interface SessionKeeper {
  read(): string | null;
  write(session: string | null): void;
}

export interface RoomTransportOptions {
  /** The room's page address (the note-taker page is served by the hub itself). */
  pageUrl: string;
  /** The room code, for joining as someone new; a kept session is used before it. */
  code: string;
  join: RoomJoin;
  session: SessionKeeper;
  /** Injected for tests; the page passes its own. */
  WebSocket?: typeof WebSocket;
  /** Whether the device thinks it has a network (`navigator.onLine`). */
  isOnline?: () => boolean;
}

const CALL_TIMEOUT_MS = 15_000;
const RETRY_MS = [500, 1000, 2000, 4000, 5000];

/**
 * The bridge transport of a note-taker in a browser: the same `buildBridge` shape the preload
 * implements over IPC, here over one WebSocket to the hub. It reconnects by itself (backing off,
 * and not at all while the device is offline); a call made while the connection is down fails at
 * once with a `transport` error, which the outbox reads as "keep it, send it later".
 */
export function createRoomTransport(options: RoomTransportOptions) {
  const Socket = options.WebSocket ?? WebSocket;
  const isOnline = options.isOnline ?? (() => navigator.onLine);
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const connectionListeners = new Set<(connection: RoomConnection) => void>();
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let connection: RoomConnection = { state: 'connecting' };
  let socket: WebSocket | null = null;
  let attempt = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let next = 0;
  let stopped = false;
  /** Hub clock minus this laptop's: timers are read in the hub's time, whatever this clock says. */
  let hubOffsetMs = 0;

  const setConnection = (value: RoomConnection) => {
    connection = value;
    for (const listener of connectionListeners) listener(value);
  };

  const failPending = (message: string) => {
    for (const call of pending.values()) call.reject(new Error(message));
    pending.clear();
  };

  function receive(message: RoomServerMessage): void {
    if (message.t === 'welcome') {
      attempt = 0;
      options.session.write(message.session);
      hubOffsetMs = message.hubNow - Date.now();
      setConnection({ state: 'online', meetingId: message.meetingId, participantId: message.participantId });
    } else if (message.t === 'result') {
      pending.get(message.n)?.resolve(message.result);
      pending.delete(message.n);
    } else if (message.t === 'event') {
      for (const listener of listeners.get(message.channel) ?? []) listener(message.payload);
    } else {
      stopped = true;
      // A session ended (removed, the room closed or opened again): a new join needs the code.
      if (message.ended) options.session.write(null);
      setConnection({ state: 'refused', message: message.message });
    }
  }

  function connect(): void {
    if (stopped || socket) return;
    if (!isOnline()) {
      setConnection({ state: 'offline' });
      return;
    }
    const session = options.session.read();
    const credential = roomCredential(session, options.code);
    const opened = new Socket(roomSocketUrl(options.pageUrl, credential).href);
    socket = opened;
    opened.onopen = () => opened.send(JSON.stringify({ t: 'join', ...credential, join: options.join }));
    opened.onmessage = (event) => {
      try {
        receive(JSON.parse(String(event.data)) as RoomServerMessage);
      } catch {
        // A frame we cannot read is the hub's bug; the next one may be fine.
      }
    };
    opened.onclose = () => {
      if (socket === opened) socket = null;
      failPending('the connection to the room dropped');
      if (stopped) return;
      setConnection({ state: 'offline' });
      retry = setTimeout(connect, RETRY_MS[Math.min(attempt++, RETRY_MS.length - 1)]);
    };
  }

  const transport: BridgeTransport = {
    invoke(channel, payload) {
      const open = socket;
      if (connection.state !== 'online' || !open || open.readyState !== open.OPEN) {
        return Promise.reject(new Error('offline: the room is not reachable right now'));
      }
      const n = next++;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(n);
          reject(new Error('the room did not answer in time'));
        }, CALL_TIMEOUT_MS);
        pending.set(n, {
          resolve: (value) => (clearTimeout(timer), resolve(value)),
          reject: (error) => (clearTimeout(timer), reject(error)),
        });
        const method = methodNameOfChannel(channel);
        const session = options.session.read();
        open.send(JSON.stringify({ t: 'call', n, session, method, input: payload }));
      });
    },
    subscribe(channel, listener) {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
      return () => set.delete(listener);
    },
  };

  return {
    transport,
    connection: () => connection,
    hubNow: () => Date.now() + hubOffsetMs,
    hubOffsetMs: () => hubOffsetMs,
    onConnection(listener: (connection: RoomConnection) => void): () => void {
      connectionListeners.add(listener);
      return () => connectionListeners.delete(listener);
    },
    start: connect,
    /** The device lost its network: drop the socket now rather than wait for a timeout. */
    wentOffline(): void {
      clearTimeout(retry);
      socket?.close();
      socket = null;
      failPending('the device went offline');
      if (!stopped) setConnection({ state: 'offline' });
    },
    cameOnline(): void {
      clearTimeout(retry);
      attempt = 0;
      connect();
    },
    stop(): void {
      stopped = true;
      clearTimeout(retry);
      socket?.close();
    },
  };
}

export type RoomTransport = ReturnType<typeof createRoomTransport>;
