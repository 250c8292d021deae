import WebSocket from 'ws';
import { ROOM_SOCKET_PATH, type RoomServerMessage } from '../../shared/contract/room';
import type { Result } from '../../shared/contract/errors';

export interface RoomClientOptions {
  /** The room server's address, `http://127.0.0.1:PORT/`. */
  address: string;
  code: string | null;
  /** The page's origin a browser would send; null sends none. Defaults to the room's own. */
  origin?: string | null;
}

/**
 * A note-taker over the real WebSocket, as a browser speaks to the room: for server tests and
 * the bench. `connect` rejects with the HTTP status when the upgrade is refused.
 */
export async function connectRoomClient(options: RoomClientOptions) {
  const url = new URL(ROOM_SOCKET_PATH, options.address.replace(/^http/, 'ws'));
  if (options.code !== null) url.searchParams.set('code', options.code);
  const origin = options.origin === undefined ? new URL(options.address).origin : options.origin;
  const socket = new WebSocket(url, origin === null ? {} : { origin });
  const messages: RoomServerMessage[] = [];
  const waiting = new Map<number, (result: Result<unknown>) => void>();
  const listeners = new Set<(message: RoomServerMessage) => void>();
  let next = 0;
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as RoomServerMessage;
    messages.push(message);
    if (message.t === 'result') waiting.get(message.n)?.(message.result as Result<unknown>);
    for (const listener of listeners) listener(message);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('unexpected-response', (_request, response) =>
      reject(new Error(`refused: ${response.statusCode}`)),
    );
    socket.once('error', reject);
  });
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));

  const code = options.code ?? '';
  return {
    messages,
    closed,
    socket,
    onMessage(listener: (message: RoomServerMessage) => void) {
      listeners.add(listener);
    },
    /** Joins and resolves with the welcome (or the refusal). */
    join(name: string, role = 'note-taker', clientId = `client-${name}-0000`) {
      const answer = new Promise<RoomServerMessage>((resolve) => {
        const listener = (message: RoomServerMessage) => {
          if (message.t !== 'welcome' && message.t !== 'refused') return;
          listeners.delete(listener);
          resolve(message);
        };
        listeners.add(listener);
      });
      socket.send(JSON.stringify({ t: 'join', code, join: { name, role, clientId } }));
      return answer;
    },
    call(method: string, input: unknown, callCode = code): Promise<Result<unknown>> {
      const n = next++;
      const answer = new Promise<Result<unknown>>((resolve) => waiting.set(n, resolve));
      socket.send(JSON.stringify({ t: 'call', n, code: callCode, method, input }));
      return answer;
    },
    sendRaw(text: string) {
      socket.send(text);
    },
    close() {
      socket.close();
      return closed;
    },
  };
}

export type RoomClient = Awaited<ReturnType<typeof connectRoomClient>>;
