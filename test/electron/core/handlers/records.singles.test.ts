import { describe, expect, it } from 'vitest';
import type { Meeting, MeetingRecords } from '../../../../shared/types';
import { testCore, value } from '../../../helpers/testCore';
import { failure, makeMeetingInput, manualClock, recordEvents } from '../../../helpers/factories';

type Saved = Record<string, unknown> & { id: string };

/** The records a meeting has one of (per question, for questions), updated in place. */
const SINGLES = [
  {
    method: 'impact.update',
    select: {},
    first: { usersAffected: 1_200, regions: 'EU' },
    second: { usersAffectedPercent: 4.5, notes: 'Checkout only' },
    read: (records: MeetingRecords) => records.impact,
  },
  {
    method: 'rootCause.update',
    select: {},
    first: { primaryCause: 'A week-long cache TTL' },
    second: { primaryCause: 'A week-long cache TTL without invalidation' },
    read: (records: MeetingRecords) => records.rootCause,
  },
  {
    method: 'questions.update',
    select: { question: 'detect' },
    first: { answer: 'Alert on cache age' },
    second: { answered: true },
    read: (records: MeetingRecords) => records.questions.find((state) => state.question === 'detect'),
  },
];

async function setup() {
  const clock = manualClock();
  const { core } = await testCore({ now: clock.now });
  const meeting = await value<Meeting>(core, 'meetings.create', makeMeetingInput());
  const get = () => value<MeetingRecords>(core, 'meetings.get', { id: meeting.id });
  return { core, clock, meeting, get };
}

describe.each(SINGLES)('$method', (single) => {
  const input = (meetingId: string, patch: object) => ({ ...single.select, meetingId, patch });

  it('creates the record on the first write', async () => {
    const { core, clock, meeting, get } = await setup();
    expect(single.read(await get()) ?? null).toBeNull();
    const events = recordEvents(core);
    const at = clock.advance();

    const saved = await value<Saved>(core, single.method, input(meeting.id, single.first));

    expect(saved).toMatchObject({ ...single.first, meetingId: meeting.id, createdAt: at, updatedAt: at });
    expect(single.read(await get())).toEqual(saved);
    expect((await get()).meeting.updatedAt).toBe(at);
    expect(events).toEqual([
      { event: 'meetingChanged', payload: expect.objectContaining({ meetingId: meeting.id }) },
    ]);
  });

  it('updates that same record on later writes, keeping earlier fields', async () => {
    const { core, clock, meeting, get } = await setup();
    const created = await value<Saved>(core, single.method, input(meeting.id, single.first));
    const at = clock.advance();

    const saved = await value<Saved>(core, single.method, input(meeting.id, single.second));

    expect(saved).toEqual({ ...created, ...single.second, updatedAt: at });
    expect(single.read(await get())).toEqual(saved);
  });

  it('refuses an empty patch and a meeting that does not exist', async () => {
    const { core, meeting, get } = await setup();
    expect(await failure(core, single.method, input(meeting.id, {}))).toMatchObject({
      code: 'invalid-input',
      issues: [{ path: 'patch' }],
    });
    const unknown = '00000000-0000-4000-8000-000000000999';
    expect((await failure(core, single.method, input(unknown, single.first))).code).toBe('not-found');
    expect(single.read(await get()) ?? null).toBeNull();
  });
});

describe('questions.update', () => {
  it('keeps one state per question', async () => {
    const { core, meeting, get } = await setup();
    const detect = await value<Saved>(core, 'questions.update', {
      meetingId: meeting.id,
      question: 'detect',
      patch: { answer: 'Alert on cache age' },
    });
    const prevent = await value<Saved>(core, 'questions.update', {
      meetingId: meeting.id,
      question: 'prevent',
      patch: { nothingToDo: true },
    });
    await value(core, 'questions.update', {
      meetingId: meeting.id,
      question: 'detect',
      patch: { answered: true },
    });

    const states = (await get()).questions;
    expect(states.map((state) => [state.question, state.id]).sort()).toEqual(
      [
        ['detect', detect.id],
        ['prevent', prevent.id],
      ].sort(),
    );
    expect(states.find((state) => state.id === detect.id)).toMatchObject({
      answer: 'Alert on cache age',
      answered: true,
      nothingToDo: false,
    });
  });
});
