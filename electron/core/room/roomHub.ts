import { randomBytes } from 'node:crypto';
import QRCode from 'qrcode';
import type { EventName, EventPayload } from '../../../shared/contract';
import type { MeetingChange } from '../../../shared/contract/changes';
import { eventChannelOf } from '../../../shared/contract/define';
import { fail, type Result } from '../../../shared/contract/errors';
import type { RoomParticipant, RoomReplacement, RoomStatus } from '../../../shared/contract/room';
import type { Store } from '../repos/store';
import { HandlerError } from '../handlers/context';
import type { RoomAdvertiser } from './advertiser';
import { answerForNoteTaker, changeForNoteTaker, recordBefore, refuseOutsideRoom } from './capabilities';
import { newRoomCode } from './roomCode';
import { ROOM_LIMITS } from './roomLimits';
import { startRoomServer, type RoomServer } from './roomServer';

/**
 * What the shell gives the core to run a room (Host.room): where to listen and what to serve.
 * The desktop app and the CLI pick the LAN's address (`--host` overrides); tests bind 127.0.0.1
 * and inject a fake advertiser, so no test ever multicasts on a real interface.
 */
export interface RoomHost {
  /** The interface address to listen on. */
  listenAddress(): string;
  /** The port; 0 or missing picks a free one. */
  port?: number;
  /** The built renderer folder (dist/renderer), which holds the note-taker page. */
  rendererDir: string;
  /** Announces the room by mDNS; missing: the room is joined by typed address only. */
  advertiser?: RoomAdvertiser;
}

interface OpenRoom {
  meetingId: string;
  code: string;
  server: RoomServer;
  qrSvg: string;
  joinUrl: string;
  advertisement: { stop(): void } | null;
  replacements: RoomReplacement[];
  /**
   * What each `recordId:field` held after the room last wrote it, and who wrote it: a note-taker
   * changing their own value again is a re-edit, not a replacement, but only while the field
   * still holds that value (an edit on the console in between is someone else's).
   */
  lastWrite: Map<string, { by: string; value: string }>;
  qrOnProjector: boolean;
}

