import { afterEach, describe, expect, it } from 'vitest';
import { connectToHub, type HubState } from '../../../../electron/core/join/hubConnection';
import type { RoomStatus } from '../../../../shared/contract/room';
import { captureEvent, joinRoom, joinStatus, records, until } from '../../../helpers/joiner';
import { hubWithOpenRoom } from '../../../helpers/roomHost';
import { tcpProxy } from '../../../helpers/tcpProxy';
import { testCore, value } from '../../../helpers/testCore';

const proxies: Awaited<ReturnType<typeof tcpProxy>>[] = [];
afterEach(async () => {
  for (const proxy of proxies.splice(0)) await proxy.close();
});

describe('the connection to the hub after the link dies without a close frame', () => {
  it('reconnects by itself, backing off while the network is down, and sends each waiting capture once', async () => {
    const { hub, meeting, room } = await hubWithOpenRoom();
    const proxy = await tcpProxy(Number(new URL(room.address).port));
    proxies.push(proxy);
    const { core: joiner } = await testCore();
    expect((await joinRoom(joiner, { address: proxy.address, code: room.code })).ok).toBe(true);
    const online = () =>
      until(
        () => joinStatus(joiner),
        (status) => status!.connection.state === 'online' && status!.waiting.length === 0,
      );

    // A drop the network heals at once: the app finds the room again with nobody's help.
    proxy.cut();
    await until(
      async () => proxy.counts.accepted,
      (accepted) => accepted === 2,
    );
    await online();
    const first = await captureEvent(joiner, meeting.id, 'Captured after the first drop');

    // A capture on its way as the link dies: the hub may have saved it, its answer is lost.
    const inFlight = captureEvent(joiner, meeting.id, 'Sent as the link died');
    proxy.down();
    proxy.cut();
    const offline = [await inFlight];
    await until(
      () => joinStatus(joiner),
      (status) => status!.connection.state === 'offline',
    );
    offline.push(await captureEvent(joiner, meeting.id, 'Captured offline'));
    offline.push(await captureEvent(joiner, meeting.id, 'Still offline'));
    // Down for a while: a few attempts, spaced out, not a tight loop against a dead network.
    await until(
      async () => proxy.counts.refused,
      (refused) => refused >= 3,
      10_000,
    );
    expect(proxy.counts.refused).toBeLessThanOrEqual(4);
    proxy.up();
    await until(
      () => joinStatus(joiner),
      (status) => status!.connection.state === 'online' && status!.waiting.length === 0,
      15_000,
    );

    const stored = (await records(hub, meeting.id)).timeline.map((event) => event.id);
    const sent = [first, ...offline].map((capture) => capture.id);
    expect(stored.sort()).toEqual([...sent].sort());
    // The same app each time: one participant, connected.
    const participants = (await value<RoomStatus>(hub, 'room.status', {})).participants;
    expect(participants).toEqual([expect.objectContaining({ name: 'Ana', connected: true })]);
  });

  it('ends a link that went silent (no reset, no close) when its ping goes unanswered, and connects again', async () => {
    const { meeting, room } = await hubWithOpenRoom();
    const proxy = await tcpProxy(Number(new URL(room.address).port));
    proxies.push(proxy);
    const states: HubState['state'][] = [];
    const connection = connectToHub({
      address: proxy.address,
      code: room.code,
      session: null,
      join: { name: 'Ana', role: 'note-taker' },
      now: Date.now,
      onSession: () => undefined,
      onState: (state) => states.push(state.state),
      onEvent: () => undefined,
      // Short, so the test need not wait the app's 5 s: the rule is the same.
      heartbeatMs: 100,
    });
    try {
      connection.start();
      await until(
        async () => connection.state().state,
        (state) => state === 'online',
      );
      proxy.stall();
      await until(
        async () => connection.state().state,
        (state) => state === 'offline',
      );
      await until(
        async () => connection.state().state,
        (state) => state === 'online',
      );
      expect(states.filter((state) => state === 'online')).toHaveLength(2);
      // The new link serves calls.
      expect(await connection.call('meetings.get', { id: meeting.id })).toMatchObject({ ok: true });
    } finally {
      connection.stop();
    }
  });
});
