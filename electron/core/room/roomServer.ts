import { randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  RoomClientMessage,
  ROOM_SOCKET_PATH,
  type RoomJoin,
  type RoomParticipant,
  type RoomServerMessage,
} from '../../../shared/contract/room';
import { fail, type ContractError, type Result } from '../../../shared/contract/errors';
import { CONTENT_SECURITY_POLICY } from '../../../shared/csp';
import { roomCodeMatches } from './roomCode';
import { failureCounter, ROOM_LIMITS, tokenBucket } from './roomLimits';
import { staticFiles } from './staticFiles';

/** The page note-takers are served: the renderer's note-taker entry (renderer/room.html). */
export const NOTE_TAKER_PAGE = 'room.html';
/** Besides `/assets/`: the icon, and the service worker that keeps the page for offline reloads. */
const PAGE_FILES = new Set(['/icon.svg', '/room-sw.js']);

export interface RoomServerOptions {
  meetingId: string;
  /** The interface to listen on (the LAN's address; 127.0.0.1 in tests). */
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** The room code a newcomer must name; `changeCode` replaces it. */
  code: string;
  rendererDir: string;
  now(): number;
  newId(): string;
  /** Runs a joined note-taker's call; the hub checks capabilities and validates. Never throws. */
  call(method: string, input: unknown, caller: RoomParticipant): Promise<Result<unknown>>;
  /** Someone joined, left or came back: the console's list changed. */
  onParticipantsChanged(): void;
}

type Participant = RoomParticipant & { session: string };

interface Connection {
  socket: WebSocket;
  participant: Participant | null;
  inFlight: number;
  bucket: ReturnType<typeof tokenBucket>;
}

/** How long a refused socket may take to close before it is cut. */
const REFUSED_SOCKET_MS = 1000;

/** Why someone is refused; `ended` when it ends their session (they forget it, and need a code). */
type Refusal = ContractError & { ended?: boolean };

/** What a connection or a join names to get in: the room code (someone new) or a session. */
interface Credential {
  code?: string | null | undefined;
  session?: string | null | undefined;
}

/**
 * The room's network side for one meeting: HTTP serving the note-taker page with the app's CSP,
 * and a WebSocket on ROOM_SOCKET_PATH. Every connection must come from a page this server served
 * (Origin and Host checked, against cross-site sockets and DNS rebinding) and name the room code
 * or a participant's session in its URL; a wrong one is told so in the socket (a browser page
 * cannot read an HTTP refusal) and let go at once. Every call repeats the session. Frames, call
 * sizes, call rates, calls in flight, bytes waiting and connections are all bounded
 * (roomLimits.ts).
 */
