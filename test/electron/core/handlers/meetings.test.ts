import { describe, expect, it } from 'vitest';
import { DEFAULT_BLAMELESS_STATEMENT } from '../../../../shared/domain/agenda/defaults';
import type { Meeting, MeetingRecords, MeetingSummary } from '../../../../shared/types';
import type { Core } from '../../../../electron/core/createCore';
import { testCore, value } from '../../../helpers/testCore';
import { failure, makeMeetingInput, manualClock, recordEvents, T0 } from '../../../helpers/factories';
import { dumpTables } from '../../../helpers/sqliteFixtures';

const HOUR = 3_600_000;
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000999';

async function setup() {
  const clock = manualClock();
  const { core } = await testCore({ now: clock.now });
  return { core, clock };
}

/** Calls a method that must fail with `code`; checks nothing was written and no event went out. */
async function refused(core: Core, name: string, input: unknown, code: string) {
  const before = dumpTables(core.session.store().db);
  const events = recordEvents(core);
  const error = await failure(core, name, input);
  expect(error.code).toBe(code);
  expect(dumpTables(core.session.store().db)).toEqual(before);
  expect(events).toEqual([]);
  return error;
}

describe('meetings.create', () => {
  it('saves a draft with the defaults, the clock’s times and this device, and announces it', async () => {
    const { core } = await setup();
    const events = recordEvents(core);
    const meeting = await value<Meeting>(
      core,
      'meetings.create',
      makeMeetingInput({ title: '  Stale data  ' }),
    );
    expect(meeting).toMatchObject({
      title: 'Stale data',
      status: 'draft',
      timeZone: 'UTC',
      blamelessStatement: DEFAULT_BLAMELESS_STATEMENT,
      createdAt: T0,
      updatedAt: T0,
      revisions: { title: T0, summary: T0, deletedAt: T0 },
      deletedAt: null,
      createdBy: core.session.store().readSetting('device_id'),
    });
    expect(events).toEqual([
      { event: 'meetingChanged', payload: expect.objectContaining({ meetingId: meeting.id }) },
    ]);
  });

  it('refuses detection before the incident start, naming detectedAt, and writes nothing', async () => {
    const { core } = await setup();
    const input = makeMeetingInput({ startedAt: T0, detectedAt: T0 - HOUR });
    const error = await refused(core, 'meetings.create', input, 'invalid-input');
    expect(error.issues?.map((issue) => issue.path)).toEqual(['detectedAt']);
    expect(await value(core, 'meetings.list', {})).toEqual([]);
  });
});

describe('meetings.get', () => {
  it('answers not-found for an unknown or deleted meeting', async () => {
    const { core } = await setup();
    const meeting = await value<Meeting>(core, 'meetings.create', makeMeetingInput());
    await value(core, 'meetings.delete', { id: meeting.id });
    for (const id of [UNKNOWN_ID, meeting.id]) {
      expect((await failure(core, 'meetings.get', { id })).code).toBe('not-found');
    }
  });
});

