import { describe, expect, it } from 'vitest';
import type { ActionItem, Meeting, MeetingSummary } from '../../../../shared/types';
import { testCore, value } from '../../../helpers/testCore';
import { failure, makeActionItemInput, makeMeetingInput } from '../../../helpers/factories';

describe('meetings.list overdue counts', () => {
  it('counts the open and in-progress items due before the given day', async () => {
    const { core } = await testCore();
    const meeting = await value<Meeting>(
      core,
      'meetings.create',
      makeMeetingInput({ title: 'Checkout outage' }),
    );
    const add = (overrides: Parameters<typeof makeActionItemInput>[1]) =>
      value<ActionItem>(core, 'actionItems.add', makeActionItemInput(meeting.id, overrides));
    await add({ title: 'Late and open', dueDate: '2026-03-01' });
    await add({ title: 'Late and in progress', dueDate: '2026-03-09', status: 'in-progress' });
    await add({ title: 'Late but done', dueDate: '2026-03-01', status: 'done' });
    await add({ title: 'Late but dropped', dueDate: '2026-03-01', status: 'wont-do' });
    // Due today is not late yet: the day is not over.
    await add({ title: 'Due today', dueDate: '2026-03-10' });
    await add({ title: 'Undated', dueDate: null });
    const removed = await add({ title: 'Late but deleted', dueDate: '2026-03-01' });
    await value(core, 'actionItems.remove', { id: removed.id });

    const [summary] = await value<MeetingSummary[]>(core, 'meetings.list', { today: '2026-03-10' });
    expect(summary).toMatchObject({ openActionItems: 4, overdueActionItems: 2 });
  });

  it('counts none when no day is given, since the core reads no clock for it', async () => {
    const { core } = await testCore();
    const meeting = await value<Meeting>(core, 'meetings.create', makeMeetingInput());
    await value(core, 'actionItems.add', makeActionItemInput(meeting.id, { dueDate: '2000-01-01' }));
    const [summary] = await value<MeetingSummary[]>(core, 'meetings.list', {});
    expect(summary?.overdueActionItems).toBe(0);
  });

  it('refuses a day that is not YYYY-MM-DD', async () => {
    const { core } = await testCore();
    expect((await failure(core, 'meetings.list', { today: '10/03/2026' })).code).toBe('invalid-input');
  });
});
