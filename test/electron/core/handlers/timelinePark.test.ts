import { describe, expect, it } from 'vitest';
import type { ParkedEvent } from '../../../../shared/contract/timelinePark';
import type { AgendaStep, Meeting, MeetingRecords, TimelineEvent } from '../../../../shared/types';
import { failure, makeMeetingInput, manualClock, recordEvents, T0 } from '../../../helpers/factories';
import { tempDbPath } from '../../../helpers/tempDb';
import { testCore, value } from '../../../helpers/testCore';

/** 09:31:05 in Berlin (UTC+01:00) on 2026-03-05. */
const AT = Date.UTC(2026, 2, 5, 8, 31, 5);

async function setup(dbPath = tempDbPath()) {
  const clock = manualClock();
  const { core } = await testCore({ dbPath, now: clock.now });
  const meeting = await value<Meeting>(
    core,
    'meetings.create',
    makeMeetingInput({ timeZone: 'Europe/Berlin' }),
  );
  const add = (description: string, at = AT) =>
    value<TimelineEvent>(core, 'timeline.add', { meetingId: meeting.id, at, description, kind: 'decision' });
  const records = () => value<MeetingRecords>(core, 'meetings.get', { id: meeting.id });
  const stepOf = (kind: AgendaStep['kind'], agenda: AgendaStep[]) =>
    agenda.find((step) => step.kind === kind)!;
  return { core, clock, meeting, add, records, stepOf };
}

describe('timeline.park', () => {
  it('moves the event to the parking lot in one change: the log loses it, the current step gets it', async () => {
    const { core, clock, meeting, add, records, stepOf } = await setup();
    const event = await add('We should have rolled back sooner');
    await value(core, 'agenda.next', { meetingId: meeting.id });
    await value(core, 'agenda.next', { meetingId: meeting.id });
    await value(core, 'agenda.next', { meetingId: meeting.id }); // on Impact
    const announced = recordEvents(core);
    clock.set(T0 + 60_000);

    const parked = await value<ParkedEvent>(core, 'timeline.park', { id: event.id });

    const after = await records();
    expect(after.timeline).toEqual([]);
    expect(after.parkingLot).toEqual([parked.item]);
    expect(parked.item).toMatchObject({
      meetingId: meeting.id,
      text: '09:31:05 on 2026-03-05 (Europe/Berlin): We should have rolled back sooner',
      stepId: stepOf('impact', after.agenda).id,
      resolved: false,
      createdAt: T0 + 60_000,
    });
    expect(parked.event).toMatchObject({ id: event.id, deletedAt: T0 + 60_000 });
    expect(after.meeting.updatedAt).toBe(T0 + 60_000);
    expect(announced).toEqual([
      { event: 'meetingChanged', payload: expect.objectContaining({ meetingId: meeting.id }) },
    ]);
  });

  it('writes the time in the meeting’s clock: its own setting, else the asking computer’s (issue 12 item 19)', async () => {
    const { core, meeting, add } = await setup();
    const text = async (systemClock?: '12h' | '24h') =>
      (await value<ParkedEvent>(core, 'timeline.park', { id: (await add('Opinion')).id, systemClock })).item.text;
    expect(await text('12h')).toBe('9:31:05 AM on 2026-03-05 (Europe/Berlin): Opinion');
    expect(await text()).toBe('09:31:05 on 2026-03-05 (Europe/Berlin): Opinion');
    await value(core, 'meetings.update', { id: meeting.id, patch: { clockFormat: '24h' } });
    expect(await text('12h')).toBe('09:31:05 on 2026-03-05 (Europe/Berlin): Opinion');
  });

  it('keeps the item with the event-log step before the walk starts and after it ends', async () => {
    const { core, meeting, add, records, stepOf } = await setup();
    const before = await value<ParkedEvent>(core, 'timeline.park', { id: (await add('Before')).id });
    await value(core, 'agenda.next', { meetingId: meeting.id });
    await value(core, 'meetings.endMeeting', { meetingId: meeting.id });
    const after = await value<ParkedEvent>(core, 'timeline.park', { id: (await add('After')).id });
    const eventLog = stepOf('event-log', (await records()).agenda).id;
    expect([before.item.stepId, after.item.stepId]).toEqual([eventLog, eventLog]);
  });

  it('parks with no step when the agenda has neither a current step nor an event-log step', async () => {
    const { core, add, records, stepOf } = await setup();
    await value(core, 'agenda.remove', { id: stepOf('event-log', (await records()).agenda).id });
    const parked = await value<ParkedEvent>(core, 'timeline.park', { id: (await add('Opinion')).id });
    expect(parked.item.stepId).toBeNull();
  });

  it('writes the time on the meeting’s clock with its zone named, not as a raw offset', async () => {
    const { core, add } = await setup();
    const parked = await value<ParkedEvent>(core, 'timeline.park', { id: (await add('Cache purged')).id });
    expect(parked.item.text).toMatch(/^\d\d:\d\d:\d\d on \d{4}-\d\d-\d\d \([A-Za-z_/]+\): Cache purged$/);
    expect(parked.item.text).not.toMatch(/[+-]\d\d:\d\d/);
  });

  it('refuses an event whose text would not fit a parking-lot item, and writes nothing', async () => {
    const { core, add, records } = await setup();
    const long = await add('x'.repeat(1_990));
    const error = await failure(core, 'timeline.park', { id: long.id });
    expect(error).toMatchObject({ code: 'invalid-input' });
    expect(error.message).toBe(
      'Not parked: with its time, this event’s text is 2,030 characters and a parking-lot item holds 2,000. ' +
        'Shorten the description first.',
    );
    const after = await records();
    expect(after.timeline.map((event) => event.id)).toEqual([long.id]);
    expect(after.parkingLot).toEqual([]);
  });

  it('refuses an event that is not in the log', async () => {
    const { core, add, records } = await setup();
    const event = await add('Deleted already');
    await value(core, 'timeline.remove', { id: event.id });
    expect(await failure(core, 'timeline.park', { id: event.id })).toMatchObject({
      code: 'not-found',
      message: `No event with id ${event.id}.`,
    });
    expect((await records()).parkingLot).toEqual([]);
  });
});

