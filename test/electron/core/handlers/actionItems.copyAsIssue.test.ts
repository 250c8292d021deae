import { describe, expect, it } from 'vitest';
import type { ActionItem, Meeting } from '../../../../shared/types';
import { scriptedHost, testCore, value } from '../../../helpers/testCore';
import { failure, makeActionItemInput, makeMeetingInput } from '../../../helpers/factories';

async function meetingWithItem(options: Parameters<typeof testCore>[0] = {}) {
  const { core, dialogs } = await testCore(options);
  const meeting = await value<Meeting>(
    core,
    'meetings.create',
    makeMeetingInput({ title: 'Checkout outage' }),
  );
  const item = await value<ActionItem>(
    core,
    'actionItems.add',
    makeActionItemInput(meeting.id, {
      title: 'Page on stale price age',
      question: 'detect',
      successMeasure: 'The page fires within 5 minutes in the staging drill',
    }),
  );
  return { core, dialogs, meeting, item };
}

describe('actionItems.copyAsIssue', () => {
  it('puts the item’s issue body on the clipboard and answers the same text', async () => {
    const { core, dialogs, item } = await meetingWithItem();
    const expected = [
      '### Page on stale price age',
      '',
      '- **Success measure:** The page fires within 5 minutes in the staging drill',
      '- **Owner:** Platform team',
      '- **Due:** 2026-04-01',
      '- **Type:** Detective, answers “Detect earlier”',
      '',
      'From the postmortem “Checkout outage (INC-123)”.',
      '',
    ].join('\n');

    expect(await value(core, 'actionItems.copyAsIssue', { id: item.id })).toEqual({ text: expected });
    expect(dialogs.clipboard).toEqual([expected]);
  });

  it('copies the item as saved now, after an edit', async () => {
    const { core, dialogs, item } = await meetingWithItem();
    await value(core, 'actionItems.update', { id: item.id, patch: { successMeasure: '' } });
    await value(core, 'actionItems.copyAsIssue', { id: item.id });
    expect(dialogs.clipboard[0]).toContain('\n- **Success measure:** not set yet\n');
  });

  it('refuses a deleted item, or one that does not exist, and copies nothing', async () => {
    const { core, dialogs, item } = await meetingWithItem();
    await value(core, 'actionItems.remove', { id: item.id });
    expect((await failure(core, 'actionItems.copyAsIssue', { id: item.id })).code).toBe('not-found');
    expect((await failure(core, 'actionItems.copyAsIssue', { id: crypto.randomUUID() })).code).toBe(
      'not-found',
    );
    expect(dialogs.clipboard).toEqual([]);
  });

  it('refuses an id that is not a UUID', async () => {
    const { core } = await meetingWithItem();
    const error = await failure(core, 'actionItems.copyAsIssue', { id: 'first item' });
    expect(error).toMatchObject({ code: 'invalid-input', issues: [{ path: 'id' }] });
  });

  it('says so clearly where there is no clipboard (the CLI’s host)', async () => {
    const { writeClipboard: _none, ...withoutClipboard } = scriptedHost().host;
    const { core, item } = await meetingWithItem({ host: withoutClipboard });
    expect(await failure(core, 'actionItems.copyAsIssue', { id: item.id })).toEqual({
      code: 'conflict',
      message: 'Only the Hindsight app can copy to the clipboard.',
    });
  });
});
