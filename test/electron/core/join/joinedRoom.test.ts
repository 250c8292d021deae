import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { describe, expect, it } from 'vitest';
import { ROOM_SOCKET_PATH, type RoomStatus } from '../../../../shared/contract/room';
import type { Meeting, MeetingSummary } from '../../../../shared/types';
import { connectRoomClient } from '../../../helpers/roomClient';
import { hubWithOpenRoom } from '../../../helpers/roomHost';
import {
  AT,
  captureEvent as capture,
  joinerCore,
  joinRoom as join,
  joinStatus as status,
  records,
  until,
} from '../../../helpers/joiner';
import { tempDbPath } from '../../../helpers/tempDb';
import { testCore, value } from '../../../helpers/testCore';

describe('joining a room from Hindsight', () => {
  it('refuses a wrong code with a message saying so, and joins nothing', async () => {
    const { room } = await hubWithOpenRoom();
    const { core } = await testCore();
    const answer = await core.call('join.open', {
      address: room.address,
      code: 'WRONG-CODE1',
      name: 'Ana',
      role: 'note-taker',
    });
    expect(answer).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'forbidden',
        message: expect.stringContaining('wrong room code'),
      }),
    });
    expect(await status(core)).toBeNull();
    expect(await value<MeetingSummary[]>(core, 'meetings.list', {})).toEqual([]);
  });

  it('says nobody answers at an address where no room listens', async () => {
    const { hub, room } = await hubWithOpenRoom();
    await value(hub, 'room.close', {});
    const { core } = await testCore();
    const answer = await join(core, room);
    expect(answer).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'transport',
        message: expect.stringContaining('Nobody answers'),
      }),
    });
  });

  it('copies the meeting, sends captures, survives the room closing and a quit, and sends each once', async () => {
    const { hub, meeting, room } = await hubWithOpenRoom();
    const dbPath = tempDbPath();
    let joiner = await joinerCore(dbPath);
    try {
      const joined = await join(joiner, room);
      expect(joined).toMatchObject({
        ok: true,
        value: { meetingId: meeting.id, connection: { state: 'online' } },
      });
      // The copy is a meeting of this app's own library.
      expect((await records(joiner, meeting.id)).meeting.title).toBe('Stale prices');

      const first = await capture(joiner, meeting.id, 'Prices went stale');
      expect((await records(joiner, meeting.id)).timeline.map((event) => event.id)).toEqual([first.id]);
      await until(
        () => records(hub, meeting.id),
        (hubs) => hubs.timeline.some((event) => event.id === first.id),
      );
      await until(
        () => status(joiner),
        (now) => now!.waiting.length === 0,
      );

      // What the console writes reaches the copy through the hub's change events.
      await value(hub, 'parkingLot.add', { meetingId: meeting.id, text: 'Cache TTLs' });
      await until(
        () => records(joiner, meeting.id),
        (copy) => copy.parkingLot.some((item) => item.text === 'Cache TTLs'),
      );

      // The hub goes away: capturing goes on into this app's database.
      await value(hub, 'room.close', {});
      await until(
        () => status(joiner),
        (now) => now!.connection.state !== 'online',
      );
      const second = await capture(joiner, meeting.id, 'Rolled back the deploy');
      const third = await capture(joiner, meeting.id, 'Prices fresh again');
      expect((await status(joiner))!.waiting.map((entry) => entry.id)).toEqual([second.id, third.id]);

      // A quit: a new core on the same file still has the outbox and the copy.
      joiner.close();
      joiner = await joinerCore(dbPath);
      const afterQuit = (await status(joiner))!;
      expect(afterQuit.meetingId).toBe(meeting.id);
      expect(afterQuit.waiting.map((entry) => entry.id)).toEqual([second.id, third.id]);
      expect((await records(joiner, meeting.id)).timeline).toHaveLength(3);

      // The room opens again (a new code): joining it sends what waited, once.
      const reopened = await value<RoomStatus>(hub, 'room.open', { meetingId: meeting.id });
      expect((await join(joiner, reopened)).ok).toBe(true);
      await until(
        () => status(joiner),
        (now) => now!.waiting.length === 0,
      );
      const hubs = await records(hub, meeting.id);
      expect(hubs.timeline.map((event) => event.description).sort()).toEqual([
        'Prices fresh again',
        'Prices went stale',
        'Rolled back the deploy',
      ]);
      const copy = await records(joiner, meeting.id);
      expect(copy.timeline.map((event) => event.id).sort()).toEqual(
        hubs.timeline.map((event) => event.id).sort(),
      );
      expect((await status(joiner))!.mine).toEqual([first.id, second.id, third.id]);
    } finally {
      joiner.close();
    }
  });

  it('only captures into the joined meeting, through the capture method’s own schema', async () => {
    const { meeting, room } = await hubWithOpenRoom();
    const { core } = await testCore();
    expect((await join(core, room)).ok).toBe(true);
    const other = await value<Meeting>(core, 'meetings.create', { title: 'Mine only' });
    const elsewhere = await core.call('join.capture', {
      method: 'timeline.add',
      input: { meetingId: other.id, at: AT, description: 'Wrong meeting' },
    });
    expect(elsewhere).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const invalid = await core.call('join.capture', {
      method: 'timeline.add',
      input: { meetingId: meeting.id, at: 'yesterday', description: '' },
    });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const notCapture = await core.call('join.capture', {
      method: 'meetings.delete',
      input: { id: meeting.id },
    });
    expect(notCapture).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect((await status(core))!.waiting).toEqual([]);
    expect((await records(core, other.id)).timeline).toEqual([]);
  });

  it('comes back after a quit as the same person, though the code changed meanwhile', async () => {
    const { hub, room } = await hubWithOpenRoom();
    const dbPath = tempDbPath();
    let joiner = await joinerCore(dbPath);
    try {
      expect((await join(joiner, room)).ok).toBe(true);
      const people = () => value<RoomStatus>(hub, 'room.status', {}).then((open) => open.participants);
      const [ana] = await people();
      // Someone else is removed: the code changes, and Ana never had the new one.
      const ben = await connectRoomClient({ address: room.address, code: room.code });
      await ben.join('Ben');
      const benListed = (await people()).find((person) => person.name === 'Ben')!;
      const after = await value<RoomStatus>(hub, 'room.removeParticipant', { participantId: benListed.id });
      expect(after.code).not.toBe(room.code);
      joiner.close();
      await until(people, (now) => now.every((person) => !person.connected));
      joiner = await joinerCore(dbPath);
      await until(
        () => status(joiner),
        (now) => now?.connection.state === 'online',
      );
      expect(await people()).toEqual([
        expect.objectContaining({ id: ana!.id, name: 'Ana', connected: true }),
      ]);
    } finally {
      joiner.close();
    }
  });

  it('leaving keeps the copy in the library', async () => {
    const { meeting, room } = await hubWithOpenRoom();
    const { core } = await testCore();
    expect((await join(core, room)).ok).toBe(true);
    await capture(core, meeting.id, 'Kept after leaving');
    await value(core, 'join.leave', {});
    expect(await status(core)).toBeNull();
    const library = await value<MeetingSummary[]>(core, 'meetings.list', {});
    expect(library.map((row) => row.title)).toEqual(['Stale prices']);
    expect((await records(core, meeting.id)).timeline.map((event) => event.description)).toEqual([
      'Kept after leaving',
    ]);
  });
});

