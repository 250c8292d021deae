import { afterAll, bench, describe } from 'vitest';
import type { MeetingChange } from '../../shared/contract/changes';
import { eventChannelOf } from '../../shared/contract/define';
import type { RoomStatus } from '../../shared/contract/room';
import { applyChangeToRecords, type LoadedMeeting } from '../../shared/domain/meetings/applyRecordChanges';
import type { Meeting, MeetingRecords } from '../../shared/types';
import { connectRoomClient, type RoomClient } from '../helpers/roomClient';
import { loopbackRoomHost } from '../helpers/roomHost';
import { scriptedHost, testCore, value } from '../helpers/testCore';

// Issue 15's numbers, on loopback: 20 note-takers each writing 5 records a second for 60 s
// (HINDSIGHT_ROOM_BENCH_SECONDS shortens it) while the console (the core's own listener) and a
// projector-like window (one more room connection) follow: 0 lost, 0 duplicated, every window
// converges to the same records, and a write reaches the projector within 100 ms at p95.
const NOTE_TAKERS = 20;
const WRITES_PER_SECOND = 5;
const SECONDS = Number(process.env.HINDSIGHT_ROOM_BENCH_SECONDS ?? 60);
const P95_TARGET_MS = 100;
const figures: string[] = [];
afterAll(() => figures.forEach((line) => console.log(line)));

const percentile = (sorted: number[], share: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? NaN;

async function joinedClient(room: RoomStatus, name: string): Promise<RoomClient> {
  const client = await connectRoomClient({ address: room.address, code: room.code });
  const welcome = await client.join(name, 'note-taker');
  if (welcome.t !== 'welcome') throw new Error(`${name} could not join: ${JSON.stringify(welcome)}`);
  return client;
}

describe('the room under load (real WebSocket on 127.0.0.1, real SQLite)', () => {
  bench(
    `${NOTE_TAKERS} note-takers × ${WRITES_PER_SECOND} records/s for ${SECONDS} s`,
    async () => {
      const { core } = await testCore({ host: { ...scriptedHost().host, room: loopbackRoomHost().host } });
      const meeting = await value<Meeting>(core, 'meetings.create', { title: 'Busy room' });
      const room = await value<RoomStatus>(core, 'room.open', { meetingId: meeting.id });

      // The console: the core's own listener, applying each change as a window does.
      let consoleMeeting: LoadedMeeting = {
        records: await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id }),
        removedAt: {},
      };
      core.onEvent((event, payload) => {
        if (event === 'meetingChanged')
          consoleMeeting = applyChangeToRecords(consoleMeeting, payload as MeetingChange);
      });
      // The projector: one more room connection, reading every change as it arrives.
      const projector = await joinedClient(room, 'projector');
      let projectorMeeting = consoleMeeting;
      const sentAt = new Map<string, number>();
      const propagation: number[] = [];
      projector.onMessage((message) => {
        if (message.t !== 'event' || message.channel !== eventChannelOf('meetingChanged')) return;
        const change = message.payload as MeetingChange;
        projectorMeeting = applyChangeToRecords(projectorMeeting, change);
        for (const { record } of change.records) {
          const sent = sentAt.get(record.id);
          if (sent !== undefined) propagation.push(performance.now() - sent);
        }
      });

      const writers = await Promise.all(
        Array.from({ length: NOTE_TAKERS }, (_, index) => joinedClient(room, `note-taker-${index + 1}`)),
      );
      const refused: string[] = [];
      const answers: Promise<unknown>[] = [];
      const start = Date.parse('2026-03-05T09:00:00Z');
      const ticks = SECONDS * WRITES_PER_SECOND;
      for (let tick = 0; tick < ticks; tick++) {
        for (const [index, writer] of writers.entries()) {
          const id = crypto.randomUUID();
          sentAt.set(id, performance.now());
          answers.push(
            writer
              .call('timeline.add', {
                id,
                meetingId: meeting.id,
                at: start + tick * 1000,
                description: `Fact ${tick} from note-taker ${index + 1}`,
              })
              .then((result) => {
                if (!result.ok) refused.push(result.error.code);
              }),
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 1000 / WRITES_PER_SECOND));
      }
      await Promise.all(answers);
      await new Promise((resolve) => setTimeout(resolve, 500));

      const stored = await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id });
      const storedIds = stored.timeline.map((event) => event.id);
      const lost = [...sentAt.keys()].filter((id) => !storedIds.includes(id)).length;
      const duplicated = storedIds.length - new Set(storedIds).size;
      const converged =
        JSON.stringify(projectorMeeting.records!.timeline) === JSON.stringify(stored.timeline) &&
        JSON.stringify(consoleMeeting.records!.timeline) === JSON.stringify(stored.timeline);
      const sorted = [...propagation].sort((a, b) => a - b);
      const p95 = percentile(sorted, 0.95);
      figures.push(
        `room: ${sentAt.size} writes from ${NOTE_TAKERS} note-takers in ${SECONDS} s: ${lost} lost, ${duplicated} duplicated, ` +
          `${refused.length} refused (${[...new Set(refused)].join(', ') || 'none'}), windows converged: ${converged}; ` +
          `propagation to the projector p50 ${percentile(sorted, 0.5).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms ` +
          `(target ≤ ${P95_TARGET_MS} ms: ${p95 <= P95_TARGET_MS ? 'met' : 'MISSED'})`,
      );
      for (const client of [projector, ...writers]) await client.close();
      await value(core, 'room.close', {});
      if (lost > 0 || duplicated > 0 || refused.length > 0 || !converged) {
        throw new Error(
          `the room lost, duplicated or refused writes, or windows diverged: ${figures.at(-1)}`,
        );
      }
    },
    { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 },
  );
});
