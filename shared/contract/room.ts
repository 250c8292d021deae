import { z } from 'zod';
import { method } from './define';
import { recordId } from './crud';
import { PARTICIPANT_ROLES, type ParticipantRole } from '../domain/vocabulary';

/**
 * The room (issue 15, DESIGN.md section 6): the facilitator opens one meeting to the room's
 * network and note-takers join from a browser. These are the console's methods; what a
 * note-taker may call is the room server's allowlist (electron/core/room/capabilities.ts).
 */

/** Someone in the room, as the console lists them. */
export interface RoomParticipant {
  id: string;
  name: string;
  role: ParticipantRole;
  /** When they joined, by the hub's clock. */
  joinedAt: number;
  /** False while their connection is down; they stay listed, since they may come back. */
  connected: boolean;
}

/**
 * A field one person's edit overwrote after someone else had written it: the later edit wins
 * (the hub's order, never a laptop's clock) and the console can still read what was there.
 */
export interface RoomReplacement {
  recordId: string;
  method: string;
  field: string;
  previous: unknown;
  next: unknown;
  by: string;
  at: number;
}

export interface RoomStatus {
  meetingId: string;
  /** The address note-takers open; carries the room code in its fragment. */
  joinUrl: string;
  /** The address without the code, for typing it in by hand. */
  address: string;
  /** The room's secret, short enough to type: `ABCD-EFGH`. */
  code: string;
  /** The join address as a QR code (SVG markup), for the console and the projector. */
  qrSvg: string;
  participants: RoomParticipant[];
  /** The latest overwritten fields, newest first (bounded). */
  replacements: RoomReplacement[];
  /** Whether the room is announced by mDNS (false: manual address only). */
  advertised: boolean;
  /** The facilitator asked the projector's Opening step to show the join QR. */
  qrOnProjector: boolean;
}

const MeetingRef = z.object({ meetingId: recordId });

export const roomMethods = {
  /** Opens the room for a meeting (or answers the one already open for it). One room at a time. */
  'room.open': method(MeetingRef).returns<RoomStatus>(),
  /** Closes the room: every note-taker is disconnected and nothing listens any more. */
  'room.close': method(z.object({})).returns<null>(),
  /** The open room, or null when none is open. */
  'room.status': method(z.object({})).returns<RoomStatus | null>(),
  /** Disconnects a note-taker and ends their session; the room code changes, so they cannot join again. */
  'room.removeParticipant': method(
    z.object({ participantId: z.string().min(1).max(100) }),
  ).returns<RoomStatus>(),
  /** Shows (or hides) the join QR on the projector's Opening step. */
  'room.showOnProjector': method(z.object({ shown: z.boolean() })).returns<RoomStatus>(),
};

/**
 * The roles a person joins the room as: every participant role but the facilitator's, who is
 * the one at the console, so nobody joining can be listed as running the meeting.
 */
export const JOINING_ROLES = PARTICIPANT_ROLES.filter(
  (role): role is Exclude<ParticipantRole, 'facilitator'> => role !== 'facilitator',
);

/** What a note-taker sends to join: their name and role, shown on the console. */
export const RoomJoin = z.object({
  name: z.string().trim().min(1, 'empty').max(100, 'longer than 100 characters'),
  role: z.enum(JOINING_ROLES),
});
export type RoomJoin = z.infer<typeof RoomJoin>;

/**
 * A participant's own secret, made by the hub and handed out in the welcome (32 random bytes,
 * base64url). It, not the room code, lets them back in after a reload or a dropped Wi-Fi and
 * rides on their every call: removing someone ends their session and changes the room code, so
 * nobody else loses theirs and the removed person has neither.
 */
export const RoomSession = z.string().regex(/^[\w-]{43}$/, 'not a room session');

/**
 * The room's wire protocol (JSON text frames over one WebSocket). A join names the room code
 * (someone new) or a session (someone coming back); every call repeats the session, so no message
 * is served on the strength of an earlier one alone. `seq` is the hub's order: every event and
 * answer carries the hub's count of events sent so far, so no ordering ever rests on a laptop's
 * clock.
 */
export const RoomClientMessage = z.discriminatedUnion('t', [
  z.object({
    t: z.literal('join'),
    code: z.string().max(64).optional(),
    session: z.string().max(64).optional(),
    join: RoomJoin,
  }),
  z.object({
    t: z.literal('call'),
    n: z.number().int().nonnegative(),
    /** Null before a welcome gave one: such a call is answered "join first". */
    session: z.string().max(64).nullable(),
    method: z.string().max(100),
    input: z.unknown(),
  }),
]);
export type RoomClientMessage = z.infer<typeof RoomClientMessage>;

/** What the hub sends; a joining Hindsight reads every frame through this schema (a network peer). */
export const RoomServerMessage = z.discriminatedUnion('t', [
  z.object({
    t: z.literal('welcome'),
    meetingId: z.string().max(64),
    participantId: z.string().max(100),
    session: RoomSession,
    hubNow: z.number(),
    seq: z.number(),
  }),
  z.object({ t: z.literal('result'), n: z.number().int(), result: z.unknown(), seq: z.number() }),
  z.object({ t: z.literal('event'), channel: z.string().max(200), payload: z.unknown(), seq: z.number() }),
  z.object({
    t: z.literal('refused'),
    code: z.string().max(100),
    message: z.string().max(1000),
    /** The refusal ends the person's session (removed, the room closed, a session it no longer knows). */
    ended: z.boolean().optional(),
  }),
]);
export type RoomServerMessage = z.infer<typeof RoomServerMessage>;

/** The WebSocket path on the room server. */
export const ROOM_SOCKET_PATH = '/room-socket';

/** What a connection names to get in: its session when it has one, else the room code. */
export type RoomCredential = { session: string } | { code: string };

export function roomCredential(session: string | null, code: string): RoomCredential {
  return session ? { session } : { code };
}

/** The room's socket address for `credential`, from the room's page (http) address. */
export function roomSocketUrl(address: string, credential: RoomCredential): URL {
  const url = new URL(ROOM_SOCKET_PATH, address);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  for (const [name, value] of Object.entries(credential)) url.searchParams.set(name, value);
  return url;
}

/** The join link's fragment (`#code=ABCD-EFGH`): a fragment never reaches a server log. */
export function roomCodeOfHash(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get('code');
}
