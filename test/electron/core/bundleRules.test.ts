import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../shared/types';
import { bundleText } from '../../helpers/bundleFactory';
import { testCore, value } from '../../helpers/testCore';

// Issue 11 point 6: a bundle accepted by import or merge must leave a meeting that can be
// edited, so both apply the rules editing does.
const outOfOrder = bundleText((bundle) => {
  bundle.meeting.startedAt = '2026-03-05T08:00:00.000Z';
  bundle.meeting.detectedAt = '2026-03-05T07:00:00.000Z';
  bundle.meeting.updatedAt = '2026-03-06T08:00:00.000Z';
});
const deleted = bundleText((bundle) => (bundle.meeting.deletedAt = '2026-03-06T08:00:00.000Z'));

describe('bundles that would leave a meeting broken', () => {
  it('import refuses incident times out of order, naming the field, and writes nothing', async () => {
    const { core } = await testCore();
    expect(await core.call('bundle.import', { content: outOfOrder })).toEqual({
      ok: false,
      error: {
        code: 'invalid-bundle',
        message: 'The bundle cannot be imported (one problem); nothing was changed.',
        issues: [{ path: 'meeting.detectedAt', message: 'is before the incident start' }],
      },
    });
    expect(await value(core, 'meetings.list', {})).toEqual([]);
  });

  it.each(['bundle.planMerge', 'bundle.merge'])('%s refuses incident times out of order', async (method) => {
    const { core } = await testCore();
    const meeting = await value<Meeting>(core, 'bundle.import', { content: bundleText() });
    const result = await core.call(method, { meetingId: meeting.id, content: outOfOrder });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-bundle', issues: [{ path: 'meeting.detectedAt' }] },
    });
    // Still editable: the summary saves.
    await value(core, 'meetings.update', { id: meeting.id, patch: { summary: 'Edited after the merge' } });
  });

  it('refuses a meeting marked deleted (Hindsight exports live meetings only)', async () => {
    const { core } = await testCore();
    const result = await core.call('bundle.import', { content: deleted });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-bundle',
        issues: [
          {
            path: 'meeting.deletedAt',
            message: 'the meeting is marked deleted: restore it before exporting it',
          },
        ],
      },
    });
    expect(await value(core, 'meetings.list', {})).toEqual([]);
  });

  it('a merge cannot delete the meeting it merges into', async () => {
    const { core } = await testCore();
    const meeting = await value<Meeting>(core, 'bundle.import', { content: bundleText() });
    expect(await core.call('bundle.merge', { meetingId: meeting.id, content: deleted })).toMatchObject({
      ok: false,
      error: { code: 'invalid-bundle' },
    });
    expect(await value(core, 'meetings.get', { id: meeting.id })).toMatchObject({
      meeting: { deletedAt: null },
    });
  });
});
