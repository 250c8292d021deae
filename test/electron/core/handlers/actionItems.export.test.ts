import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../../shared/types';
import { tempDir } from '../../../helpers/tempDb';
import { testCore, value } from '../../../helpers/testCore';
import { failure, makeActionItemInput, makeMeetingInput } from '../../../helpers/factories';

async function meetingWithTwoItems() {
  const { core, dialogs } = await testCore();
  const meeting = await value<Meeting>(core, 'meetings.create', makeMeetingInput());
  await value(core, 'actionItems.add', makeActionItemInput(meeting.id, { title: 'First' }));
  await value(core, 'actionItems.add', makeActionItemInput(meeting.id, { title: 'Second' }));
  return { core, dialogs, meeting };
}

describe('actionItems.exportToFile', () => {
  it('writes the CSV to the path picked in the save dialog, and it reads back', async () => {
    const { core, dialogs, meeting } = await meetingWithTwoItems();
    const target = path.join(tempDir(), 'items.csv');
    dialogs.savePaths.push(target);

    expect(await value(core, 'actionItems.exportToFile', { meetingId: meeting.id, format: 'csv' })).toEqual({
      filePath: target,
    });
    const rows = Papa.parse<Record<string, string>>(fs.readFileSync(target, 'utf8').trimEnd(), {
      header: true,
    }).data;
    expect(rows.map((row) => [row['Summary'], row['Priority Rank']])).toEqual([
      ['First', '1'],
      ['Second', '2'],
    ]);
    expect(dialogs.requests).toEqual([
      { kind: 'save', defaultName: expect.stringMatching(/INC-123-stale-product-data-action-items\.csv$/) },
    ]);
  });

  it('writes a Markdown checklist', async () => {
    const { core, dialogs, meeting } = await meetingWithTwoItems();
    const target = path.join(tempDir(), 'items.md');
    dialogs.savePaths.push(target);
    await value(core, 'actionItems.exportToFile', { meetingId: meeting.id, format: 'markdown' });
    expect(fs.readFileSync(target, 'utf8')).toMatch(
      /^## Action items: Stale product data \(INC-123\)\n\n- \[ \] \*\*1\. First\*\*/,
    );
  });

  it('answers null and writes nothing when the dialog is cancelled', async () => {
    const { core, dialogs, meeting } = await meetingWithTwoItems();
    dialogs.savePaths.push(null);
    expect(
      await value(core, 'actionItems.exportToFile', { meetingId: meeting.id, format: 'csv' }),
    ).toBeNull();
  });

  it('reports a file that cannot be written as a file error', async () => {
    const { core, dialogs, meeting } = await meetingWithTwoItems();
    dialogs.savePaths.push(tempDir());
    expect(
      (await failure(core, 'actionItems.exportToFile', { meetingId: meeting.id, format: 'markdown' })).code,
    ).toBe('file-error');
  });
});
