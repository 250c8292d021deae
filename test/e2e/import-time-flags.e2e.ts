import { afterEach, describe, expect, it } from 'vitest';
import type { Meeting, MeetingRecords } from '../../shared/types';
import { value } from '../helpers/testCore';
import { screenshot } from './harness/screenshots';
import { startApp, type AppUnderTest } from './harness/startApp';

let app: AppUnderTest | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

// Berlin, 25 October 2026: at 03:00 CEST the clocks went back to 02:00 CET, so 02:xx happened twice.
describe('the import preview’s time flags in Chromium (issue 12 item 2, issue 13 item 5)', () => {
  it('shows each repeated-hour reading and a row going backwards, asks where the order cannot tell, and imports the pick', async () => {
    app = await startApp();
    const meeting = await value<Meeting>(app.core, 'meetings.create', {
      title: 'Storage failover on the fall-back night',
      timeZone: 'Europe/Berlin',
      startedAt: Date.UTC(2026, 9, 24, 23, 0),
    });
    const page = await app.openWindow();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('button', { name: meeting.title, exact: true }).click();
    await page.getByRole('tab', { name: 'Event log' }).click();
    await page.getByRole('button', { name: 'Import events…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import events' });
    await dialog.getByLabel('Paste the events').fill(
      [
        '01:50 alert: Replica lag alert',
        '02:10 escalation: Storage on-call paged',
        '02:40 mitigation-attempt: Failover to the replica started',
        '02:10 other: Writes resume on the replica',
        '02:30 other: Replica caught up',
        '2026-10-25 01:55 other: Pager note entered late',
        '03:05 recovery: Incident resolved',
      ].join('\n'),
    );
    const row = (text: string) => dialog.getByRole('row', { name: new RegExp(text) });
    const which = (text: string) => row(text).getByRole('combobox', { name: /^Which/ });
    expect(await row('Writes resume').innerText()).toContain('the second, UTC+01:00, by the order of the log');
    expect(await which('Writes resume').inputValue()).toBe('later');
    expect(await which('Storage on-call paged').inputValue()).toBe('earlier');
    expect(await row('Pager note entered late').innerText()).toContain('earlier than the row above (02:30:00); kept at its time');
    // 02:30 after the second 02:10 can only be the second 02:30.
    expect(await which('Replica caught up').inputValue()).toBe('later');
    await dialog.locator('.import-preview__scroll').evaluate((element) => element.scrollIntoView());
    await screenshot(page, 'import-preview-fall-back');

    // The person says the page was the second 02:10: the 02:40 below it can then be neither, so it is asked.
    await which('Storage on-call paged').selectOption({ label: 'Second 02:10:00 (UTC+01:00)' });
    expect(await dialog.getByRole('status').innerText()).toContain('1 time in the hour the clocks went back needs your choice below');
    expect(await which('Failover to the replica').inputValue()).toBe('');
    expect(await dialog.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await screenshot(page, 'import-preview-fall-back-asked');
    // Back to the first: the order places the 02:40 again, and Import takes all seven.
    await which('Storage on-call paged').selectOption({ label: 'First 02:10:00 (UTC+02:00)' });
    expect(await which('Failover to the replica').inputValue()).toBe('earlier');
    await dialog.getByRole('button', { name: 'Import 7 events' }).click();
    await dialog.waitFor({ state: 'detached' });

    const stored = await value<MeetingRecords>(app.core, 'meetings.get', { id: meeting.id });
    const times = stored.timeline.map((event) => new Date(event.at).toISOString()).sort();
    expect(times).toEqual([
      '2026-10-24T23:50:00.000Z',
      '2026-10-24T23:55:00.000Z',
      '2026-10-25T00:10:00.000Z',
      '2026-10-25T00:40:00.000Z',
      '2026-10-25T01:10:00.000Z',
      '2026-10-25T01:30:00.000Z',
      '2026-10-25T02:05:00.000Z',
    ]);
    expect(app.errors).toEqual([]);
  });
});
