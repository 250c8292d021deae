import { z } from 'zod';
import { method } from './define';
import { RecordRef } from './crud';
import type { ContractError } from './errors';
import { specOf, type CrudKind, type RecordKinds } from './recordKinds';
import { RoomJoin } from './room';

/**
 * Joining a room from Hindsight (issue 15): the app becomes a note-taker of another Hindsight's
 * room. The core holds the connection to the hub and keeps a copy of the meeting and a durable
 * outbox in this app's own database, so a quit, a crash or a dropped network loses no capture.
 */

/**
 * The record kinds a note-taker captures, in a browser or in Hindsight: the room's allowlist
 * (electron/core/room/capabilities.ts) and the capture methods derive from this one list.
 */
export const CAPTURE_KINDS = [
  'timeline',
  'actionItems',
  'parkingLot',
  'questionNotes',
] as const satisfies readonly CrudKind[];
export type CaptureKind = (typeof CAPTURE_KINDS)[number];
export type CaptureMethod = `${RecordKinds[CaptureKind]['domain']}.add`;

/** The capture methods a note-taker writes through: the add side of the room's allowlist. */
export const CAPTURE_METHODS = CAPTURE_KINDS.map(
  (kind) => `${specOf(kind).domain}.add`,
) as unknown as readonly [CaptureMethod, ...CaptureMethod[]];

/** A room heard on the network by mDNS (`_hindsight._tcp`). */
export interface FoundRoom {
  /** The service's name, e.g. "Hindsight AB53117". */
  name: string;
  /** The meeting's title, as the room announces it. */
  title: string;
  /** `http://ADDRESS:PORT/`: what the join form fills in. */
  address: string;
}

/** One capture in the outbox: the call, with the record id this app made. */
export interface JoinCapture {
  id: string;
  method: CaptureMethod;
  input: Record<string, unknown>;
}

export interface JoinStatus {
  /** The room's address (`http://ADDRESS:PORT/`). */
  address: string;
  /** The room's meeting, which this app keeps a copy of. */
  meetingId: string;
  name: string;
  role: RoomJoin['role'];
  connection:
    | { state: 'connecting' }
    | { state: 'online'; participantId: string }
    | { state: 'offline'; message: string }
    /** The hub said no (wrong code, removed, room closed): join again with the new code. */
    | { state: 'refused'; message: string };
  /** Captures not yet confirmed by the hub, oldest first. */
  waiting: JoinCapture[];
  /** Captures the hub refused for good, with its reason. */
  refused: { entry: JoinCapture; error: ContractError }[];
  /** Ids of everything captured here for this meeting. */
  mine: string[];
  /** Hub clock minus this one, so typed times are read in the hub's time. */
  hubOffsetMs: number;
}

/**
 * The address a person types or picks: `192.168.1.20:53117`, `http://…/`, or the whole join
 * link (its `#code=` fragment then gives the code). Answers the room's origin, or what is wrong.
 */
export function parseRoomAddress(
  text: string,
): { ok: true; address: string; code: string | null } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Type the address shown on the facilitator’s screen.' };
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`);
  } catch {
    return {
      ok: false,
      message: `“${trimmed}” is not an address: type it as shown, e.g. 192.168.1.20:53117.`,
    };
  }
  if (url.protocol !== 'http:') return { ok: false, message: 'A room’s address starts with http://.' };
  if (url.port === '') return { ok: false, message: 'The address needs its port, e.g. 192.168.1.20:53117.' };
  if (url.username || url.password) return { ok: false, message: 'A room’s address has no user name.' };
  const code = new URLSearchParams(url.hash.replace(/^#/, '')).get('code');
  return { ok: true, address: `${url.origin}/`, code };
}

const RoomAddress = z
  .string()
  .max(300, 'longer than 300 characters')
  .superRefine((text, context) => {
    const parsed = parseRoomAddress(text);
    if (!parsed.ok) context.addIssue({ code: 'custom', message: parsed.message });
  });

export const joinMethods = {
  /** The rooms heard on this network for a moment (mDNS); empty when multicast is blocked. */
  'join.browse': method(z.object({})).returns<FoundRoom[]>(),
  /**
   * Joins a room: connects, is welcomed, and copies the meeting into this app's library. Wrong
   * code, nobody answering, a full room: refused with a message saying which.
   */
  'join.open': method(
    z.object({
      address: RoomAddress,
      code: z.string().trim().min(1, 'empty').max(64, 'longer than 64 characters'),
      name: RoomJoin.shape.name,
      role: RoomJoin.shape.role,
    }),
  ).returns<JoinStatus>(),
  /** The room joined (also after a restart, while it is being reached again), or null. */
  'join.status': method(z.object({})).returns<JoinStatus | null>(),
  /**
   * Captures into the joined meeting: saved here with its outbox entry in one transaction, then
   * sent whenever the hub is reachable. `input` is the capture method's own input, with its id.
   */
  'join.capture': method(
    z.object({ method: z.enum(CAPTURE_METHODS), input: z.record(z.string(), z.unknown()) }),
  ).returns<{ id: string }>(),
  /**
   * Forgets a capture the hub refused for good (discarded, or taken back into a form to be sent
   * again): its outbox entry and its record in the copy go. Anything else is left as it is.
   */
  'join.discard': method(RecordRef).returns<null>(),
  /** Leaves the room; the copy of the meeting stays in the library (with whatever was not sent). */
  'join.leave': method(z.object({})).returns<null>(),
};
