import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../../shared/types';
import { hubWithOpenRoom } from '../../../helpers/roomHost';
import {
  captureEvent as capture,
  joinRoom as join,
  joinStatus as status,
  records,
  until,
} from '../../../helpers/joiner';
import { testCore, value } from '../../../helpers/testCore';

describe('a capture the hub refused for good, in the joined room', () => {
  it('forgets it once discarded: its outbox entry and its record in the copy', async () => {
    const { hub, meeting, room } = await hubWithOpenRoom();
    // An id the hub's other meeting holds: this app saves the capture, the hub refuses it for good.
    const elsewhere = await value<Meeting>(hub, 'meetings.create', { title: 'Another meeting' });
    const taken = randomUUID();
    await value(hub, 'parkingLot.add', { id: taken, meetingId: elsewhere.id, text: 'Hub only' });
    const { core } = await testCore();
    expect((await join(core, room)).ok).toBe(true);
    const sent = await capture(core, meeting.id, 'Prices went stale');
    await value(core, 'join.capture', {
      method: 'parkingLot.add',
      input: { id: taken, meetingId: meeting.id, text: 'Cache TTLs' },
    });
    const refused = await until(
      () => status(core),
      (now) => now!.refused.length === 1 && now!.waiting.length === 0,
    );
    expect(refused!.refused.map((failure) => failure.entry.id)).toEqual([taken]);
    expect((await records(core, meeting.id)).parkingLot.map((item) => item.text)).toEqual(['Cache TTLs']);

    // A capture the hub saved is not a refusal to forget.
    await value(core, 'join.discard', { id: sent.id });
    await value(core, 'join.discard', { id: taken });
    const after = await status(core);
    expect(after!.refused).toEqual([]);
    expect(after!.mine).toEqual([sent.id]);
    const copy = await records(core, meeting.id);
    expect(copy.parkingLot).toEqual([]);
    expect(copy.timeline.map((event) => event.id)).toEqual([sent.id]);
  });

  it('is nothing to discard before a room is joined', async () => {
    const { core } = await testCore();
    expect(await core.call('join.discard', { id: randomUUID() })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});
