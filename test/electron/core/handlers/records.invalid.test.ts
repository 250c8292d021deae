import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../../shared/types';
import type { Core } from '../../../../electron/core/createCore';
import { testCore, value } from '../../../helpers/testCore';
import { failure, makeMeetingInput, recordEvents } from '../../../helpers/factories';
import { dumpTables } from '../../../helpers/sqliteFixtures';
import { RECORD_DOMAINS } from './recordDomains';

type Saved = Record<string, unknown> & { id: string };

/**
 * Calls a method that must be refused as invalid input; checks that not a single row changed
 * and no event went out, and returns the issue paths.
 */
async function refusedPaths(core: Core, name: string, input: unknown): Promise<string[]> {
  const db = core.session.store().db;
  const before = dumpTables(db);
  const events = recordEvents(core);
  const error = await failure(core, name, input);
  expect(error.code).toBe('invalid-input');
  expect(dumpTables(db)).toEqual(before);
  expect(events).toEqual([]);
  return (error.issues ?? []).map((issue) => issue.path);
}

async function setup() {
  const { core } = await testCore();
  const meeting = await value<Meeting>(core, 'meetings.create', makeMeetingInput());
  return { core, meeting };
}

describe.each(RECORD_DOMAINS)('$domain.add with a bad payload', (domain) => {
  const name = `${domain.domain}.add`;

  it('refuses a value outside the field’s vocabulary, naming the field', async () => {
    const { core, meeting } = await setup();
    const input = { meetingId: meeting.id, ...domain.add, [domain.badValue.field]: domain.badValue.value };
    expect(await refusedPaths(core, name, input)).toEqual([domain.badValue.field]);
  });

  it('refuses a payload without a required field, naming the field', async () => {
    const { core, meeting } = await setup();
    const { [domain.required]: _left, ...rest } = domain.add;
    expect(await refusedPaths(core, name, { meetingId: meeting.id, ...rest })).toEqual([domain.required]);
  });

  it('refuses a meeting id that is not a UUID', async () => {
    const { core } = await setup();
    expect(await refusedPaths(core, name, { meetingId: 'meeting-1', ...domain.add })).toEqual(['meetingId']);
  });
});

describe.each(RECORD_DOMAINS)('$domain.update with a bad payload', (domain) => {
  const name = `${domain.domain}.update`;

  async function setupWithRecord() {
    const { core, meeting } = await setup();
    const record = await value<Saved>(core, `${domain.domain}.add`, { meetingId: meeting.id, ...domain.add });
    return { core, record };
  }

  it('refuses a value outside the field’s vocabulary, naming the field in the patch', async () => {
    const { core, record } = await setupWithRecord();
    const patch = { [domain.badValue.field]: domain.badValue.value };
    expect(await refusedPaths(core, name, { id: record.id, patch })).toEqual([
      `patch.${domain.badValue.field}`,
    ]);
  });

  it('refuses an empty patch', async () => {
    const { core, record } = await setupWithRecord();
    expect(await refusedPaths(core, name, { id: record.id, patch: {} })).toEqual(['patch']);
  });

  it('refuses a patch whose only field is undefined, as JSON would carry it', async () => {
    // IPC's structured clone keeps `undefined`; it must not count as a change, nor write NULL.
    const { core, record } = await setupWithRecord();
    const patch = { [Object.keys(domain.patch)[0]!]: undefined };
    expect(await refusedPaths(core, name, { id: record.id, patch })).toEqual(['patch']);
  });
});

describe('actionItems.update', () => {
  it('leaves a field given as undefined as it was', async () => {
    const { core, meeting } = await setup();
    const item = await value<Saved>(core, 'actionItems.add', {
      meetingId: meeting.id,
      title: 'Alert on cache age',
      dueDate: '2026-04-01',
    });
    const saved = await value<Saved>(core, 'actionItems.update', {
      id: item.id,
      patch: { dueDate: undefined, owner: 'Platform' },
    });
    expect(saved).toMatchObject({ dueDate: '2026-04-01', owner: 'Platform' });
  });
});
