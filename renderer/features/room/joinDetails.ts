import { JOINING_ROLES, RoomSession, type RoomJoin } from '../../../shared/contract/room';
import type { SessionKeeper } from './roomTransport';
import { readStoredJson, writeStoredJson } from './storedJson';

const KEY = 'hindsight.room.join';
const aliasKey = (code: string) => `hindsight.room.key.${normalizeCode(code)}`;
const normalizeCode = (code: string) => code.toUpperCase().replace(/[\s-]/g, '');
const isText = (value: unknown): value is string => typeof value === 'string';
const isSession = (value: unknown): value is string => RoomSession.safeParse(value).success;

/**
 * The name under which this browser keeps what it holds for the room it joins with `code` (the
 * outbox, refusals, drafts, the meeting seen, the session): the code itself, or the key the page
 * used before the code changed (keepRoomStorageKey), so a page that joins again loses nothing.
 */
export function roomStorageKey(storage: Storage, code: string): string {
  return readStoredJson(storage, aliasKey(code), isText, code.toUpperCase());
}

/** From now on the room joined with `code` is kept under `key` (an earlier code's). */
export function keepRoomStorageKey(storage: Storage, code: string, key: string): void {
  // Storage full: this page goes on under `key`; a reload would start the room afresh.
  writeStoredJson(storage, aliasKey(code), key);
}

/** Who this browser says it is in a room: name and role, kept so the next join is filled in. */
export function readJoinDetails(storage: Storage): RoomJoin | null {
  try {
    const saved = JSON.parse(storage.getItem(KEY) ?? 'null') as Partial<RoomJoin> | null;
    if (!saved || typeof saved.name !== 'string') return null;
    const role = JOINING_ROLES.includes(saved.role as RoomJoin['role']) ? saved.role! : 'note-taker';
    return { name: saved.name, role };
  } catch {
    return null;
  }
}

export function saveJoinDetails(storage: Storage, join: RoomJoin): void {
  storage.setItem(KEY, JSON.stringify({ name: join.name, role: join.role }));
}

/**
 * The session the hub gave this browser in one room (keyed like its outbox), so a reload or a
 * reconnect comes back as the same person. Held in memory too: a full storage costs a reload's
 * return, never the connection.
 */
export function storedSession(storage: Storage, room: string): SessionKeeper {
  const key = `hindsight.room.session.${room}`;
  let session = readStoredJson<string | null>(storage, key, isSession, null);
  return {
    read: () => session,
    write(next) {
      session = next;
      // Storage full: this page keeps the session until it is closed.
      writeStoredJson(storage, key, next);
    },
  };
}
