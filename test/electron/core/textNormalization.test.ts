import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ActionItem, Meeting, MeetingRecords } from '../../../shared/types';
import { testCore, value } from '../../helpers/testCore';
import { tempDbPath } from '../../helpers/tempDb';
import { bundleJson } from '../../helpers/bundleFactory';

const LONE_SURROGATE = '\ud83d';
const RIGHT_TO_LEFT_OVERRIDE = '\u202e';

describe('text normalised once where it comes in (issue #11, failure 10)', () => {
  it('stores a lone surrogate as one U+FFFD and drops bidi overrides, so every export shows the same', async () => {
    const { core, dialogs } = await testCore();
    const meeting = await value<Meeting>(core, 'meetings.create', {
      title: `Checkout ${RIGHT_TO_LEFT_OVERRIDE}outage`,
    });
    const item = await value<ActionItem>(core, 'actionItems.add', {
      meetingId: meeting.id,
      title: `Alert on queue depth ${LONE_SURROGATE}${RIGHT_TO_LEFT_OVERRIDE}gpj.exe`,
      owner: 'Payments on-call',
    });
    expect(item.title).toBe('Alert on queue depth \ufffdgpj.exe');

    const stored = await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id });
    expect(stored.meeting.title).toBe('Checkout outage');
    expect(stored.actionItems[0]!.title).toBe('Alert on queue depth \ufffdgpj.exe');

    const csvPath = `${tempDbPath()}.csv`;
    dialogs.savePaths.push(csvPath);
    await value(core, 'actionItems.exportToFile', { meetingId: meeting.id, format: 'csv' });
    const csv = fs.readFileSync(csvPath, 'utf8');
    expect(csv).toContain('Alert on queue depth \ufffdgpj.exe');
    const issue = await value<{ text: string }>(core, 'actionItems.copyAsIssue', { id: item.id });
    expect(issue.text).toContain('Alert on queue depth \ufffdgpj.exe');
    expect(`${csv}${issue.text}`).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });

  it('normalises the text of an imported bundle the same way', async () => {
    const { core } = await testCore();
    const bundle = bundleJson();
    bundle.meeting.title = `Stale ${RIGHT_TO_LEFT_OVERRIDE}product data ${LONE_SURROGATE}`;
    await value(core, 'bundle.import', { content: JSON.stringify(bundle) });
    const stored = await value<MeetingRecords>(core, 'meetings.get', { id: bundle.meeting.id });
    expect(stored.meeting.title).toBe('Stale product data \ufffd');
  });
});
