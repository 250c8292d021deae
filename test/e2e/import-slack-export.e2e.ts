import { afterEach, describe, expect, it } from 'vitest';
import type { Meeting, MeetingRecords } from '../../shared/types';
import { value } from '../helpers/testCore';
import { slackWorkspaceZip } from '../shared/domain/timeline/sources/fixtures';
import { startApp, type AppUnderTest } from './harness/startApp';
import { screenshot } from './harness/screenshots';

let app: AppUnderTest | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('importing a Slack export in Chromium', () => {
  it('drops a workspace zip on the event log, maps two people to roles, and imports without a name as actor', async () => {
    app = await startApp();
    const meeting = await value<Meeting>(app.core, 'meetings.create', {
      title: 'Orders DB replication lag',
      timeZone: 'Europe/Berlin',
    });
    const page = await app.openWindow();
    await page.getByRole('button', { name: meeting.title, exact: true }).click();
    await page.getByRole('tab', { name: 'Event log' }).click();

    // The zip as a person's file manager hands it over: a File in a drag's DataTransfer.
    const zip = Array.from(slackWorkspaceZip());
    const dataTransfer = await page.evaluateHandle((bytes) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], 'Hindsight Slack export.zip', { type: 'application/zip' }));
      return transfer;
    }, zip);
    const eventLog = page.locator('.event-log');
    await eventLog.dispatchEvent('dragover', { dataTransfer });
    await eventLog.dispatchEvent('drop', { dataTransfer });

    const dialog = page.getByRole('dialog');
    const status = dialog.getByRole('status');
    await expect.poll(() => status.textContent()).toContain('Slack workspace export, #inc-2041-orders-db, 13 messages → 7 events');
    expect(await dialog.getByLabel('Read as').inputValue()).toBe('slack:inc-2041-orders-db');
    await dialog.getByLabel('Role or team of Dana Kim').fill('Database on-call');
    await dialog.getByLabel('Role or team of Lee Park').fill('Storage team');
    await screenshot(page, 'import-slack-export');
    await dialog.getByRole('table').scrollIntoViewIfNeeded();
    await screenshot(page, 'import-slack-export-rows');

    await dialog.getByRole('button', { name: 'Import 7 events' }).click();
    await page.getByText('Imported 7 events').waitFor();
    const records = await value<MeetingRecords>(app.core, 'meetings.get', { id: meeting.id });
    const actorOf = (start: string) => records.timeline.find((event) => event.description.startsWith(start))?.actor;
    expect(records.timeline).toHaveLength(7);
    expect(actorOf('Decision: we fail over')).toBe('Storage team');
    expect(actorOf('@Sami Okafor can you page')).toBe('Database on-call');
    // Sami Okafor was left unmapped: the rows stay without an actor and the name is written nowhere as one.
    expect(new Set(records.timeline.map((event) => event.actor))).toEqual(new Set(['', 'Database on-call', 'Storage team']));
    expect(app.errors).toEqual([]);
  });
});
