import { describe, expect, it } from 'vitest';
import { revisedAt } from '../../../../shared/domain/meetings/revise';
import type { Meeting, MeetingRecords, MeetingSummary } from '../../../../shared/types';
import { testCore, value } from '../../../helpers/testCore';
import { failure, makeMeetingInput, manualClock, recordEvents, T0 } from '../../../helpers/factories';
import { RECORD_DOMAINS } from './recordDomains';

type Saved = { id: string; meetingId: string };

/** A record without the fields a copy is expected to replace. */
function content(record: object) {
  const {
    id: _id,
    meetingId: _meeting,
    createdAt: _created,
    updatedAt: _updated,
    createdBy: _by,
    ...rest
  } = record as Record<string, unknown>;
  return rest;
}

/** A live meeting with a record in every list, the single records, a running timer and a removed item. */
async function meetingWithEverything() {
  const clock = manualClock();
  const { core } = await testCore({ now: clock.now });
  const meeting = await value<Meeting>(core, 'meetings.create', makeMeetingInput({ status: 'live' }));
  const meetingId = meeting.id;
  for (const domain of RECORD_DOMAINS)
    await value(core, `${domain.domain}.add`, { meetingId, ...domain.add });
  await value(core, 'impact.update', { meetingId, patch: { usersAffected: 1_200 } });
  await value(core, 'rootCause.update', { meetingId, patch: { primaryCause: 'A week-long TTL' } });
  await value(core, 'questions.update', { meetingId, question: 'detect', patch: { answered: true } });
  const removed = await value<Saved>(core, 'actionItems.add', { meetingId, title: 'Removed item' });
  await value(core, 'actionItems.remove', { id: removed.id });

  const steps = (await value<MeetingRecords>(core, 'meetings.get', { id: meetingId })).agenda;
  const [running, dropped] = [steps[1]!, steps[7]!];
  core.session.store().tables.agenda.update(running.id, {
    accumulatedSeconds: 42.5,
    runningSince: T0,
    completed: true,
  });
  await value(core, 'parkingLot.add', { meetingId, text: 'On a live step', stepId: running.id });
  await value(core, 'parkingLot.add', { meetingId, text: 'On a removed step', stepId: dropped.id });
  await value(core, 'agenda.remove', { id: dropped.id });

  const source = await value<MeetingRecords>(core, 'meetings.get', { id: meetingId });
  return { core, clock, source, removed, running };
}

describe('meetings.duplicate', () => {
  it('copies every live record under new ids into a new draft titled “(copy)”', async () => {
    const { core, clock, source } = await meetingWithEverything();
    const at = clock.advance(60_000);
    const deviceId = core.session.store().readSetting('device_id');

    const copy = await value<Meeting>(core, 'meetings.duplicate', { id: source.meeting.id });

    expect(copy).toEqual({
      ...source.meeting,
      id: copy.id,
      title: 'Stale product data (copy)',
      status: 'draft',
      createdAt: at,
      updatedAt: at,
      revisions: revisedAt(at),
      createdBy: deviceId,
    });
    const copied = await value<MeetingRecords>(core, 'meetings.get', { id: copy.id });
    const sourceIds = new Set(
      Object.values(source)
        .flat()
        .map((record) => (record as Saved | null)?.id),
    );
    for (const key of Object.keys(source) as (keyof MeetingRecords)[]) {
      const records = [copied[key]].flat() as Saved[];
      expect(records.length, key).toBe([source[key]].flat().length);
      for (const record of records) {
        expect(sourceIds.has(record.id), `${key} keeps no source id`).toBe(false);
        if (key !== 'meeting')
          expect(record).toMatchObject({ meetingId: copy.id, createdAt: at, createdBy: deviceId });
      }
    }
    expect(copied.actionItems.map(content)).toEqual(source.actionItems.map(content));
    expect(copied.impact && content(copied.impact)).toEqual(source.impact && content(source.impact));
  });

  it('leaves removed records out and starts every timer over', async () => {
    const { core, source, removed } = await meetingWithEverything();
    const copy = await value<Meeting>(core, 'meetings.duplicate', { id: source.meeting.id });
    const copied = await value<MeetingRecords>(core, 'meetings.get', { id: copy.id });
    expect(copied.actionItems.map((item) => item.title)).not.toContain('Removed item');
    expect(copied.actionItems).not.toContainEqual(expect.objectContaining({ id: removed.id }));
    for (const step of copied.agenda) {
      expect(step).toMatchObject({ accumulatedSeconds: 0, runningSince: null, completed: false });
    }
  });

  it('points parking-lot items at the copied steps, and at none when the step was removed', async () => {
    const { core, source, running } = await meetingWithEverything();
    const copy = await value<Meeting>(core, 'meetings.duplicate', { id: source.meeting.id });
    const copied = await value<MeetingRecords>(core, 'meetings.get', { id: copy.id });
    const copiedStep = copied.agenda.find((step) => step.position === running.position)!;
    const stepOf = (text: string) => copied.parkingLot.find((item) => item.text === text)?.stepId;
    expect(stepOf('On a live step')).toBe(copiedStep.id);
    expect(stepOf('On a removed step')).toBeNull();
  });

  it('leaves the source as it was and lists the copy first', async () => {
    const { core, clock, source } = await meetingWithEverything();
    const events = recordEvents(core);
    clock.advance();
    const copy = await value<Meeting>(core, 'meetings.duplicate', { id: source.meeting.id });
    expect(await value(core, 'meetings.get', { id: source.meeting.id })).toEqual(source);
    const list = await value<MeetingSummary[]>(core, 'meetings.list', {});
    expect(list.map((summary) => summary.id)).toEqual([copy.id, source.meeting.id]);
    expect(events).toEqual([
      { event: 'meetingChanged', payload: expect.objectContaining({ meetingId: copy.id }) },
    ]);
  });

  it('answers not-found for an unknown or deleted meeting', async () => {
    const { core, source } = await meetingWithEverything();
    await value(core, 'meetings.delete', { id: source.meeting.id });
    for (const id of ['00000000-0000-4000-8000-000000000999', source.meeting.id]) {
      expect((await failure(core, 'meetings.duplicate', { id })).code).toBe('not-found');
    }
  });
});