export async function startRoomServer(options: RoomServerOptions) {
  const failures = failureCounter(ROOM_LIMITS.maxFailedCodesPerMinute, options.now);
  const connections = new Set<Connection>();
  const participants = new Map<string, Participant>();
  const bySession = new Map<string, Participant>();
  /** Sockets told they are refused, until they are gone. */
  const refusing = new Set<WebSocket>();
  let code = options.code;
  let seq = 0;
  let closed = false;

  // The note-taker page and its assets only: the console's index.html is not the room's.
  const serveFile = staticFiles(
    options.rendererDir,
    NOTE_TAKER_PAGE,
    CONTENT_SECURITY_POLICY,
    (urlPath) => urlPath === '/' || urlPath.startsWith('/assets/') || PAGE_FILES.has(urlPath),
  );
  const server = http.createServer((request, response) => {
    if (!hostAllowed(request.headers.host)) {
      response.writeHead(421, { 'content-type': 'text/plain; charset=utf-8' }).end('wrong host');
      return;
    }
    serveFile(request, response);
  });
  const sockets = new WebSocketServer({ noServer: true, maxPayload: ROOM_LIMITS.maxFrameBytes });
  server.on('upgrade', (request, socket: Socket, head) => {
    const refusal = refuseUpgrade(request);
    if (refusal) {
      socket.end(`HTTP/1.1 ${refusal}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => accept(ws, request));
  });
  // Keep-alive sockets would hold `close` open: track them all to end them with the room.
  const rawSockets = new Set<Socket>();
  server.on('connection', (socket) => {
    rawSockets.add(socket);
    socket.on('close', () => rawSockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const authority = `${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`;
  const allowedHosts = new Set([authority, ...(isLoopback(options.host) ? [`localhost:${port}`] : [])]);

  function hostAllowed(host: string | undefined): boolean {
    return host !== undefined && allowedHosts.has(host.toLowerCase());
  }

  function refuseUpgrade(request: http.IncomingMessage): string | null {
    if (closed) return '503 Service Unavailable';
    const url = new URL(request.url ?? '/', 'http://room');
    if (url.pathname !== ROOM_SOCKET_PATH) return '404 Not Found';
    if (!hostAllowed(request.headers.host)) return '421 Misdirected Request';
    const origin = request.headers.origin;
    if (!origin || !allowedHosts.has(originAuthority(origin))) return '403 Forbidden';
    if (connections.size + refusing.size >= ROOM_LIMITS.maxConnections) return '503 Service Unavailable';
    return null;
  }

  /** The participant a live session names (a map's lookup hashes the whole key: no prefix leaks). */
  function participantOf(session: string | null | undefined): Participant | null {
    return (session && bySession.get(session)) || null;
  }

  /**
   * Why `credential`, sent from `from`, does not get in, or null when it does: a live session,
   * or the room's current code. A wrong code counts towards the guesser's limit; a session (256
   * bits, nothing to guess) is never held up by it, so a note-taker behind a guesser stays in.
   */
  function refuseCredential(credential: Credential, from: string): Refusal | null {
    if (credential.session) {
      if (participantOf(credential.session)) return null;
      return {
        ...fail(
          'forbidden',
          'Refused: this device is no longer in the room. Join with the code on the facilitator’s screen.',
        ).error,
        ended: true,
      };
    }
    if (failures.blocked(from)) {
      return fail(
        'rate-limited',
        'Refused: too many wrong codes from this device. Wait a minute, then join again.',
      ).error;
    }
    if (roomCodeMatches(code, credential.code)) return null;
    failures.record(from);
    return fail('forbidden', 'Refused: wrong room code. Check the code on the facilitator’s screen.').error;
  }

  /** Sends a message, or one already encoded (a broadcast encodes its event once for everyone). */
  function send(connection: Pick<Connection, 'socket'>, message: RoomServerMessage | string): void {
    const { socket } = connection;
    if (socket.readyState !== socket.OPEN) return;
    if (socket.bufferedAmount > ROOM_LIMITS.maxBufferedBytes) {
      // A client this far behind would only fall further behind: it reconnects and reloads.
      socket.terminate();
      return;
    }
    socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  function refuse(connection: Pick<Connection, 'socket'>, refusal: Refusal, closeCode = 4001): void {
    const { code: reason, message, ended } = refusal;
    send(connection, { t: 'refused', code: reason, message, ...(ended ? { ended } : {}) });
    connection.socket.close(closeCode, reason);
  }

  function accept(socket: WebSocket, request: http.IncomingMessage): void {
    const from = request.socket.remoteAddress ?? 'unknown';
    const params = new URL(request.url ?? '/', 'http://room').searchParams;
    const refusal = refuseCredential({ code: params.get('code'), session: params.get('session') }, from);
    if (refusal) {
      // Never a connection of the room: told why, and let go, within a second even if it never
      // answers the close. It counts towards the connections until then, and a bad frame from it
      // meanwhile ends it, never the process (ws emits `error` for one).
      refusing.add(socket);
      const letGo = setTimeout(() => socket.terminate(), REFUSED_SOCKET_MS);
      letGo.unref();
      socket.on('error', () => socket.terminate());
      socket.on('close', () => {
        clearTimeout(letGo);
        refusing.delete(socket);
      });
      refuse({ socket }, refusal);
      return;
    }
    const connection: Connection = {
      socket,
      participant: null,
      inFlight: 0,
      bucket: tokenBucket(ROOM_LIMITS.burstCalls, ROOM_LIMITS.callsPerSecond, options.now),
    };
    connections.add(connection);
    const joinTimer = setTimeout(() => {
      if (!connection.participant) refuse(connection, fail('forbidden', 'Refused: no join.').error);
    }, ROOM_LIMITS.joinTimeoutMs);
    joinTimer.unref();
    socket.on('message', (data, isBinary) => {
      receive(connection, data as Buffer, isBinary, from).catch((error: unknown) => {
        // `call` answers every call; should anything else here throw, the client is told and let go.
        console.error('[hindsight] a room message failed', error);
        refuse(connection, fail('internal', 'Refused: the room could not read that message.').error);
      });
    });
    socket.on('error', () => socket.terminate());
    socket.on('close', () => {
      clearTimeout(joinTimer);
      connections.delete(connection);
      const participant = connection.participant;
      if (participant && ![...connections].some((other) => other.participant?.id === participant.id)) {
        participant.connected = false;
        options.onParticipantsChanged();
      }
    });
  }

  function join(connection: Connection, message: Credential & { join: RoomJoin }, from: string): void {
    // One join a connection: more would each add a participant, the earlier left "connected".
    if (connection.participant) {
      refuse(connection, fail('invalid-input', 'Refused: this connection has joined already.').error);
      return;
    }
    const refusal = refuseCredential(message, from);
    if (refusal) {
      refuse(connection, refusal);
      return;
    }
    // A session is the same person coming back (a reload, a reconnect); a code is someone new.
    const known = participantOf(message.session);
    if (!known && participants.size >= ROOM_LIMITS.maxParticipants) {
      refuse(connection, fail('forbidden', 'Refused: the room is full.').error, 4003);
      return;
    }
    const participant = known ?? {
      id: options.newId(),
      session: randomBytes(32).toString('base64url'),
      name: message.join.name,
      role: message.join.role,
      joinedAt: options.now(),
      connected: true,
    };
    Object.assign(participant, { name: message.join.name, role: message.join.role, connected: true });
    participants.set(participant.id, participant);
    bySession.set(participant.session, participant);
    connection.participant = participant;
    send(connection, {
      t: 'welcome',
      meetingId: options.meetingId,
      participantId: participant.id,
      session: participant.session,
      hubNow: options.now(),
      seq,
    });
    options.onParticipantsChanged();
  }

  async function receive(
    connection: Connection,
    data: Buffer,
    isBinary: boolean,
    from: string,
  ): Promise<void> {
    if (closed) return;
    const message = parseMessage(data, isBinary);
    if (!message.ok) {
      refuse(connection, message.error);
      return;
    }
    const { value } = message;
    if (value.t === 'join') {
      join(connection, value, from);
      return;
    }
    const answer = (result: Result<unknown>) => send(connection, { t: 'result', n: value.n, result, seq });
    if (!connection.participant) {
      answer(fail('forbidden', 'Refused: join the room before calling.'));
      return;
    }
    if (!sameSecret(connection.participant.session, value.session)) {
      refuse(connection, fail('forbidden', 'Refused: that call names another session.').error);
      return;
    }
    if (data.length > ROOM_LIMITS.maxCallBytes) {
      answer(fail('invalid-input', `Not saved: the call is larger than ${ROOM_LIMITS.maxCallBytes} bytes.`));
      return;
    }
    if (connection.inFlight >= ROOM_LIMITS.maxCallsInFlight || !connection.bucket.take()) {
      answer(fail('rate-limited', 'Not saved: too many calls at once. Sending again shortly.'));
      return;
    }
    connection.inFlight += 1;
    try {
      answer(await options.call(value.method, value.input, connection.participant));
    } finally {
      connection.inFlight -= 1;
    }
  }

  return {
    port,
    /** `http://ADDRESS:PORT/`: the note-taker page. */
    address: `http://${authority}/`,
    participants(): RoomParticipant[] {
      return [...participants.values()].map(({ session: _session, ...participant }) => participant);
    },
    /** Sends a core event to every joined note-taker, stamped with the hub's order. */
    broadcast(channel: string, payload: unknown): void {
      seq += 1;
      const frame = JSON.stringify({ t: 'event', channel, payload, seq } satisfies RoomServerMessage);
      for (const connection of connections) {
        if (connection.participant) send(connection, frame);
      }
    },
    /**
     * Disconnects a participant and ends their session. With the code they joined by they could
     * join again as someone new: the hub changes the code (`changeCode`) as it removes them.
     */
    remove(participantId: string): boolean {
      const participant = participants.get(participantId);
      if (!participant) return false;
      participants.delete(participantId);
      bySession.delete(participant.session);
      for (const connection of connections) {
        if (connection.participant?.id === participantId) {
          refuse(
            connection,
            {
              ...fail('forbidden', 'Refused: the facilitator removed you from this room.').error,
              ended: true,
            },
            4003,
          );
        }
      }
      return true;
    },
    /** From now on newcomers need `next`; everyone in the room keeps their session. */
    changeCode(next: string): void {
      code = next;
    },
    /** Stops listening and disconnects everyone; resolves when the port is free. */
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      for (const connection of connections) {
        refuse(
          connection,
          { ...fail('forbidden', 'The facilitator closed the room.').error, ended: true },
          4000,
        );
        connection.socket.terminate();
      }
      for (const socket of refusing) socket.terminate();
      sockets.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of rawSockets) socket.destroy();
      });
    },
  };
}

export type RoomServer = Awaited<ReturnType<typeof startRoomServer>>;

function parseMessage(data: Buffer, isBinary: boolean): Result<RoomClientMessage> {
  if (isBinary) return fail('invalid-input', 'Refused: the room speaks JSON text frames only.');
  let json: unknown;
  try {
    json = JSON.parse(data.toString('utf8'));
  } catch {
    return fail('invalid-input', 'Refused: the message is not JSON.');
  }
  const parsed = RoomClientMessage.safeParse(json);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : fail('invalid-input', 'Refused: the message is not a room message.');
}

function originAuthority(origin: string): string {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' ? url.host.toLowerCase() : '';
  } catch {
    return '';
  }
}

function sameSecret(expected: string, given: string | null): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given ?? '');
  return a.length === b.length && timingSafeEqual(a, b);
}

function isLoopback(host: string): boolean {
  return host === '127.0.0.1' || host === '::1' || host === 'localhost';
}