describe('timeline.unpark', () => {
  it('puts the event back and takes the item out in one change that survives a restart', async () => {
    const dbPath = tempDbPath();
    const { core, add, clock } = await setup(dbPath);
    const event = await add('Opinion, really');
    const parked = await value<ParkedEvent>(core, 'timeline.park', { id: event.id });
    const announced = recordEvents(core);
    clock.set(T0 + 120_000);

    const undone = await value<ParkedEvent>(core, 'timeline.unpark', {
      eventId: event.id,
      itemId: parked.item.id,
    });
    expect(undone.event).toMatchObject({ id: event.id, deletedAt: null, at: AT });
    expect(undone.item).toMatchObject({ id: parked.item.id, deletedAt: T0 + 120_000 });
    expect(announced).toHaveLength(1);
    await core.close();

    const reopened = await testCore({ dbPath });
    const meetings = await value<{ id: string }[]>(reopened.core, 'meetings.list', {});
    const records = await value<MeetingRecords>(reopened.core, 'meetings.get', { id: meetings[0]!.id });
    expect(records.timeline.map((live) => live.description)).toEqual(['Opinion, really']);
    expect(records.parkingLot).toEqual([]);
  });

  it('refuses an event that is not parked, or an item of another meeting, and writes nothing', async () => {
    const { core, add, records } = await setup();
    const event = await add('Still a fact');
    const parked = await value<ParkedEvent>(core, 'timeline.park', { id: (await add('Parked')).id });
    expect(
      await failure(core, 'timeline.unpark', { eventId: event.id, itemId: parked.item.id }),
    ).toMatchObject({ code: 'not-found', message: `No parked event with id ${event.id}.` });

    const other = await value<Meeting>(core, 'meetings.create', makeMeetingInput({ title: 'Other' }));
    const foreign = await value<{ id: string }>(core, 'parkingLot.add', {
      meetingId: other.id,
      text: 'Elsewhere',
    });
    expect(
      await failure(core, 'timeline.unpark', { eventId: parked.event.id, itemId: foreign.id }),
    ).toMatchObject({ code: 'invalid-input', issues: [{ path: 'itemId' }] });

    const after = await records();
    expect(after.timeline.map((live) => live.description)).toEqual(['Still a fact']);
    expect(after.parkingLot.map((item) => item.id)).toEqual([parked.item.id]);
  });

  it('refuses an item of the same meeting that parking this event did not make, and writes nothing', async () => {
    const { core, clock, meeting, add, records } = await setup();
    const removed = await add('Deleted, not parked');
    clock.set(T0 + 30_000);
    await value(core, 'timeline.remove', { id: removed.id });
    clock.set(T0 + 60_000);
    const parked = await value<ParkedEvent>(core, 'timeline.park', { id: (await add('Parked')).id });
    clock.set(T0 + 120_000);
    const unrelated = await value<{ id: string }>(core, 'parkingLot.add', {
      meetingId: meeting.id,
      text: 'Talk about the on-call rota',
    });

    for (const [eventId, itemId] of [
      [removed.id, parked.item.id],
      [parked.event.id, unrelated.id],
    ] as const) {
      expect(await failure(core, 'timeline.unpark', { eventId, itemId })).toMatchObject({
        code: 'invalid-input',
        message: 'Not undone: this parking-lot item was not made by parking this event.',
        issues: [{ path: 'itemId' }],
      });
    }
    const after = await records();
    expect(after.timeline).toEqual([]);
    expect(after.parkingLot.map((item) => item.id).sort()).toEqual([parked.item.id, unrelated.id].sort());
  });
});
