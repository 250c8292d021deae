import { describe, expect, it } from 'vitest';
import { methodNames } from '../../../shared/contract';
import { handlers } from '../../../electron/core/createCore';
import { testCore, value } from '../../helpers/testCore';
import type { Meeting, MeetingRecords } from '../../../shared/types';

describe('createCore', () => {
  it('has exactly one handler for every contract method', () => {
    expect(Object.keys(handlers).sort()).toEqual([...methodNames].sort());
  });

  it('creates a meeting with the default agenda and reads it back', async () => {
    const { core } = await testCore();
    const meeting = await value<Meeting>(core, 'meetings.create', { title: 'Stale product data', incidentId: 'INC-123' });
    const records = await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id });
    expect(records.meeting.title).toBe('Stale product data');
    expect(records.agenda.map((step) => step.kind)).toEqual([
      'opening', 'event-log', 'impact', 'remediate', 'detect', 'prevent', 'action-review', 'wrap-up',
    ]);
  });

  it('rejects a bad payload with the field named and writes nothing', async () => {
    const { core } = await testCore();
    const result = await core.call('meetings.create', { title: '' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: 'title' }] } });
    expect(await value(core, 'meetings.list', {})).toEqual([]);
  });
});
