import { describe, expect, it } from 'vitest';
import { methodNames } from '../../../../shared/contract';
import type { Meeting, MeetingRecords } from '../../../../shared/types';
import { testCore, value } from '../../../helpers/testCore';
import { failure, makeMeetingInput, manualClock, recordEvents } from '../../../helpers/factories';
import { RECORD_DOMAINS, type RecordDomain } from './recordDomains';

type Saved = Record<string, unknown> & { id: string; meetingId: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000999';

/** A core with an injected clock and one meeting; `add` adds a record of `domain` to it. */
async function setup(domain: RecordDomain) {
  const clock = manualClock();
  const { core } = await testCore({ now: clock.now });
  const meeting = await value<Meeting>(core, 'meetings.create', makeMeetingInput());
  const deviceId = core.session.store().readSetting('device_id');
  const get = () => value<MeetingRecords>(core, 'meetings.get', { id: meeting.id });
  const listed = async () => (await get())[domain.list] as unknown as Saved[];
  const call = (verb: string, input: object) => value<Saved>(core, `${domain.domain}.${verb}`, input);
  const add = () => call('add', { meetingId: meeting.id, ...domain.add });
  return { core, clock, meeting, deviceId, get, listed, call, add };
}

/** The `meetingChanged` a write of one record sends: that record, with its kind. */
function changeCarrying(meetingId: string, kind: string, record: Saved) {
  return [
    { event: 'meetingChanged', payload: expect.objectContaining({ meetingId, records: [{ kind, record }] }) },
  ];
}

describe('record domains under test', () => {
  it('cover every list domain of the contract', () => {
    const domains = methodNames.filter((name) => name.endsWith('.add')).map((name) => name.split('.')[0]);
    expect(RECORD_DOMAINS.map((domain) => domain.domain).sort()).toEqual(domains.sort());
  });
});

describe.each(RECORD_DOMAINS)('$domain.add', (domain) => {
  it('returns the saved record with a new UUID, the clock’s times and this device as creator', async () => {
    const { core, clock, meeting, deviceId, get, add } = await setup(domain);
    const events = recordEvents(core);
    const at = clock.advance(60_000);

    const saved = await add();

    expect(saved).toMatchObject({
      ...domain.add,
      meetingId: meeting.id,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
      createdBy: deviceId,
    });
    expect(saved.id).toMatch(UUID);
    const records = await get();
    expect(records[domain.list]).toContainEqual(saved);
    expect(records.meeting.updatedAt).toBe(at);
    expect(events).toEqual(changeCarrying(meeting.id, domain.list, saved));
  });

  const order = domain.order;
  // Timeline events sort by time and parking-lot items by creation: they have no manual order.
  if (order) {
    it('appends the record after the last one of its meeting', async () => {
      const { listed, add } = await setup(domain);
      const before = (await listed()).map((record) => record[order] as number);
      const first = await add();
      const second = await add();
      expect(first[order]).toBe(Math.max(-1, ...before) + 1);
      expect(second[order]).toBe((first[order] as number) + 1);
      expect((await listed()).at(-1)?.id).toBe(second.id);
    });
  }

  it('refuses a meeting that does not exist', async () => {
    const { core } = await setup(domain);
    const error = await failure(core, `${domain.domain}.add`, { meetingId: UNKNOWN_ID, ...domain.add });
    expect(error.code).toBe('not-found');
  });

  it('saves a client-made id; a repeat answers the first record and writes nothing; another meeting’s id is refused', async () => {
    const { core, clock, meeting, get, listed, call } = await setup(domain);
    const id = '00000000-0000-4000-8000-00000000a001';
    const first = await call('add', { meetingId: meeting.id, id, ...domain.add });
    expect(first.id).toBe(id);
    const before = await get();
    const events = recordEvents(core);
    clock.advance();

    expect(await call('add', { meetingId: meeting.id, id, ...domain.add })).toEqual(first);
    expect(events).toEqual([]);
    expect(await get()).toEqual(before);

    const other = await value<Meeting>(core, 'meetings.create', makeMeetingInput());
    const error = await failure(core, `${domain.domain}.add`, { meetingId: other.id, id, ...domain.add });
    expect(error).toMatchObject({ code: 'conflict', issues: [{ path: 'id', message: 'already used by another meeting' }] });
    expect(events.filter((event) => event.event === 'meetingChanged')).toHaveLength(1);
    expect((await listed()).filter((record) => record.id === id)).toEqual([first]);
  });
});

describe.each(RECORD_DOMAINS)('$domain.update', (domain) => {
  it('returns the saved record and moves the meeting’s last change', async () => {
    const { core, clock, meeting, get, add, call } = await setup(domain);
    const added = await add();
    const events = recordEvents(core);
    const at = clock.advance();

    const saved = await call('update', { id: added.id, patch: domain.patch });

    expect(saved).toEqual({ ...added, ...domain.patch, updatedAt: at });
    const records = await get();
    expect(records[domain.list]).toContainEqual(saved);
    expect(records.meeting.updatedAt).toBe(at);
    expect(events).toEqual(changeCarrying(meeting.id, domain.list, saved));
  });

  it('answers not-found for an unknown or removed record', async () => {
    const { core, add, call } = await setup(domain);
    const removed = await add();
    await call('remove', { id: removed.id });
    for (const id of [UNKNOWN_ID, removed.id]) {
      expect((await failure(core, `${domain.domain}.update`, { id, patch: domain.patch })).code).toBe(
        'not-found',
      );
    }
  });
});

describe.each(RECORD_DOMAINS)('$domain.remove', (domain) => {
  it('marks the record deleted and hides it from the meeting', async () => {
    const { core, clock, meeting, get, add, call } = await setup(domain);
    const added = await add();
    const events = recordEvents(core);
    const at = clock.advance();

    const removed = await call('remove', { id: added.id });

    expect(removed).toEqual({ ...added, deletedAt: at, updatedAt: at });
    const records = await get();
    expect((records[domain.list] as unknown as Saved[]).map((record) => record.id)).not.toContain(added.id);
    expect(records.meeting.updatedAt).toBe(at);
    expect(events).toEqual(changeCarrying(meeting.id, domain.list, removed));
  });

  it('answers not-found for an unknown or already removed record', async () => {
    const { core, add, call } = await setup(domain);
    const removed = await add();
    await call('remove', { id: removed.id });
    for (const id of [UNKNOWN_ID, removed.id]) {
      expect((await failure(core, `${domain.domain}.remove`, { id })).code).toBe('not-found');
    }
  });
});

describe.each(RECORD_DOMAINS)('$domain.restore', (domain) => {
  it('brings a removed record back into its meeting', async () => {
    const { core, clock, meeting, listed, add, call } = await setup(domain);
    const added = await add();
    await call('remove', { id: added.id });
    const events = recordEvents(core);
    const at = clock.advance();

    const restored = await call('restore', { id: added.id });

    expect(restored).toEqual({ ...added, deletedAt: null, updatedAt: at });
    expect(await listed()).toContainEqual(restored);
    expect(events).toEqual(changeCarrying(meeting.id, domain.list, restored));
  });

  it('answers not-found for an unknown or live record', async () => {
    const { core, add } = await setup(domain);
    const live = await add();
    for (const id of [UNKNOWN_ID, live.id]) {
      expect((await failure(core, `${domain.domain}.restore`, { id })).code).toBe('not-found');
    }
  });
});
