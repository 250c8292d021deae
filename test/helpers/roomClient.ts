import WebSocket from 'ws';
import { roomSocketUrl, type RoomCredential, type RoomServerMessage } from '../../shared/contract/room';
import type { Result } from '../../shared/contract/errors';

export interface RoomClientOptions {
  /** The room server's address, `http://127.0.0.1:PORT/`. */
  address: string;
  /** The room code a newcomer names; null names none. */
  code: string | null;
  /** A session an earlier welcome gave: named instead of the code, to come back as the same person. */
  session?: string;
  /** The page's origin a browser would send; null sends none. Defaults to the room's own. */
  origin?: string | null;
}

type Answer = Extract<RoomServerMessage, { t: 'welcome' | 'refused' }>;

/**
 * A note-taker over the real WebSocket, as a browser speaks to the room: for server tests and
 * the bench. `connect` rejects with the HTTP status when the upgrade is refused; a wrong code or
 * session is refused inside the socket (`refusal`).
 */
export async function connectRoomClient(options: RoomClientOptions) {
  // None at all is what a stranger's socket sends: not a credential the contract has a type for.
  const credential = (
    options.session ? { session: options.session } : options.code === null ? {} : { code: options.code }
  ) as RoomCredential;
  const url = roomSocketUrl(options.address, credential);
  const origin = options.origin === undefined ? new URL(options.address).origin : options.origin;
  const socket = new WebSocket(url, origin === null ? {} : { origin });
  const messages: RoomServerMessage[] = [];
  const waiting = new Map<number, (result: Result<unknown>) => void>();
  const listeners = new Set<(message: RoomServerMessage) => void>();
  let next = 0;
  let session: string | null = options.session ?? null;
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as RoomServerMessage;
    messages.push(message);
    if (message.t === 'welcome') session = message.session;
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

  /** The refusal this connection got, or the first welcome or refusal from now on. */
  function answer(): Promise<Answer> {
    const refused = messages.find((message) => message.t === 'refused');
    if (refused) return Promise.resolve(refused as Answer);
    return new Promise((resolve) => {
      const listener = (message: RoomServerMessage) => {
        if (message.t !== 'welcome' && message.t !== 'refused') return;
        listeners.delete(listener);
        resolve(message);
      };
      listeners.add(listener);
    });
  }

  return {
    messages,
    closed,
    socket,
    /** The session the hub's welcome gave (or the one connected with). */
    session: () => session,
    onMessage(listener: (message: RoomServerMessage) => void) {
      listeners.add(listener);
    },
    /** The hub's refusal of this connection (a wrong code or session), as it came. */
    refusal: answer,
    /** Joins and resolves with the welcome (or the refusal). */
    join(name: string, role = 'note-taker') {
      const answered = answer();
      if (socket.readyState === socket.OPEN) {
        socket.send(JSON.stringify({ t: 'join', ...credential, join: { name, role } }));
      }
      return answered;
    },
    call(method: string, input: unknown, callSession = session): Promise<Result<unknown>> {
      const n = next++;
      const answered = new Promise<Result<unknown>>((resolve) => waiting.set(n, resolve));
      socket.send(JSON.stringify({ t: 'call', n, session: callSession, method, input }));
      return answered;
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