/**
 * A hub that speaks the room's protocol but answers what the test scripts: a hostile peer.
 * `beforeAnswer` holds frames it sends just before each `meetings.get` answer.
 */
async function scriptedHub(answerMeeting: (id: string) => unknown) {
  const beforeAnswer: unknown[] = [];
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0, path: ROOM_SOCKET_PATH });
  await new Promise((resolve) => server.once('listening', resolve));
  const meetingId = randomUUID();
  const sockets: WebSocket[] = [];
  server.on('connection', (socket) => {
    sockets.push(socket);
    socket.on('message', (data) => {
      const message = JSON.parse(String(data));
      if (message.t === 'join') {
        socket.send(
          JSON.stringify({
            t: 'welcome',
            meetingId,
            participantId: 'p1',
            session: 's'.repeat(43),
            hubNow: Date.now(),
            seq: 0,
          }),
        );
      } else if (message.method === 'meetings.get') {
        for (const frame of beforeAnswer) socket.send(JSON.stringify(frame));
        socket.send(
          JSON.stringify({
            t: 'result',
            n: message.n,
            result: { ok: true, value: answerMeeting(meetingId) },
            seq: 0,
          }),
        );
      }
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    meetingId,
    address: `http://127.0.0.1:${port}/`,
    beforeAnswer,
    send: (frame: unknown) => sockets.forEach((socket) => socket.send(JSON.stringify(frame))),
    close: () => {
      for (const socket of sockets) socket.terminate();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A scripted hub answering a real meeting's records under its own id, and an app joined to it. */
async function joinedToReplayingHub() {
  const { core: source } = await testCore();
  const real = await value<Meeting>(source, 'meetings.create', { title: 'Replayed' });
  const answered = await records(source, real.id);
  const hub = await scriptedHub((id) => JSON.parse(JSON.stringify(answered).replaceAll(real.id, id)));
  const { core } = await testCore();
  expect((await join(core, { address: hub.address, code: 'ANY-CODE' })).ok).toBe(true);
  return { hub, core };
}

/** A `meetingChanged` frame as the hub sends it. */
const changeFrame = (payload: Record<string, unknown>) => ({
  t: 'event',
  channel: 'hindsight:event:meetingChanged',
  seq: 1,
  payload: { reload: false, records: [], ...payload },
});

/** A parking-lot item as the hub saved it. */
const parkedItem = (meetingId: string, text: string) => ({
  id: randomUUID(),
  meetingId,
  text,
  stepId: null,
  resolved: false,
  createdAt: AT,
  updatedAt: AT,
  deletedAt: null,
  createdBy: 'hub',
});

describe('what a joining app accepts from the hub', () => {
  it('copies nothing when the hub answers a meeting that does not pass the schemas', async () => {
    const hub = await scriptedHub((id) => ({ meeting: { id, title: 42 }, timeline: 'lots' }));
    const { core } = await testCore();
    try {
      const answer = await core.call('join.open', {
        address: hub.address,
        code: 'ANY-CODE',
        name: 'Ana',
        role: 'note-taker',
      });
      expect(answer).toMatchObject({ ok: false, error: { message: expect.stringContaining('cannot read') } });
      expect(await value<MeetingSummary[]>(core, 'meetings.list', {})).toEqual([]);
      expect(await status(core)).toBeNull();
    } finally {
      await hub.close();
    }
  });

  it('applies a valid change event and drops a malformed one or another meeting’s', async () => {
    // A real meeting's records, as a real hub would answer them, under the scripted hub's id.
    const { hub, core } = await joinedToReplayingHub();
    try {
      const event = (record: Record<string, unknown>, meetingId = hub.meetingId) =>
        changeFrame({ meetingId, records: [{ kind: 'parkingLot', record }] });
      const item = parkedItem(hub.meetingId, 'From the hub');
      hub.send(event({ ...item, id: randomUUID(), text: 99 }));
      hub.send(event({ ...item, id: randomUUID(), meetingId: randomUUID() }));
      hub.send(event({ ...item, id: randomUUID() }, randomUUID()));
      hub.send('not a frame');
      hub.send(event(item));
      const copy = await until(
        () => records(core, hub.meetingId),
        (loaded) => loaded.parkingLot.length > 0,
      );
      expect(copy.parkingLot.map((parked) => parked.text)).toEqual(['From the hub']);
    } finally {
      await hub.close();
    }
  });

  it('keeps a record an event brought while the meeting was being read again, though the answer lacks it', async () => {
    const { hub, core } = await joinedToReplayingHub();
    try {
      const change = (payload: Record<string, unknown>) =>
        changeFrame({ meetingId: hub.meetingId, ...payload });
      // Written on the hub after it read the meeting for its answer: the event leaves first.
      const later = parkedItem(hub.meetingId, 'Written meanwhile');
      hub.beforeAnswer.push(change({ records: [{ kind: 'parkingLot', record: later }] }));
      hub.send(change({ reload: true }));
      await until(
        () => records(core, hub.meetingId),
        (copy) => copy.parkingLot.length > 0,
      );
      // A later change proves the answer was applied: what it lacked, the copy still holds.
      hub.beforeAnswer.length = 0;
      hub.send(change({ records: [{ kind: 'parkingLot', record: parkedItem(hub.meetingId, 'Next') }] }));
      const copy = await until(
        () => records(core, hub.meetingId),
        (loaded) => loaded.parkingLot.length === 2,
      );
      expect(copy.parkingLot.map((item) => item.text).sort()).toEqual(['Next', 'Written meanwhile']);
    } finally {
      await hub.close();
    }
  });
});
