import WebSocket from 'ws';
import { fail, type Result } from '../../../shared/contract/errors';
import { HubResult } from '../../../shared/contract/hubAnswers';
import {
  roomCredential,
  RoomServerMessage,
  roomSocketUrl,
  type RoomJoin,
} from '../../../shared/contract/room';

/** Where the connection to the hub stands. */
export type HubState =
  | { state: 'connecting' }
  | { state: 'online'; participantId: string; meetingId: string; hubOffsetMs: number }
  | { state: 'offline'; message: string }
  | { state: 'refused'; message: string };

export interface HubConnectionOptions {
  /** `http://ADDRESS:PORT/` */
  address: string;
  /** The room code, for joining as someone new; `session` is used before it. */
  code: string;
  /** The session an earlier welcome gave this app in the room, if any. */
  session: string | null;
  join: RoomJoin;
  now(): number;
  /** The hub welcomed this app with `session` (kept to come back as the same person), or ended it. */
  onSession(session: string | null): void;
  onState(state: HubState): void;
  onEvent(channel: string, payload: unknown): void;
  /** How often the link is checked (a ping the hub must answer before the next); HEARTBEAT_MS. */
  heartbeatMs?: number;
}

const CALL_TIMEOUT_MS = 15_000;
const RETRY_MS = [500, 1000, 2000, 4000, 5000];
/**
 * A Wi-Fi that drops sends nothing, not even a TCP reset: without a check the socket would look
 * open for many minutes, every capture waiting on it. A ping unanswered by the next one (so
 * within 10 s) ends the link, and the reconnecting starts.
 */
const HEARTBEAT_MS = 5000;
/** A whole meeting read from the hub is one frame: room for a long incident's event log. */
const MAX_FRAME_BYTES = 64 * 1024 * 1024;

/** The hub's HTTP answer to a refused connection, in words the person can act on. */
const UPGRADE_REFUSALS: Record<number, { message: string; final: boolean }> = {
  403: { message: 'Refused: the room did not accept this connection.', final: true },
  404: { message: 'No Hindsight room answers at this address.', final: true },
  421: { message: 'No Hindsight room answers at this address.', final: true },
  503: { message: 'The room is full or closing.', final: false },
};

/**
 * This app's connection to a hub, as a note-taker: the room's wire protocol over `ws`, with
 * the Origin the hub checks set to the hub's own address (this is no browser page). Every frame
 * the hub sends passes the protocol's schema; one that does not is dropped. It reconnects by
 * itself, backing off, until the hub refuses it for good or `stop` is called; a call made while
 * it is down answers a `transport` error at once.
 */
export function connectToHub(options: HubConnectionOptions) {
  const pending = new Map<number, (result: Result<unknown>) => void>();
  let socket: WebSocket | null = null;
  let state: HubState = { state: 'connecting' };
  let attempt = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let next = 0;
  let stopped = false;
  let session = options.session;

  const setState = (value: HubState) => {
    state = value;
    options.onState(value);
  };
  const failPending = (message: string) => {
    for (const answer of pending.values()) answer(fail('transport', message));
    pending.clear();
  };

  function receive(message: RoomServerMessage): void {
    if (message.t === 'welcome') {
      attempt = 0;
      session = message.session;
      options.onSession(session);
      setState({
        state: 'online',
        participantId: message.participantId,
        meetingId: message.meetingId,
        hubOffsetMs: message.hubNow - options.now(),
      });
    } else if (message.t === 'result') {
      const parsed = HubResult.safeParse(message.result);
      pending.get(message.n)?.(
        parsed.success
          ? parsed.data
          : fail('transport', 'The room answered something that is not an answer.'),
      );
      pending.delete(message.n);
    } else if (message.t === 'event') {
      options.onEvent(message.channel, message.payload);
    } else {
      stopped = true;
      // A session ended (removed, the room closed or opened again): a new join needs the code.
      if (message.ended) {
        session = null;
        options.onSession(null);
      }
      setState({ state: 'refused', message: message.message });
    }
  }

  function connect(): void {
    if (stopped || socket) return;
    const credential = roomCredential(session, options.code);
    const opened = new WebSocket(roomSocketUrl(options.address, credential), {
      origin: new URL(options.address).origin,
      maxPayload: MAX_FRAME_BYTES,
      handshakeTimeout: CALL_TIMEOUT_MS,
    });
    socket = opened;
    let refusal: { message: string; final: boolean } | null = null;
    let heartbeat: ReturnType<typeof setInterval> | undefined;
    let answered = true;
    opened.on('pong', () => (answered = true));
    opened.on('open', () => {
      opened.send(JSON.stringify({ t: 'join', ...credential, join: options.join }));
      heartbeat = setInterval(() => {
        if (!answered) return opened.terminate();
        answered = false;
        opened.ping();
      }, options.heartbeatMs ?? HEARTBEAT_MS);
      heartbeat.unref();
    });
    opened.on('unexpected-response', (_request, response) => {
      refusal = UPGRADE_REFUSALS[response.statusCode ?? 0] ?? {
        message: `The room refused the connection (HTTP ${response.statusCode}).`,
        final: true,
      };
      opened.terminate();
    });
    opened.on('message', (data, isBinary) => {
      if (isBinary) return;
      let json: unknown;
      try {
        json = JSON.parse(String(data));
      } catch {
        return;
      }
      const parsed = RoomServerMessage.safeParse(json);
      if (parsed.success) receive(parsed.data);
    });
    // Every failure ends in `close`, which decides what comes next.
    opened.on('error', () => undefined);
    opened.on('close', () => {
      clearInterval(heartbeat);
      if (socket === opened) socket = null;
      failPending('the connection to the room dropped');
      if (refusal?.final && !stopped) {
        stopped = true;
        setState({ state: 'refused', message: refusal.message });
      }
      if (stopped) return;
      setState({
        state: 'offline',
        message: refusal?.message ?? `The room at ${options.address} does not answer; trying again.`,
      });
      retry = setTimeout(connect, RETRY_MS[Math.min(attempt++, RETRY_MS.length - 1)]);
    });
  }

  return {
    state: () => state,
    start: connect,
    /** Calls a method on the hub (its allowlist decides); never throws. */
    call(method: string, input: unknown): Promise<Result<unknown>> {
      const open = socket;
      if (state.state !== 'online' || !open || open.readyState !== WebSocket.OPEN) {
        return Promise.resolve(fail('transport', 'The room is not reachable right now.'));
      }
      const n = next++;
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          pending.delete(n);
          resolve(fail('transport', 'The room did not answer in time.'));
        }, CALL_TIMEOUT_MS);
        pending.set(n, (result) => {
          clearTimeout(timer);
          resolve(result);
        });
        open.send(JSON.stringify({ t: 'call', n, session, method, input }));
      });
    },
    stop(): void {
      stopped = true;
      clearTimeout(retry);
      socket?.terminate();
      socket = null;
      failPending('left the room');
    },
  };
}

export type HubConnection = ReturnType<typeof connectToHub>;