export interface RoomHubOptions {
  host: RoomHost | undefined;
  store(): Store;
  now(): number;
  newId(): string;
  /** The core's `call`: validation, the handler, its events. */
  call(method: string, input: unknown): Promise<Result<unknown>>;
  /** The core's `together`: the calls `start` starts share one commit. */
  together<T>(start: () => T): T;
  /** Sends an event to the app's windows (the console's room panel). */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

const ENDED = new Set(['review', 'published']);

/**
 * The room of the core: at most one open at a time, for one meeting. It owns the server, the
 * advertisement and the join QR, passes note-takers' calls through the room's capabilities to
 * the core, and forwards the core's events for that meeting to them, whatever their payload.
 */
export function createRoomHub(options: RoomHubOptions) {
  let room: OpenRoom | null = null;

  function status(): RoomStatus | null {
    if (!room) return null;
    return {
      meetingId: room.meetingId,
      joinUrl: room.joinUrl,
      address: room.server.address,
      code: room.code,
      qrSvg: room.qrSvg,
      participants: room.server.participants(),
      replacements: [...room.replacements],
      advertised: room.advertisement !== null,
      qrOnProjector: room.qrOnProjector,
    };
  }

  const changed = () => options.emit('roomChanged', { open: room !== null });

  /**
   * Note-takers' calls that arrived in this turn of the event loop (setImmediate runs once the
   * turn has read every socket that had data): written together, with one commit. Twenty
   * note-takers writing at once cost one fsync, not twenty in a row, the last one waiting for
   * all the others (the room bench's propagation).
   */
  const arrived: { start: () => Promise<Result<unknown>>; answer(result: Result<unknown>): void }[] = [];

  function writeArrived(): void {
    const batch = arrived.splice(0);
    // Every call is answered, whatever fails: a call left unanswered would hold its connection's
    // slot for good, and a rejection nobody handles ends the command line's hub.
    const failed = (error: unknown) => {
      console.error('[hindsight] a note-taker’s call failed', error);
      return fail(
        'internal',
        'Not saved: the facilitator’s Hindsight failed on this call (its log says why).',
      );
    };
    let answers: Promise<Result<unknown>>[];
    try {
      answers = options.together(() => batch.map((call) => call.start()));
    } catch (error) {
      answers = batch.map(() => Promise.resolve(failed(error)));
    }
    answers.forEach(
      (answer, index) =>
        void answer.then(batch[index]!.answer, (error) => batch[index]!.answer(failed(error))),
    );
  }

  function callAsNoteTaker(
    method: string,
    input: unknown,
    caller: RoomParticipant,
  ): Promise<Result<unknown>> {
    return new Promise((answer) => {
      if (arrived.push({ start: () => callNow(method, input, caller), answer }) === 1)
        setImmediate(writeArrived);
    });
  }

  async function callNow(method: string, input: unknown, caller: RoomParticipant): Promise<Result<unknown>> {
    const current = room;
    if (!current) return fail('forbidden', 'Refused: the room is closed.');
    const refusal = refuseOutsideRoom(method, input, current.meetingId, options.store());
    if (refusal) return { ok: false, error: refusal };
    const before = recordBefore(method, input, options.store());
    const result = await options.call(method, input);
    if (result.ok) noteWrites(current, method, input, result.value, before, caller);
    return answerForNoteTaker(method, result);
  }

  /**
   * The later edit of a field wins (the hub's order); when it overwrote what someone else wrote,
   * the console gets a "replaced" note with the value that was there.
   */
  function noteWrites(
    current: OpenRoom,
    method: string,
    input: unknown,
    saved: unknown,
    before: Record<string, unknown> | null,
    caller: RoomParticipant,
  ): void {
    const written = saved as Record<string, unknown> & { id: string };
    const recordId = written.id;
    const fields = method.endsWith('.update')
      ? ((input as { patch: Record<string, unknown> }).patch ?? {})
      : (input as Record<string, unknown>);
    let replaced = false;
    for (const field of Object.keys(fields)) {
      // The record's own fields only: the contract drops a key it does not know, and one kept
      // here would grow the map by whatever keys a client made up, a call at a time.
      if (field === 'id' || field === 'meetingId' || !Object.hasOwn(written, field)) continue;
      const key = `${recordId}:${field}`;
      const previous = before?.[field];
      // As saved (the contract normalises text): what the field holds now.
      const next = written[field];
      const last = current.lastWrite.get(key);
      const ownValue = last?.by === caller.id && last.value === JSON.stringify(previous);
      const overwrote =
        before !== null &&
        !ownValue &&
        previous !== '' &&
        previous !== null &&
        JSON.stringify(previous) !== JSON.stringify(next);
      if (overwrote) {
        current.replacements.unshift({
          recordId,
          method,
          field,
          previous,
          next,
          by: caller.name,
          at: options.now(),
        });
        current.replacements.length = Math.min(current.replacements.length, ROOM_LIMITS.maxReplacements);
        replaced = true;
      }
      current.lastWrite.set(key, { by: caller.id, value: JSON.stringify(next) });
    }
    if (replaced) changed();
  }

  async function close(): Promise<void> {
    const closing = room;
    if (!closing) return;
    room = null;
    closing.advertisement?.stop();
    await closing.server.close();
    changed();
  }

  /** The room being opened, until it is. */
  let opening: { meetingId: string; done: Promise<RoomStatus> } | null = null;

  async function openRoom(meetingId: string): Promise<RoomStatus> {
    const host = options.host;
    if (!host) throw new HandlerError('internal', 'This Hindsight cannot open a room (no network host).');
    const meeting = options.store().tables.meetings.get(meetingId);
    if (!meeting || meeting.deletedAt !== null)
      throw new HandlerError('not-found', `No meeting with id ${meetingId}.`);
    if (ENDED.has(meeting.status))
      throw new HandlerError('conflict', 'The meeting has ended: a room opens for a meeting still to run.');
    const code = newRoomCode();
    const server = await startRoomServer({
      meetingId,
      host: host.listenAddress(),
      port: host.port ?? 0,
      code,
      rendererDir: host.rendererDir,
      now: options.now,
      newId: options.newId,
      call: callAsNoteTaker,
      onParticipantsChanged: changed,
    });
    let advertisement: { stop(): void } | null = null;
    try {
      const { joinUrl, qrSvg } = await joinLink(server, code);
      advertisement =
        host.advertiser?.advertise({
          // Unique on the network without a word of the code: anyone there hears the name.
          name: `Hindsight ${randomBytes(3).toString('hex')}`,
          port: server.port,
          host: host.listenAddress(),
          meetingTitle: meeting.title,
        }) ?? null;
      room = {
        meetingId,
        code,
        server,
        joinUrl,
        qrSvg,
        advertisement,
        replacements: [],
        lastWrite: new Map(),
        qrOnProjector: false,
      };
    } catch (error) {
      // Nothing is left listening or announcing for a room that did not open.
      advertisement?.stop();
      await server.close();
      throw error;
    }
    changed();
    return status()!;
  }

  return {
    status,
    async open(meetingId: string): Promise<RoomStatus> {
      if (room?.meetingId === meetingId) return status()!;
      if (room)
        throw new HandlerError('conflict', 'A room is already open for another meeting: close it first.');
      // A second open while the first is on its way (the menu's accelerator twice) gets the first's
      // answer: two servers would leave one listening that no close could reach.
      if (opening?.meetingId === meetingId) return opening.done;
      if (opening)
        throw new HandlerError('conflict', 'A room is opening for another meeting: close it first.');
      const done = openRoom(meetingId);
      opening = { meetingId, done };
      try {
        return await done;
      } finally {
        opening = null;
      }
    },
    close,
    showOnProjector(shown: boolean): RoomStatus {
      if (!room) throw new HandlerError('not-found', 'No room is open.');
      room.qrOnProjector = shown;
      changed();
      return status()!;
    },
    /**
     * Disconnects a note-taker, ends their session, and changes the room code (the join link and
     * QR with it): they could otherwise join again as someone new with the code they had. Everyone
     * else stays in on their own session; only newcomers need the new code. The join QR leaves
     * the projector, where the person removed could read the new one; the console shows it again.
     */
    async removeParticipant(participantId: string): Promise<RoomStatus> {
      const current = room;
      if (!current) throw new HandlerError('not-found', 'No room is open.');
      if (!current.server.participants().some((person) => person.id === participantId)) {
        throw new HandlerError('not-found', `Nobody with id ${participantId} is in the room.`);
      }
      const code = newRoomCode();
      const link = await joinLink(current.server, code);
      // After the await, in one turn: the server's code and what the console shows never differ.
      if (room !== current || !current.server.remove(participantId)) {
        throw new HandlerError('not-found', `Nobody with id ${participantId} is in the room.`);
      }
      current.server.changeCode(code);
      Object.assign(current, { code, ...link, qrOnProjector: false });
      changed();
      return status()!;
    },
    /**
     * Every committed core event: the room's meeting's go to its note-takers, without what they
     * are not to see (capabilities.ts); when that meeting ends or is deleted, the room closes.
     */
    onCoreEvent(event: string, payload: unknown): void {
      const current = room;
      if (!current || (payload as { meetingId?: unknown } | null)?.meetingId !== current.meetingId) return;
      const shown = event === 'meetingChanged' ? changeForNoteTaker(payload as MeetingChange) : payload;
      if (shown !== null) current.server.broadcast(eventChannelOf(event), shown);
      const meeting = options.store().tables.meetings.get(current.meetingId);
      if (!meeting || meeting.deletedAt !== null || ENDED.has(meeting.status)) void close();
    },
  };
}

export type RoomHub = ReturnType<typeof createRoomHub>;

/** The address note-takers open, with the code in its fragment, and that address as a QR code. */
async function joinLink(server: RoomServer, code: string): Promise<{ joinUrl: string; qrSvg: string }> {
  const joinUrl = `${server.address}#code=${code}`;
  const qrSvg = await QRCode.toString(joinUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return { joinUrl, qrSvg };
}
