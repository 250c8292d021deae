import { describe, expect, it } from 'vitest';
import type { AgendaStep, Meeting, MeetingRecords } from '../../../../shared/types';
import type { Core } from '../../../../electron/core/createCore';
import { tempDbPath } from '../../../helpers/tempDb';
import { testCore, value } from '../../../helpers/testCore';
import { failure, makeMeetingInput, manualClock, recordEvents } from '../../../helpers/factories';

async function meeting(core: Core) {
  const created = await value<Meeting>(core, 'meetings.create', makeMeetingInput());
  return { meetingId: created.id, ids: await order(core, created.id) };
}

async function order(core: Core, meetingId: string) {
  const records = await value<MeetingRecords>(core, 'meetings.get', { id: meetingId });
  return records.agenda.map((step) => step.id);
}

describe('agenda.reorder', () => {
  it('moves the first step to the end, stores positions 0..n-1 and announces the change', async () => {
    const { core } = await testCore();
    const { meetingId, ids } = await meeting(core);
    const events = recordEvents(core);
    const next = [...ids.slice(1), ids[0]!];

    const saved = await value<AgendaStep[]>(core, 'agenda.reorder', {
      meetingId,
      orderedIds: next,
      basedOn: ids,
    });

    expect(saved.map((step) => [step.id, step.position])).toEqual(next.map((id, index) => [id, index]));
    expect(await order(core, meetingId)).toEqual(next);
    expect(events).toEqual([{ event: 'meetingChanged', payload: expect.objectContaining({ meetingId }) }]);
  });

  it('bumps updated_at only on the steps whose place changed', async () => {
    const clock = manualClock();
    const { core } = await testCore({ now: clock.now });
    const { meetingId, ids } = await meeting(core);
    const later = clock.advance(60_000);
    const [a, b, ...rest] = ids;

    const saved = await value<AgendaStep[]>(core, 'agenda.reorder', {
      meetingId,
      orderedIds: [b, a, ...rest],
    });

    expect(saved.map((step) => step.updatedAt === later)).toEqual([true, true, ...rest.map(() => false)]);
  });

  it('reorders 50 steps in one call', async () => {
    const { core } = await testCore();
    const { meetingId } = await meeting(core);
    for (let n = 0; n < 42; n += 1) {
      await value(core, 'agenda.add', { meetingId, title: `Custom ${n}` });
    }
    const ids = await order(core, meetingId);
    expect(ids).toHaveLength(50);
    const reversed = ids.slice().reverse();

    await value(core, 'agenda.reorder', { meetingId, orderedIds: reversed, basedOn: ids });

    expect(await order(core, meetingId)).toEqual(reversed);
  });

  it('refuses a reorder based on a stale list from another window, keeping the other order', async () => {
    // Two cores on one file stand in for two windows on one database.
    const dbPath = tempDbPath();
    const { core: first } = await testCore({ dbPath });
    const { core: second } = await testCore({ dbPath });
    const { meetingId, ids } = await meeting(first);
    const [a, b, ...rest] = ids;
    const theirs = [...rest, a!, b!];

    await value(second, 'agenda.reorder', { meetingId, orderedIds: theirs, basedOn: ids });
    const error = await failure(first, 'agenda.reorder', {
      meetingId,
      orderedIds: [b, a, ...rest],
      basedOn: ids,
    });

    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/another window/);
    expect(await order(first, meetingId)).toEqual(theirs);
  });

  it('refuses an order that leaves out a step added elsewhere as a conflict', async () => {
    const { core } = await testCore();
    const { meetingId, ids } = await meeting(core);
    await value(core, 'agenda.add', { meetingId, title: 'Customer call' });

    const error = await failure(core, 'agenda.reorder', { meetingId, orderedIds: ids });

    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/leaves out 1 of this meeting’s 9 agenda steps/);
  });

  it('refuses a step of another meeting or a step named twice as invalid input', async () => {
    const { core } = await testCore();
    const { meetingId, ids } = await meeting(core);
    const other = await meeting(core);

    const foreign = await failure(core, 'agenda.reorder', {
      meetingId,
      orderedIds: [...ids.slice(1), other.ids[0]],
    });
    const twice = await failure(core, 'agenda.reorder', {
      meetingId,
      orderedIds: [ids[0], ...ids],
    });

    expect(foreign.code).toBe('invalid-input');
    expect(twice.code).toBe('invalid-input');
    expect(await order(core, meetingId)).toEqual(ids);
  });
});
