import { afterEach, describe, expect, it } from 'vitest';
import type { MeetingChange } from '../../../../shared/contract/changes';
import type { ActionItem, ParkingLotItem, TimelineEvent } from '../../../../shared/types';
import { AT, captureEvent, joinRoom, joinStatus, records, until } from '../../../helpers/joiner';
import { hubWithOpenRoom } from '../../../helpers/roomHost';
import { tcpProxy } from '../../../helpers/tcpProxy';
import { testCore, value } from '../../../helpers/testCore';

const proxies: Awaited<ReturnType<typeof tcpProxy>>[] = [];
afterEach(async () => {
  for (const proxy of proxies.splice(0)) await proxy.close();
});

/** A hub with its room open, and a joined app reaching it through a proxy the test can cut. */
async function joinedThroughProxy() {
  const { hub, meeting, room } = await hubWithOpenRoom();
  const proxy = await tcpProxy(Number(new URL(room.address).port));
  proxies.push(proxy);
  const { core: joiner } = await testCore();
  expect((await joinRoom(joiner, { address: proxy.address, code: room.code })).ok).toBe(true);
  return { hub, meeting, proxy, joiner };
}

const liveIds = async (core: Parameters<typeof records>[0], meetingId: string) => {
  const copy = await records(core, meetingId);
  return {
    timeline: copy.timeline.map((event) => event.id).sort(),
    parkingLot: copy.parkingLot.map((item) => item.id).sort(),
    actionItems: copy.actionItems.map((item) => item.id).sort(),
  };
};

describe('a joined copy after the hub deleted records while this app was offline', () => {
  it('drops what the hub no longer has on reconnect, keeps its own captures still waiting, and a later restore brings a record back', async () => {
    const { hub, meeting, proxy, joiner } = await joinedThroughProxy();
    const fact = (description: string) =>
      value<TimelineEvent>(hub, 'timeline.add', { meetingId: meeting.id, at: AT, description });
    const stale = await fact('Prices went stale');
    const kept = await fact('Cache flushed');
    const parked = await value<ParkingLotItem>(hub, 'parkingLot.add', { meetingId: meeting.id, text: 'TTLs' });
    const action = await value<ActionItem>(hub, 'actionItems.add', { meetingId: meeting.id, title: 'Alert' });
    const mineConfirmed = await captureEvent(joiner, meeting.id, 'Saw it on the dashboard');
    await until(
      () => liveIds(joiner, meeting.id),
      (copy) => copy.timeline.length === 3 && copy.parkingLot.length === 1 && copy.actionItems.length === 1,
    );
    await until(
      () => joinStatus(joiner),
      (status) => status!.waiting.length === 0,
    );

    // The network goes: nothing of what follows reaches the copy as it happens.
    proxy.down();
    proxy.cut();
    await until(
      () => joinStatus(joiner),
      (status) => status!.connection.state === 'offline',
    );
    await value(hub, 'timeline.remove', { id: stale.id });
    await value(hub, 'parkingLot.remove', { id: parked.id });
    // A capture of this app's that the hub had confirmed is the hub's record like any other.
    await value(hub, 'timeline.remove', { id: mineConfirmed.id });
    const mineWaiting = await captureEvent(joiner, meeting.id, 'Captured while offline');
    expect((await liveIds(joiner, meeting.id)).timeline).toHaveLength(4);

    const told: MeetingChange[] = [];
    joiner.onEvent((event, payload) => {
      if (event === 'meetingChanged') told.push(payload as MeetingChange);
    });
    proxy.up();
    await until(
      () => joinStatus(joiner),
      (status) => status!.connection.state === 'online' && status!.waiting.length === 0,
    );
    const expected = {
      timeline: [kept.id, mineWaiting.id].sort(),
      parkingLot: [],
      actionItems: [action.id],
    };
    await until(
      () => liveIds(joiner, meeting.id),
      (copy) => JSON.stringify(copy) === JSON.stringify(expected),
    );
    expect(await liveIds(hub, meeting.id)).toEqual(expected);
    // The windows are told of each removal as a record, not by a reload.
    const removed = told.flatMap((change) =>
      change.records.filter(({ record }) => 'deletedAt' in record && record.deletedAt !== null),
    );
    expect(removed.map(({ record }) => record.id).sort()).toEqual(
      [stale.id, parked.id, mineConfirmed.id].sort(),
    );
    expect(told.every((change) => !change.reload)).toBe(true);

    // The hub restores one: its restore is a later revision than the copy's removal.
    await value(hub, 'parkingLot.restore', { id: parked.id });
    await until(
      () => liveIds(joiner, meeting.id),
      (copy) => copy.parkingLot.includes(parked.id),
    );
  });
});
