import http from 'node:http';
import type { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { MeetingChange } from '../../../../shared/contract/changes';
import type { RoomServerMessage, RoomStatus } from '../../../../shared/contract/room';
import { CONTENT_SECURITY_POLICY } from '../../../../shared/csp';
import type { MeetingRecords, Meeting, TimelineEvent } from '../../../../shared/types';
import { connectRoomClient, type RoomClient } from '../../../helpers/roomClient';
import { loopbackRoomHost } from '../../../helpers/roomHost';
import { scriptedHost, testCore, value } from '../../../helpers/testCore';

const AT = Date.parse('2026-03-05T10:00:00Z');

async function openRoom() {
  const { host, announced } = loopbackRoomHost();
  const { core } = await testCore({ host: { ...scriptedHost().host, room: host } });
  const meeting = await value<Meeting>(core, 'meetings.create', { title: 'Stale prices' });
  const other = await value<Meeting>(core, 'meetings.create', { title: 'Another meeting' });
  const room = await value<RoomStatus>(core, 'room.open', { meetingId: meeting.id });
  return { core, meeting, other, room, announced };
}

const timelineOf = async (core: Parameters<typeof value>[0], meetingId: string) =>
  (await value<MeetingRecords>(core, 'meetings.get', { id: meetingId })).timeline;

/** The HTTP status the room answers a request with these headers (Host included, which fetch cannot set). */
function statusWithHost(address: string, path: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(new URL(path, address), { headers }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    // A refused upgrade is written on the raw socket: its status line arrives as a response too.
    request.on('upgrade', (response, socket) => {
      socket.destroy();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
    request.end();
  });
}

/**
 * A WebSocket upgrade by hand, on a bare TCP socket that answers nothing the server sends (no
 * pong, no close): a peer ws's client would never be.
 */
function rawSocket(address: string, path: string) {
  return new Promise<{ socket: Socket; received(text: string): Promise<void>; ended: Promise<void> }>(
    (resolve, reject) => {
      const request = http.request(new URL(path, address), {
        headers: {
          origin: new URL(address).origin,
          connection: 'Upgrade',
          upgrade: 'websocket',
          'sec-websocket-version': '13',
          'sec-websocket-key': Buffer.from('0123456789abcdef').toString('base64'),
        },
      });
      request.on('upgrade', (_response, socket: Socket, head: Buffer) => {
        // What came with the 101 (the refusal may) is handed over apart from the socket's data.
        let seen = head.toString('latin1');
        const waiting = new Set<() => void>();
        socket.on('data', (bytes) => {
          seen += bytes.toString('latin1');
          for (const check of waiting) check();
        });
        socket.on('error', () => undefined);
        const ended = new Promise<void>((done) => socket.once('close', () => done()));
        const received = (text: string) =>
          new Promise<void>((done) => {
            const check = () => seen.includes(text) && (waiting.delete(check), done());
            waiting.add(check);
            check();
          });
        resolve({ socket, received, ended });
      });
      request.on('error', reject);
      request.end();
    },
  );
}

async function joined(room: RoomStatus, name = 'Ana'): Promise<RoomClient> {
  const client = await connectRoomClient({ address: room.address, code: room.code });
  expect((await client.join(name)).t).toBe('welcome');
  return client;
}

/** An open room with note-taker Ana joined and the action item she added to its meeting. */
async function joinedWithItem() {
  const opened = await openRoom();
  const ana = await joined(opened.room, 'Ana');
  const added = await ana.call('actionItems.add', {
    meetingId: opened.meeting.id,
    title: 'Alert on stale cache',
  });
  expect(added).toMatchObject({ ok: true });
  return { ...opened, ana, itemId: (added as { value: { id: string } }).value.id };
}

describe('the room server', () => {
  it('serves the note-taker page with the app’s CSP, and nothing but it and its assets', async () => {
    const { room, announced } = await openRoom();
    const page = await fetch(room.address);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Note-taker');
    // The app's own strict policy, whole, on the page and on what it loads.
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    const script = await fetch(new URL('assets/room.js', room.address));
    expect(script.status).toBe(200);
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await fetch(new URL('index.html', room.address))).status).toBe(404);
    expect((await fetch(new URL('/%2e%2e/%2e%2e/etc/passwd', room.address))).status).toBe(404);
    // Judged as decoded: an allowed folder, then an encoded way out of it to the console's page.
    expect((await fetch(new URL('/assets/..%2findex.html', room.address))).status).toBe(404);
    expect((await fetch(new URL('/assets/%2e%2e/index.html', room.address))).status).toBe(404);
    expect(room.joinUrl).toBe(`${room.address}#code=${room.code}`);
    expect(room.qrSvg).toMatch(/^<svg/);
    expect(announced).toEqual([expect.objectContaining({ port: Number(new URL(room.address).port) })]);
    // Everyone on the network hears the name: it carries no part of the code.
    expect(announced[0]!.name).toMatch(/^Hindsight [0-9a-f]{6}$/);
  });

  it('refuses a connection without the code, with a wrong one, or from another origin', async () => {
    const { core, room } = await openRoom();
    // Told in the socket, where a browser page can read it, and let go at once.
    for (const code of [null, 'WRONG-CODE1']) {
      const stranger = await connectRoomClient({ address: room.address, code });
      expect(await stranger.refusal()).toMatchObject({
        t: 'refused',
        message: expect.stringContaining('wrong room code'),
      });
      expect(await stranger.closed).toBe(4001);
    }
    const forged = await connectRoomClient({ address: room.address, code: null, session: 'a'.repeat(43) });
    expect(await forged.refusal()).toMatchObject({
      message: expect.stringContaining('no longer in the room'),
    });
    expect(await forged.closed).toBe(4001);
    expect((await value<RoomStatus>(core, 'room.status', {})).participants).toEqual([]);
    await expect(
      connectRoomClient({ address: room.address, code: room.code, origin: 'http://evil.example' }),
    ).rejects.toThrow('403');
    await expect(connectRoomClient({ address: room.address, code: room.code, origin: null })).rejects.toThrow(
      '403',
    );
    // The code typed by hand: case and dashes do not matter.
    const typed = await connectRoomClient({
      address: room.address,
      code: room.code.toLowerCase().replace('-', ''),
    });
    expect((await typed.join('Ana')).t).toBe('welcome');
  });

  it('answers nothing to a page reached under another host name (DNS rebinding), page or socket', async () => {
    const { room } = await openRoom();
    const { port } = new URL(room.address);
    // A rebound name points the attacker's page at the room: its Host and Origin both name it.
    const rebound = `attacker.example:${port}`;
    expect(await statusWithHost(room.address, '/', { host: rebound })).toBe(421);
    const upgrade = {
      host: rebound,
      origin: `http://${rebound}`,
      connection: 'Upgrade',
      upgrade: 'websocket',
      'sec-websocket-version': '13',
      'sec-websocket-key': Buffer.from('0123456789abcdef').toString('base64'),
    };
    expect(await statusWithHost(room.address, `/room-socket?code=${room.code}`, upgrade)).toBe(421);
    // The room's own address is answered.
    expect(await statusWithHost(room.address, '/', { host: `127.0.0.1:${port}` })).toBe(200);
  });

  it('stops a guesser after ten wrong codes, even with the right one, but never a session', async () => {
    const { room } = await openRoom();
    const ana = await joined(room, 'Ana');
    await ana.close();
    for (let attempt = 0; attempt < 10; attempt++) {
      const guess = await connectRoomClient({ address: room.address, code: `WRONG-${attempt}` });
      expect(await guess.refusal()).toMatchObject({ code: 'forbidden' });
    }
    const right = await connectRoomClient({ address: room.address, code: room.code });
    const refusal = await right.refusal();
    expect(refusal).toMatchObject({
      code: 'rate-limited',
      message: expect.stringContaining('Wait a minute'),
    });
    // Not the end of anyone's session: a note-taker behind the same address stays in.
    expect(refusal).not.toHaveProperty('ended');
    expect(await right.closed).toBe(4001);
    const back = await connectRoomClient({ address: room.address, code: null, session: ana.session()! });
    expect((await back.join('Ana')).t).toBe('welcome');
  });

  it('lets a refused socket go within a second, and a bad frame from it ends only it', async () => {
    const { room } = await openRoom();
    // A frame with its reserved bits set, which ws answers with an error on the server's socket.
    const badFrame = Buffer.from([0xf1, 0x80, 0, 0, 0, 0]);
    const rude = await rawSocket(room.address, '/room-socket?code=WRONG-CODE1');
    await rude.received('wrong room code');
    rude.socket.write(badFrame);
    await rude.ended;
    // Silent after its refusal (it never answers the close): cut all the same, without ws's 30 s.
    const silent = await rawSocket(room.address, '/room-socket?code=WRONG-CODE2');
    await silent.received('wrong room code');
    const started = Date.now();
    await silent.ended;
    expect(Date.now() - started).toBeLessThan(5_000);
    expect((await (await connectRoomClient({ address: room.address, code: room.code })).join('Ana')).t).toBe(
      'welcome',
    );
  });

  it('refuses a call naming another session and drops the connection; nothing is written', async () => {
    const { core, meeting, room } = await openRoom();
    const client = await joined(room);
    const other = await joined(room, 'Ben');
    // The room code is no key to a call; nor is someone else's session.
    for (const wrong of [room.code, other.session()]) {
      const sneaky = await joined(room, 'Sam');
      const refused = sneaky.call(
        'timeline.add',
        { meetingId: meeting.id, at: AT, description: 'Sneaky' },
        wrong,
      );
      expect(await sneaky.closed).toBe(4001);
      expect(await Promise.race([refused, 'no answer'])).toBe('no answer');
    }
    const answer = client.call(
      'timeline.add',
      { meetingId: meeting.id, at: AT, description: 'Sneaky' },
      'b'.repeat(43),
    );
    expect(await client.closed).toBe(4001);
    expect(await Promise.race([answer, 'no answer'])).toBe('no answer');
    expect(await timelineOf(core, meeting.id)).toEqual([]);
  });

  it('lets a note-taker capture into the room’s meeting, once per record id', async () => {
    const { core, meeting, room } = await openRoom();
    const client = await joined(room);
    const id = crypto.randomUUID();
    const capture = { id, meetingId: meeting.id, at: AT, description: 'Cache flushed' };
    const first = await client.call('timeline.add', capture);
    const again = await client.call('timeline.add', capture);
    expect(first).toMatchObject({ ok: true, value: { id, description: 'Cache flushed' } });
    expect(again).toEqual(first);
    expect((await timelineOf(core, meeting.id)).map((event) => event.id)).toEqual([id]);
    // Sent again after the facilitator reworded it (its answer was lost): the edit stays.
    await value(core, 'timeline.update', { id, patch: { description: 'Cache flushed on eu-west' } });
    expect(await client.call('timeline.add', capture)).toMatchObject({
      ok: true,
      value: { description: 'Cache flushed on eu-west' },
    });
    expect((await timelineOf(core, meeting.id)).map((event) => event.description)).toEqual([
      'Cache flushed on eu-west',
    ]);
    const status = await value<RoomStatus>(core, 'room.status', {});
    expect(status.participants).toEqual([
      expect.objectContaining({ name: 'Ana', role: 'note-taker', connected: true }),
    ]);
  });

  it('refuses a forbidden method with a typed error, and nothing is written', async () => {
    const { core, meeting, room } = await openRoom();
    const client = await joined(room);
    const event = await value<TimelineEvent>(core, 'timeline.add', {
      meetingId: meeting.id,
      at: AT,
      description: 'Kept',
    });
    for (const [method, input] of [
      ['timeline.remove', { id: event.id }],
      ['meetings.delete', { id: meeting.id }],
      ['agenda.next', { meetingId: meeting.id }],
      ['room.close', {}],
      ['database.status', {}],
      ['library.exportBundle', { meetingId: meeting.id }],
      ['no.suchMethod', {}],
    ] as const) {
      const result = await client.call(method, input);
      expect(result, method).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await timelineOf(core, meeting.id)).toHaveLength(1);
    const records = await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id });
    expect(records.meeting.currentStepId).toBeNull();
    expect(await value(core, 'room.status', {})).not.toBeNull();
  });

  it('refuses another meeting’s id, and a record of another meeting, and writes nothing', async () => {
    const { core, meeting, other, room } = await openRoom();
    const client = await joined(room);
    const foreign = await value<TimelineEvent>(core, 'timeline.add', {
      meetingId: other.id,
      at: AT,
      description: 'Theirs',
    });
    expect(await client.call('meetings.get', { id: other.id })).toMatchObject({
      error: { code: 'forbidden' },
    });
    expect(
      await client.call('timeline.add', { meetingId: other.id, at: AT, description: 'Into theirs' }),
    ).toMatchObject({
      error: { code: 'forbidden' },
    });
    expect(
      await client.call('timeline.update', { id: foreign.id, patch: { description: 'Changed' } }),
    ).toMatchObject({ error: { code: 'forbidden' } });
    // An add that reuses the id of another meeting's record must not answer (or move) it.
    expect(
      await client.call('timeline.add', {
        id: foreign.id,
        meetingId: meeting.id,
        at: AT,
        description: 'Mine',
      }),
    ).toMatchObject({ error: { code: 'forbidden' } });
    expect(await timelineOf(core, other.id)).toEqual([foreign]);
    expect(await timelineOf(core, meeting.id)).toEqual([]);
    expect(await client.call('meetings.get', { id: meeting.id })).toMatchObject({ ok: true });
  });

  it('puts every payload through the contract’s schemas', async () => {
    const { core, meeting, room } = await openRoom();
    const client = await joined(room);
    const result = await client.call('timeline.add', {
      meetingId: meeting.id,
      at: 'yesterday',
      description: '',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await timelineOf(core, meeting.id)).toEqual([]);
  });

  it('refuses an oversized payload and writes nothing; a giant frame closes the connection', async () => {
    const { core, meeting, room } = await openRoom();
    const client = await joined(room);
    const large = await client.call('timeline.add', {
      meetingId: meeting.id,
      at: AT,
      description: 'x'.repeat(100_000),
    });
    expect(large).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    client.sendRaw(' '.repeat(2 * 1024 * 1024));
    expect(await client.closed).toBe(1009);
    expect(await timelineOf(core, meeting.id)).toEqual([]);
  });

  it('answers a call nested thousands deep as invalid input and goes on answering', async () => {
    const { core, meeting, room } = await openRoom();
    const client = await joined(room);
    // Written out, as an attacker would: 5,000 arrays deep, 10 KB, under the call size limit.
    const description = `${'['.repeat(5_000)}"x"${']'.repeat(5_000)}`;
    const input = `{"meetingId":"${meeting.id}","at":${AT},"description":${description}}`;
    const deep = new Promise<RoomServerMessage>((resolve) =>
      client.onMessage((message) => message.t === 'result' && message.n === 9_999 && resolve(message)),
    );
    client.sendRaw(
      `{"t":"call","n":9999,"session":"${client.session()}","method":"timeline.add","input":${input}}`,
    );
    expect(await deep).toMatchObject({ result: { ok: false, error: { code: 'invalid-input' } } });
    expect(JSON.stringify(await deep)).toMatch(/nests deeper than 64 levels/);
    // Every call was answered, so the connection's slots are all free for the next ones.
    const calls = Array.from({ length: 16 }, (_, n) =>
      client.call('timeline.add', { meetingId: meeting.id, at: AT + n, description: `Fact ${n}` }),
    );
    expect((await Promise.all(calls)).every((result) => result.ok)).toBe(true);
    expect(await timelineOf(core, meeting.id)).toHaveLength(16);
  });

  it('lets a connection join once, and keeps at most a hundred people', async () => {
    const { core, room } = await openRoom();
    const client = await joined(room, 'Ana');
    expect(await client.join('Ana', 'note-taker')).toMatchObject({
      t: 'refused',
      code: 'invalid-input',
    });
    expect((await value<RoomStatus>(core, 'room.status', {})).participants).toHaveLength(1);
    const sessions: (string | null)[] = [];
    for (let person = 1; person < 100; person += 1) {
      const next = await connectRoomClient({ address: room.address, code: room.code });
      expect((await next.join(`P${person}`)).t).toBe('welcome');
      sessions.push(next.session());
      next.close();
      await next.closed;
    }
    const late = await connectRoomClient({ address: room.address, code: room.code });
    expect(await late.join('Late')).toMatchObject({ t: 'refused', code: 'forbidden' });
    // Someone already in the room still comes back.
    const back = await connectRoomClient({ address: room.address, code: null, session: sessions[0]! });
    expect((await back.join('P1')).t).toBe('welcome');
    expect((await value<RoomStatus>(core, 'room.status', {})).participants).toHaveLength(100);
  });

  it('answers calls beyond the burst with rate-limited, not by queueing them', async () => {
    const { meeting, room } = await openRoom();
    const client = await joined(room);
    const results = await Promise.all(
      Array.from({ length: 100 }, () => client.call('meetings.get', { id: meeting.id })),
    );
    const limited = results.filter((result) => !result.ok && result.error.code === 'rate-limited');
    expect(limited.length).toBeGreaterThan(0);
    expect(results.filter((result) => result.ok).length).toBeLessThanOrEqual(60);
  });

  it('refuses calls before joining', async () => {
    const { meeting, room } = await openRoom();
    const client = await connectRoomClient({ address: room.address, code: room.code });
    expect(await client.call('meetings.get', { id: meeting.id })).toMatchObject({
      error: { code: 'forbidden' },
    });
  });

  it('sends the meeting’s change events to note-takers, stamped in the hub’s order', async () => {
    const { core, meeting, other, room } = await openRoom();
    const client = await joined(room);
    await value(core, 'timeline.add', { meetingId: other.id, at: AT, description: 'Not for the room' });
    await value(core, 'timeline.add', { meetingId: meeting.id, at: AT, description: 'From the console' });
    await value(core, 'timeline.add', { meetingId: meeting.id, at: AT, description: 'Again' });
    await expect.poll(() => client.messages.filter((message) => message.t === 'event').length).toBe(2);
    const events = client.messages.filter((message) => message.t === 'event');
    // The change itself travels (the saved records with their kind), so nobody reloads the meeting.
    expect(events.map((event) => event.payload)).toEqual([
      expect.objectContaining({
        meetingId: meeting.id,
        reload: false,
        records: [{ kind: 'timeline', record: expect.objectContaining({ description: 'From the console' }) }],
      }),
      expect.objectContaining({
        meetingId: meeting.id,
        records: [{ kind: 'timeline', record: expect.objectContaining({ description: 'Again' }) }],
      }),
    ]);
    expect(events.map((event) => event.seq)).toEqual([1, 2]);
  });

  it('never gives a note-taker the import’s people → role mapping, in answers or in changes', async () => {
    const { core, meeting, room } = await openRoom();
    const client = await joined(room);
    await value(core, 'timeline.importRows', {
      meetingId: meeting.id,
      sources: [{ name: '', files: [{ name: '', text: 'Dana Kim  11:48 PM\ncan someone page storage?\n' }] }],
      choices: { people: { 'Dana Kim': 'Database on-call' } },
    });
    // A mapping changed on its own (Dana's role cleared, nothing imported) sends the room nothing.
    await value(core, 'timeline.importRows', {
      meetingId: meeting.id,
      sources: [{ name: '', files: [{ name: '', text: 'Dana Kim  11:48 PM\ncan someone page storage?\n' }] }],
      choices: { people: { 'Dana Kim': '' } },
    });
    await value(core, 'timeline.add', { meetingId: meeting.id, at: AT, description: 'After the import' });
    await expect.poll(() => client.messages.filter((message) => message.t === 'event').length).toBe(2);
    const events = client.messages.filter((message) => message.t === 'event');
    // The import's event without its mapping, nothing for the mapping's own change, then the capture.
    expect(
      events.map((event) => (event.payload as MeetingChange).records.map((change) => change.kind)),
    ).toEqual([['timeline'], ['timeline']]);
    expect(JSON.stringify(client.messages)).not.toContain('Dana Kim');
    await value(core, 'timeline.importRows', {
      meetingId: meeting.id,
      sources: [{ name: '', files: [{ name: '', text: 'Lee Park  11:52 PM\nstorage paged\n' }] }],
      choices: { people: { 'Lee Park': 'Storage on-call' } },
    });
    const answer = await client.call('meetings.get', { id: meeting.id });
    expect(answer).toMatchObject({ ok: true, value: { importPeople: [] } });
    expect(JSON.stringify(answer)).not.toContain('Lee Park');
    // The console still has it: held back from the room only.
    const console = await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id });
    expect(console.importPeople.map((mapped) => mapped.person)).toEqual(['Lee Park']);
  });

  it('keeps both edits of different fields; of the same field the later wins and the console sees it', async () => {
    const { core, meeting, room, ana, itemId } = await joinedWithItem();
    const ben = await joined(room, 'Ben');
    await ana.call('actionItems.update', { id: itemId, patch: { owner: 'Ana' } });
    await ben.call('actionItems.update', {
      id: itemId,
      patch: { successMeasure: 'Pages fresh within 5 min' },
    });
    await ben.call('actionItems.update', { id: itemId, patch: { owner: 'Ben' } });
    const { actionItems } = await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id });
    expect(actionItems[0]).toMatchObject({ owner: 'Ben', successMeasure: 'Pages fresh within 5 min' });
    const status = await value<RoomStatus>(core, 'room.status', {});
    expect(status.replacements).toEqual([
      expect.objectContaining({
        recordId: itemId,
        field: 'owner',
        previous: 'Ana',
        next: 'Ben',
        by: 'Ben',
      }),
    ]);
  });

  it('tells the console when a note-taker overwrites its edit of a field they wrote before', async () => {
    const { core, ana, itemId } = await joinedWithItem();
    await ana.call('actionItems.update', { id: itemId, patch: { owner: 'Ana' } });
    // Ana fixing her own value again is a re-edit, nothing replaced.
    await ana.call('actionItems.update', { id: itemId, patch: { owner: 'Ana Lima' } });
    expect((await value<RoomStatus>(core, 'room.status', {})).replacements).toEqual([]);
    // The facilitator sets the owner on the console; Ana's later edit replaces it.
    await value(core, 'actionItems.update', { id: itemId, patch: { owner: 'Dana' } });
    await ana.call('actionItems.update', { id: itemId, patch: { owner: 'Ana Lima' } });
    expect((await value<RoomStatus>(core, 'room.status', {})).replacements).toEqual([
      expect.objectContaining({ field: 'owner', previous: 'Dana', next: 'Ana Lima', by: 'Ana' }),
    ]);
  });

  it('comes back as the same person by the session of its welcome, not by the code', async () => {
    const { core, meeting, room } = await openRoom();
    const first = await joined(room, 'Ana');
    const session = first.session()!;
    expect(session).toMatch(/^[\w-]{43}$/);
    await first.close();
    const back = await connectRoomClient({ address: room.address, code: null, session });
    expect(await back.join('Ana Lima')).toMatchObject({ t: 'welcome', session });
    expect(await back.call('meetings.get', { id: meeting.id })).toMatchObject({ ok: true });
    // Someone new by the code is someone else, whatever name they give.
    await joined(room, 'Ana Lima');
    const people = (await value<RoomStatus>(core, 'room.status', {})).participants;
    expect(people.map((person) => person.name)).toEqual(['Ana Lima', 'Ana Lima']);
    expect(new Set(people.map((person) => person.id)).size).toBe(2);
  });

  it('refuses a join as the facilitator: that is the person at the console', async () => {
    const { core, room } = await openRoom();
    const client = await connectRoomClient({ address: room.address, code: room.code });
    expect(await client.join('Mallory', 'facilitator')).toMatchObject({
      t: 'refused',
      code: 'invalid-input',
    });
    expect((await value<RoomStatus>(core, 'room.status', {})).participants).toEqual([]);
  });

  it('removes a participant for good: session ended, the code changed, everyone else still in', async () => {
    const { core, meeting, room } = await openRoom();
    const ana = await joined(room, 'Ana');
    const ben = await joined(room, 'Ben');
    const anaSession = ana.session()!;
    await value(core, 'room.showOnProjector', { shown: true });
    const [anaListed] = (await value<RoomStatus>(core, 'room.status', {})).participants;
    const after = await value<RoomStatus>(core, 'room.removeParticipant', { participantId: anaListed!.id });
    expect(await ana.closed).toBe(4003);
    expect(after.participants.map((person) => person.name)).toEqual(['Ben']);
    // The code she had opens nothing now: not her session, nor a private window with the old code.
    expect(after.code).not.toBe(room.code);
    expect(after.joinUrl).toBe(`${room.address}#code=${after.code}`);
    expect(after.qrSvg).not.toBe(room.qrSvg);
    // The projector showed the join code: not the new one, which she could read off it.
    expect(after.qrOnProjector).toBe(false);
    const bySession = await connectRoomClient({ address: room.address, code: null, session: anaSession });
    expect(await bySession.refusal()).toMatchObject({ t: 'refused', code: 'forbidden', ended: true });
    const byOldCode = await connectRoomClient({ address: room.address, code: room.code });
    expect(await byOldCode.refusal()).toMatchObject({ message: expect.stringContaining('wrong room code') });
    // Ben goes on capturing, and comes back after a drop on his own session.
    expect(
      await ben.call('timeline.add', { meetingId: meeting.id, at: AT, description: 'Still here' }),
    ).toMatchObject({
      ok: true,
    });
    await ben.close();
    const benBack = await connectRoomClient({ address: room.address, code: null, session: ben.session()! });
    expect((await benBack.join('Ben')).t).toBe('welcome');
    // A newcomer joins with the new code.
    const cara = await connectRoomClient({ address: room.address, code: after.code });
    expect((await cara.join('Cara')).t).toBe('welcome');
    expect(
      (await value<RoomStatus>(core, 'room.status', {})).participants.map((person) => person.name),
    ).toEqual(['Ben', 'Cara']);
  });

  it('accepts nothing once closed: the port stops listening and the advertisement is withdrawn', async () => {
    const { core, meeting, room, announced } = await openRoom();
    const client = await joined(room);
    await value(core, 'room.close', {});
    expect(await client.closed).toBe(4000);
    expect(announced[0]!.stopped).toBe(true);
    await expect(fetch(room.address)).rejects.toThrow();
    await expect(connectRoomClient({ address: room.address, code: room.code })).rejects.toThrow();
    expect(await value(core, 'room.status', {})).toBeNull();
    expect(await timelineOf(core, meeting.id)).toEqual([]);
  });

  it('opens one room for two opens at once, and closing it leaves nothing listening', async () => {
    const { host, announced } = loopbackRoomHost();
    const { core } = await testCore({ host: { ...scriptedHost().host, room: host } });
    const meeting = await value<Meeting>(core, 'meetings.create', { title: 'Stale prices' });
    const [first, second] = await Promise.all([
      value<RoomStatus>(core, 'room.open', { meetingId: meeting.id }),
      value<RoomStatus>(core, 'room.open', { meetingId: meeting.id }),
    ]);
    expect(second.address).toBe(first.address);
    expect(second.code).toBe(first.code);
    expect(announced).toHaveLength(1);
    await value(core, 'room.close', {});
    await expect(fetch(first.address)).rejects.toThrow();
    expect(announced[0]!.stopped).toBe(true);
  });

  it('closes when the meeting ends', async () => {
    const { core, meeting, room } = await openRoom();
    const client = await joined(room);
    await value(core, 'meetings.endMeeting', { meetingId: meeting.id });
    expect(await client.closed).toBe(4000);
    await expect.poll(() => value(core, 'room.status', {})).toBeNull();
    await expect(fetch(room.address)).rejects.toThrow();
  });

  it('closes when the meeting is deleted', async () => {
    const { core, meeting, room } = await openRoom();
    const client = await joined(room);
    await value(core, 'meetings.delete', { id: meeting.id });
    expect(await client.closed).toBe(4000);
    await expect.poll(() => value(core, 'room.status', {})).toBeNull();
    await expect(fetch(room.address)).rejects.toThrow();
  });

  it('answers a clear error where the host has no network for a room', async () => {
    const { core } = await testCore();
    const meeting = await value<Meeting>(core, 'meetings.create', { title: 'No room here' });
    expect(await core.call('room.open', { meetingId: meeting.id })).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });
});
