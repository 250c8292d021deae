import { randomUUID } from 'node:crypto';
import { createCore, type Core } from '../../electron/core/createCore';
import type { JoinStatus } from '../../shared/contract/join';
import type { MeetingRecords } from '../../shared/types';
import { EXAMPLES_DIR, scriptedHost, value } from './testCore';

/** A moment of the meeting the tests capture at. */
export const AT = Date.parse('2026-03-05T10:00:00Z');

/** Polls until `check` holds (the room is asynchronous by nature); fails with its last value. */
export async function until<T>(
  read: () => Promise<T>,
  check: (value: T) => boolean,
  ms = 5000,
): Promise<T> {
  const deadline = Date.now() + ms;
  let last = await read();
  while (!check(last)) {
    if (Date.now() > deadline) throw new Error(`still not there: ${JSON.stringify(last).slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
    last = await read();
  }
  return last;
}

/** A joining app: its own core on its own SQLite file (reopened on the same file to simulate a quit). */
export async function joinerCore(dbPath: string): Promise<Core> {
  return createCore({ dbPath, examplesDir: EXAMPLES_DIR, host: scriptedHost().host });
}

export const records = (core: Core, id: string) => value<MeetingRecords>(core, 'meetings.get', { id });
export const joinStatus = (core: Core) => value<JoinStatus | null>(core, 'join.status', {});

/** Joins the room at `address` (the hub's, or a proxy's in front of it) as Ana. */
export const joinRoom = (core: Core, room: { address: string; code: string }) =>
  core.call('join.open', { address: room.address, code: room.code, name: 'Ana', role: 'note-taker' });

/** A timeline event captured in the joined room, with the record id this app made. */
export function captureEvent(core: Core, meetingId: string, description: string) {
  return value<{ id: string }>(core, 'join.capture', {
    method: 'timeline.add',
    input: { id: randomUUID(), meetingId, at: AT, description },
  });
}
