import { describe, expect, it } from 'vitest';
import type { TrackedItem } from '../../../../shared/domain/actionItems/followThrough';
import type { Meeting } from '../../../../shared/types';
import { testCore, value } from '../../../helpers/testCore';
import { makeActionItemInput, makeMeetingInput } from '../../../helpers/factories';

/** Two meetings with items of different statuses, owners, types and due dates. */
async function twoMeetings() {
  const { core } = await testCore();
  const checkout = await value<Meeting>(
    core,
    'meetings.create',
    makeMeetingInput({ title: 'Checkout outage' }),
  );
  const packets = await value<Meeting>(core, 'meetings.create', makeMeetingInput({ title: 'Packet drops' }));
  const add = (meeting: Meeting, overrides: Parameters<typeof makeActionItemInput>[1]) =>
    value(core, 'actionItems.add', makeActionItemInput(meeting.id, overrides));
  await add(checkout, {
    title: 'Alert on cache age',
    owner: 'Platform team',
    type: 'detective',
    dueDate: '2026-03-01',
  });
  await add(checkout, {
    title: 'Cap retries',
    owner: 'Payments',
    type: 'corrective',
    status: 'in-progress',
    dueDate: '2026-04-01',
  });
  await add(packets, {
    title: 'Canary firmware',
    owner: 'Edge platform',
    type: 'preventative',
    status: 'done',
    dueDate: '2026-02-01',
  });
  await add(packets, {
    title: 'Runbook for rollback',
    owner: 'Edge on-call',
    type: 'process-improvement',
    dueDate: null,
  });
  const titles = async (filter: object) =>
    (await value<TrackedItem[]>(core, 'actionItems.listAll', { today: '2026-03-10', ...filter })).map(
      (entry) => entry.item.title,
    );
  return { core, titles };
}

describe('actionItems.listAll filters', () => {
  it('keeps only the given statuses', async () => {
    const { titles } = await twoMeetings();
    expect(await titles({ statuses: ['in-progress', 'done'] })).toEqual(['Canary firmware', 'Cap retries']);
  });

  it('matches part of the owner’s name in any case', async () => {
    const { titles } = await twoMeetings();
    expect(await titles({ owner: 'PLATFORM' })).toEqual(['Alert on cache age', 'Canary firmware']);
  });

  it('keeps one type', async () => {
    const { titles } = await twoMeetings();
    expect(await titles({ type: 'process-improvement' })).toEqual(['Runbook for rollback']);
  });

  it('keeps only overdue items, leaving out finished ones however late', async () => {
    const { titles } = await twoMeetings();
    expect(await titles({ overdue: true })).toEqual(['Alert on cache age']);
  });

  it('combines filters', async () => {
    const { titles } = await twoMeetings();
    expect(await titles({ owner: 'edge', statuses: ['open'] })).toEqual(['Runbook for rollback']);
  });
});
