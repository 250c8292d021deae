import { describe, expect, it } from 'vitest';
import type { TrackedItem } from '../../../../shared/domain/actionItems/followThrough';
import type { ActionItem, Meeting } from '../../../../shared/types';
import { testCore, value } from '../../../helpers/testCore';
import { failure, makeActionItemInput, makeMeetingInput } from '../../../helpers/factories';

describe('actionItems.listAll', () => {
  it('lists the live items of every live meeting with their meeting, overdue first', async () => {
    const { core } = await testCore();
    const checkout = await value<Meeting>(
      core,
      'meetings.create',
      makeMeetingInput({ title: 'Checkout outage' }),
    );
    const packets = await value<Meeting>(
      core,
      'meetings.create',
      makeMeetingInput({ title: 'Packet drops' }),
    );
    const gone = await value<Meeting>(
      core,
      'meetings.create',
      makeMeetingInput({ title: 'Deleted meeting' }),
    );
    await value(
      core,
      'actionItems.add',
      makeActionItemInput(checkout.id, { title: 'On time', dueDate: '2026-05-01' }),
    );
    await value(
      core,
      'actionItems.add',
      makeActionItemInput(packets.id, { title: 'Late', dueDate: '2026-03-01' }),
    );
    const removed = await value<ActionItem>(
      core,
      'actionItems.add',
      makeActionItemInput(packets.id, { title: 'Removed' }),
    );
    await value(core, 'actionItems.remove', { id: removed.id });
    await value(core, 'actionItems.add', makeActionItemInput(gone.id, { title: 'Of a deleted meeting' }));
    await value(core, 'meetings.delete', { id: gone.id });

    const listed = await value<TrackedItem[]>(core, 'actionItems.listAll', { today: '2026-03-10' });
    expect(listed.map((entry) => [entry.item.title, entry.meeting.title])).toEqual([
      ['Late', 'Packet drops'],
      ['On time', 'Checkout outage'],
    ]);

    const overdue = await value<TrackedItem[]>(core, 'actionItems.listAll', {
      today: '2026-03-10',
      overdue: true,
    });
    expect(overdue.map((entry) => entry.item.title)).toEqual(['Late']);
  });

  it('refuses a “today” that is not a calendar day', async () => {
    const { core } = await testCore();
    expect((await failure(core, 'actionItems.listAll', { today: 'tomorrow' })).code).toBe('invalid-input');
  });
});
