import { PARTICIPANT_ROLES, type ParticipantRole } from '../../../shared/domain/vocabulary';
import type { RoomJoin } from '../../../shared/contract/room';

const KEY = 'hindsight.room.join';

/**
 * Who this browser is in the room: name, role and a random client id, kept in localStorage so a
 * reload rejoins as the same person (and the console's Remove keeps working on them).
 */
export function readJoinDetails(storage: Storage): RoomJoin | null {
  try {
    const saved = JSON.parse(storage.getItem(KEY) ?? 'null') as Partial<RoomJoin> | null;
    if (!saved || typeof saved.name !== 'string' || typeof saved.clientId !== 'string') return null;
    const role = PARTICIPANT_ROLES.includes(saved.role as ParticipantRole) ? saved.role! : 'note-taker';
    return { name: saved.name, role, clientId: saved.clientId };
  } catch {
    return null;
  }
}

export function saveJoinDetails(storage: Storage, join: RoomJoin): void {
  storage.setItem(KEY, JSON.stringify(join));
}
