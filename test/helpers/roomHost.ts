import fs from 'node:fs';
import path from 'node:path';
import type { RoomHost } from '../../electron/core/room/roomHub';
import type { RoomAdvertiser } from '../../electron/core/room/advertiser';
import type { RoomStatus } from '../../shared/contract/room';
import type { Meeting } from '../../shared/types';
import { tempDir } from './tempDb';
import { scriptedHost, testCore, value } from './testCore';

/**
 * A room host for tests: loopback only, a stand-in renderer folder (unless the built one is
 * given), and an advertiser that records what it would announce instead of multicasting.
 */
export function loopbackRoomHost(rendererDir?: string) {
  const announced: { name: string; port: number; meetingTitle: string; stopped: boolean }[] = [];
  const advertiser: RoomAdvertiser = {
    advertise(room) {
      const entry = { ...room, stopped: false };
      announced.push(entry);
      return { stop: () => void (entry.stopped = true) };
    },
  };
  const dir = rendererDir ?? fakeRenderer();
  const host: RoomHost = { listenAddress: () => '127.0.0.1', rendererDir: dir, advertiser };
  return { host, announced };
}

function fakeRenderer(): string {
  const dir = tempDir('hindsight-room-');
  fs.writeFileSync(path.join(dir, 'room.html'), '<!doctype html><title>Note-taker</title>');
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Console</title>');
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'assets', 'room.js'), 'console.log("room")');
  return dir;
}

/** A facilitator's core with a meeting and its room open on loopback: a real hub to join. */
export async function hubWithOpenRoom(title = 'Stale prices') {
  const { host } = loopbackRoomHost();
  const { core } = await testCore({ host: { ...scriptedHost().host, room: host } });
  const meeting = await value<Meeting>(core, 'meetings.create', { title });
  const room = await value<RoomStatus>(core, 'room.open', { meetingId: meeting.id });
  return { hub: core, meeting, room };
}