describe('meetings.update', () => {
  it('saves the patch, moves the last change and the patched fields’ revisions, and announces it', async () => {
    const { core, clock } = await setup();
    const meeting = await value<Meeting>(core, 'meetings.create', makeMeetingInput());
    const events = recordEvents(core);
    const at = clock.advance();
    const patch = { status: 'live', startedAt: T0 - 3 * HOUR, detectedAt: T0 - 2 * HOUR, severity: null };

    const saved = await value<Meeting>(core, 'meetings.update', { id: meeting.id, patch });

    expect(saved).toEqual({
      ...meeting,
      ...patch,
      updatedAt: at,
      revisions: { ...meeting.revisions, status: at, startedAt: at, detectedAt: at, severity: at },
    });
    expect((await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id })).meeting).toEqual(saved);
    expect(events).toEqual([
      { event: 'meetingChanged', payload: expect.objectContaining({ meetingId: meeting.id }) },
    ]);
  });

  it('moves only the last change, not the revisions, when one of the meeting’s records is written', async () => {
    const { core, clock } = await setup();
    const meeting = await value<Meeting>(core, 'meetings.create', makeMeetingInput());
    const at = clock.advance();
    await value(core, 'actionItems.add', { meetingId: meeting.id, title: 'Alert on cache age' });
    const touched = (await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id })).meeting;
    expect(touched).toEqual({ ...meeting, updatedAt: at });
  });

  it('stamps the move to published and clears it when the meeting leaves that status', async () => {
    const { core, clock } = await setup();
    const meeting = await value<Meeting>(core, 'meetings.create', makeMeetingInput());
    expect(meeting.publishedAt).toBeNull();
    const publishedAt = clock.advance();
    const published = await value<Meeting>(core, 'meetings.update', {
      id: meeting.id,
      patch: { status: 'published' },
    });
    expect(published.publishedAt).toBe(publishedAt);
    clock.advance();
    // Saving other fields, or "published" again, keeps the first publication time.
    const again = await value<Meeting>(core, 'meetings.update', {
      id: meeting.id,
      patch: { status: 'published', title: 'Renamed' },
    });
    expect(again.publishedAt).toBe(publishedAt);
    const reopened = await value<Meeting>(core, 'meetings.update', {
      id: meeting.id,
      patch: { status: 'review' },
    });
    expect(reopened.publishedAt).toBeNull();
    expect(
      (await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id })).meeting.publishedAt,
    ).toBeNull();
  });

  it('refuses incident times out of order against the stored ones, naming the field', async () => {
    const { core } = await setup();
    const meeting = await value<Meeting>(
      core,
      'meetings.create',
      makeMeetingInput({ startedAt: T0 - 3 * HOUR, detectedAt: T0 - 2 * HOUR }),
    );
    const patch = { detectedAt: T0 - 4 * HOUR, summary: 'Should not be saved' };
    const error = await refused(core, 'meetings.update', { id: meeting.id, patch }, 'invalid-input');
    expect(error.issues).toEqual([{ path: 'detectedAt', message: 'is before the incident start' }]);
  });

  it('checks the incident times even when the patch gives another time as undefined', async () => {
    // Without dropping `undefined` first, the merged meeting would have no start to compare with.
    const { core } = await setup();
    const meeting = await value<Meeting>(core, 'meetings.create', makeMeetingInput({ startedAt: T0 }));
    const patch = { startedAt: undefined, detectedAt: T0 - HOUR };
    await refused(core, 'meetings.update', { id: meeting.id, patch }, 'invalid-input');
  });

  it('refuses an unknown time zone and an empty patch', async () => {
    const { core } = await setup();
    const meeting = await value<Meeting>(core, 'meetings.create', makeMeetingInput());
    const zone = await refused(
      core,
      'meetings.update',
      { id: meeting.id, patch: { timeZone: 'Mars/Olympus' } },
      'invalid-input',
    );
    expect(zone.issues?.map((issue) => issue.path)).toEqual(['patch.timeZone']);
    await refused(core, 'meetings.update', { id: meeting.id, patch: {} }, 'invalid-input');
  });

  it('answers not-found for an unknown meeting', async () => {
    const { core } = await setup();
    await refused(core, 'meetings.update', { id: UNKNOWN_ID, patch: { title: 'New' } }, 'not-found');
  });
});

describe('meetings.delete', () => {
  it('marks the meeting deleted, hides it from the list and announces it', async () => {
    const { core, clock } = await setup();
    const meeting = await value<Meeting>(core, 'meetings.create', makeMeetingInput());
    const events = recordEvents(core);
    const at = clock.advance();
    expect(await value(core, 'meetings.delete', { id: meeting.id })).toMatchObject({
      deletedAt: at,
      revisions: expect.objectContaining({ deletedAt: at }),
    });
    expect(await value(core, 'meetings.list', {})).toEqual([]);
    expect(events).toEqual([
      { event: 'meetingChanged', payload: expect.objectContaining({ meetingId: meeting.id }) },
    ]);
  });

  it('answers not-found for an unknown meeting', async () => {
    const { core } = await setup();
    await refused(core, 'meetings.delete', { id: UNKNOWN_ID }, 'not-found');
  });
});

describe('meetings.restore', () => {
  it('brings a deleted meeting back with all its records', async () => {
    const { core } = await setup();
    const meeting = await value<Meeting>(core, 'meetings.create', makeMeetingInput());
    await value(core, 'actionItems.add', { meetingId: meeting.id, title: 'Alert on cache age' });
    const before = await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id });
    await value(core, 'meetings.delete', { id: meeting.id });

    const restored = await value<Meeting>(core, 'meetings.restore', { id: meeting.id });

    expect(restored.deletedAt).toBeNull();
    const list = await value<MeetingSummary[]>(core, 'meetings.list', {});
    expect(list.map((summary) => summary.id)).toEqual([meeting.id]);
    const after = await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id });
    expect({ ...after, meeting: null }).toEqual({ ...before, meeting: null });
  });
});
