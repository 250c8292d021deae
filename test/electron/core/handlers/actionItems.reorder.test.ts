import { describe, expect, it } from 'vitest';
import type { ActionItem, Meeting, MeetingRecords } from '../../../../shared/types';
import type { Core } from '../../../../electron/core/createCore';
import { tempDbPath } from '../../../helpers/tempDb';
import { testCore, value } from '../../../helpers/testCore';
import {
  failure,
  makeActionItemInput,
  makeMeetingInput,
  manualClock,
  recordEvents,
} from '../../../helpers/factories';

async function meetingWithItems(core: Core, count: number) {
  const meeting = await value<Meeting>(core, 'meetings.create', makeMeetingInput());
  const ids: string[] = [];
  for (let n = 0; n < count; n += 1) {
    const item = await value<ActionItem>(
      core,
      'actionItems.add',
      makeActionItemInput(meeting.id, { title: `Item ${n}` }),
    );
    ids.push(item.id);
  }
  return { meetingId: meeting.id, ids };
}

async function storedOrder(core: Core, meetingId: string) {
  const records = await value<MeetingRecords>(core, 'meetings.get', { id: meetingId });
  return records.actionItems.map((item) => [item.id, item.rank]);
}

describe('actionItems.reorder', () => {
  it('moves the first item to the end and stores ranks 0..n-1, then announces the change', async () => {
    const { core } = await testCore();
    const { meetingId, ids } = await meetingWithItems(core, 4);
    const events = recordEvents(core);
    const order = [ids[1]!, ids[2]!, ids[3]!, ids[0]!];

    const saved = await value<ActionItem[]>(core, 'actionItems.reorder', {
      meetingId,
      orderedIds: order,
      basedOn: ids,
    });

    expect(saved.map((item) => [item.id, item.rank])).toEqual(order.map((id, rank) => [id, rank]));
    expect(await storedOrder(core, meetingId)).toEqual(order.map((id, rank) => [id, rank]));
    expect(events).toEqual([{ event: 'meetingChanged', payload: expect.objectContaining({ meetingId }) }]);
  });

  it('bumps updated_at only on the items whose rank changed, so merges keep edits made elsewhere', async () => {
    const clock = manualClock();
    const { core } = await testCore({ now: clock.now });
    const { meetingId, ids } = await meetingWithItems(core, 3);
    const later = clock.advance(60_000);

    const saved = await value<ActionItem[]>(core, 'actionItems.reorder', {
      meetingId,
      orderedIds: [ids[1]!, ids[0]!, ids[2]!],
    });

    expect(saved.map((item) => item.updatedAt === later)).toEqual([true, true, false]);
  });

  it('reorders 1,000 items in one call', async () => {
    const { core } = await testCore();
    const meeting = await value<Meeting>(core, 'meetings.create', makeMeetingInput());
    // Inserted directly in one transaction: a thousand contract calls would only slow the test.
    const store = core.session.store();
    const ids = store.transaction(() =>
      Array.from({ length: 1000 }, (_, rank) => {
        const id = `00000000-0000-4000-8000-${String(rank).padStart(12, '0')}`;
        store.tables.actionItems.insert({
          ...makeActionItemInput(meeting.id, { title: `Item ${rank}` }),
          id,
          question: null,
          status: 'open',
          trackerUrl: '',
          rank,
          dueDate: '2026-04-01',
          owner: 'Team',
          successMeasure: 'Measured',
          type: 'corrective',
          createdAt: 0,
          updatedAt: 0,
          deletedAt: null,
          createdBy: 'test',
        } as ActionItem);
        return id;
      }),
    );
    const reversed = ids.slice().reverse();

    const saved = await value<ActionItem[]>(core, 'actionItems.reorder', {
      meetingId: meeting.id,
      orderedIds: reversed,
    });

    expect(saved).toHaveLength(1000);
    expect((await storedOrder(core, meeting.id)).map(([id]) => id)).toEqual(reversed);
  });

  it('refuses a reorder based on a stale list from another window, and keeps the other window’s order', async () => {
    // Two cores on one file stand in for two windows (or two app instances) on one database.
    const dbPath = tempDbPath();
    const { core: first } = await testCore({ dbPath });
    const { core: second } = await testCore({ dbPath });
    const { meetingId, ids } = await meetingWithItems(first, 3);
    const [a, b, c] = ids as [string, string, string];

    await value(second, 'actionItems.reorder', { meetingId, orderedIds: [c, a, b], basedOn: [a, b, c] });
    const error = await failure(first, 'actionItems.reorder', {
      meetingId,
      orderedIds: [b, a, c],
      basedOn: [a, b, c],
    });

    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/another window/);
    expect((await storedOrder(first, meetingId)).map(([id]) => id)).toEqual([c, a, b]);
  });

  it('refuses an order that leaves out an item added in another window', async () => {
    const dbPath = tempDbPath();
    const { core: first } = await testCore({ dbPath });
    const { core: second } = await testCore({ dbPath });
    const { meetingId, ids } = await meetingWithItems(first, 2);
    const added = await value<ActionItem>(
      second,
      'actionItems.add',
      makeActionItemInput(meetingId, { title: 'Added elsewhere' }),
    );

    const error = await failure(first, 'actionItems.reorder', { meetingId, orderedIds: [ids[1], ids[0]] });

    expect(error.code).toBe('conflict');
    expect(error.message).toBe('Not saved: The order leaves out 1 of this meeting’s 3 action items.');
    expect((await storedOrder(first, meetingId)).map(([id]) => id)).toEqual([...ids, added.id]);
  });

  it('refuses an order that still names an item deleted in the meantime', async () => {
    const { core } = await testCore();
    const { meetingId, ids } = await meetingWithItems(core, 2);
    await value(core, 'actionItems.remove', { id: ids[0] });

    const error = await failure(core, 'actionItems.reorder', { meetingId, orderedIds: [ids[1], ids[0]] });

    expect(error.code).toBe('conflict');
  });

  it('rejects a reorder that names an item from another meeting, and writes nothing', async () => {
    const { core } = await testCore();
    const { meetingId, ids } = await meetingWithItems(core, 2);
    const other = await meetingWithItems(core, 1);
    const events = recordEvents(core);

    const error = await failure(core, 'actionItems.reorder', {
      meetingId,
      orderedIds: [ids[1], ids[0], other.ids[0]],
    });

    expect(error.code).toBe('invalid-input');
    expect(error.issues).toEqual([
      { path: 'orderedIds', message: `Item ${other.ids[0]} is not one of this meeting’s action items.` },
    ]);
    expect((await storedOrder(core, meetingId)).map(([id]) => id)).toEqual(ids);
    expect(events).toEqual([]);
  });

  it('rejects an item named twice and a meeting that does not exist', async () => {
    const { core } = await testCore();
    const { meetingId, ids } = await meetingWithItems(core, 2);

    expect(
      (await failure(core, 'actionItems.reorder', { meetingId, orderedIds: [ids[0], ids[0]] })).code,
    ).toBe('invalid-input');
    expect(
      (
        await failure(core, 'actionItems.reorder', {
          meetingId: '00000000-0000-4000-8000-000000000999',
          orderedIds: [],
        })
      ).code,
    ).toBe('not-found');
    expect(
      (await failure(core, 'actionItems.reorder', { meetingId, orderedIds: ['not-an-id'] })).issues,
    ).toEqual([{ path: 'orderedIds[0]', message: 'not a record id (UUID)' }]);
  });
});
