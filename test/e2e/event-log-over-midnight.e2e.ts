import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Meeting } from '../../shared/types';
import { tempDbPath } from '../helpers/tempDb';
import { value } from '../helpers/testCore';
import { captureRow, fillEvent, saveEvent, typeEvent } from './harness/eventLog';
import { screenshot } from './harness/screenshots';
import { startApp, type AppUnderTest } from './harness/startApp';

let app: AppUnderTest | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** What the SQLite file holds for the meeting's log, read by a connection of its own: the committed truth. */
function storedLog(dbPath: string, meetingId: string): { at: string; kind: string; description: string }[] {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare('SELECT at, kind, description FROM timeline_events WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY at')
      .all(meetingId) as { at: number; kind: string; description: string }[];
    return rows.map((row) => ({ ...row, at: new Date(row.at).toISOString() }));
  } finally {
    db.close();
  }
}

// A database outage that crossed midnight (issue 12, item 1), in Amsterdam (UTC+01:00 in winter):
// the incident began at 22:00 on 31 January 2017, so its night runs into 1 February locally while
// UTC is still on 31 January until 01:00.
describe('an event log crossing midnight in Chromium, over the real core and SQLite file', () => {
  it('stores times typed and pasted after midnight on the next day, says so, and counts across it', async () => {
    const dbPath = tempDbPath();
    app = await startApp({ dbPath });
    const meeting = await value<Meeting>(app.core, 'meetings.create', {
      title: 'Primary database data loss',
      timeZone: 'Europe/Amsterdam',
      startedAt: Date.UTC(2017, 0, 31, 21, 0),
    });
    const page = await app.openWindow();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('button', { name: meeting.title, exact: true }).click();
    await page.getByRole('tab', { name: 'Event log' }).click();
    const { capture, time } = captureRow(page);
    await time.focus();

    // By hand: 23:27, then 00:36, which the capture row says goes to the next day before saving.
    await typeEvent(page, { time: '23:27', kind: 'other', text: 'Data directory removed on the primary' });
    await fillEvent(page, { time: '00:36', kind: 'escalation', text: 'Backups found empty; restore from staging begins' });
    const note = capture.getByRole('group', { name: /00:36:00 is nearest the event before it on the next day/ });
    expect(await note.innerText()).toContain('taken as 2017-02-01');
    expect(await note.getByRole('radio', { name: '2017-02-01 (next day)' }).isChecked()).toBe(true);
    await screenshot(page, 'midnight-capture-row-next-day');
    await saveEvent(page, 'Backups found empty; restore from staging begins');

    // Pasted: `23:50`, `00:10`, `+20m`; the preview marks the row that went over midnight.
    await page.getByRole('button', { name: 'Import events…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import events' });
    await dialog.getByLabel('Paste the events').fill(
      [
        '23:50 detection: Database load alerts acknowledged by on-call',
        '00:10 mitigation: Spam accounts blocked, load back to normal',
        '+20m other: Replication to the secondary restarted',
      ].join('\n'),
    );
    const previewTimes = await dialog.locator('.import-preview__time').allInnerTexts();
    expect(previewTimes.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual([
      '2017-01-31 23:50:00',
      '2017-02-01 00:10:00 next day (2017-02-01)',
      '2017-02-01 00:30:00',
    ]);
    expect(await dialog.getByRole('status').innerText()).toContain('1 time changes day, marked below');
    await screenshot(page, 'midnight-paste-preview');
    await dialog.getByRole('button', { name: 'Import 3 events' }).click();
    await dialog.waitFor({ state: 'detached' });

    // The recovery, the next evening: a full date, since "18:14" alone is nearer the evening before.
    await time.focus();
    await typeEvent(page, { time: '2017-02-01 18:14', kind: 'recovery', text: 'Database restored from the staging copy' });

    // What the SQLite file holds, in UTC: the local next day is still 31 January until 01:00 UTC.
    expect(storedLog(dbPath, meeting.id)).toEqual([
      { at: '2017-01-31T22:27:00.000Z', kind: 'other', description: 'Data directory removed on the primary' },
      { at: '2017-01-31T22:50:00.000Z', kind: 'detection', description: 'Database load alerts acknowledged by on-call' },
      { at: '2017-01-31T23:10:00.000Z', kind: 'mitigation', description: 'Spam accounts blocked, load back to normal' },
      { at: '2017-01-31T23:30:00.000Z', kind: 'other', description: 'Replication to the secondary restarted' },
      { at: '2017-01-31T23:36:00.000Z', kind: 'escalation', description: 'Backups found empty; restore from staging begins' },
      { at: '2017-02-01T17:14:00.000Z', kind: 'recovery', description: 'Database restored from the staging copy' },
    ]);

    // The log shows each time with its local day, none of them "Before start".
    const rows = page.getByRole('table', { name: 'Event log, in time order' }).locator('tbody tr');
    expect((await rows.locator('td:first-child').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim())).toEqual([
      '2017-01-31 23:27:00',
      '2017-01-31 23:50:00',
      '2017-02-01 00:10:00',
      '2017-02-01 00:30:00',
      '2017-02-01 00:36:00',
      '2017-02-01 18:14:00',
    ]);
    expect(await page.getByText('Before start').count()).toBe(0);
    await rows.first().scrollIntoViewIfNeeded();
    await screenshot(page, 'midnight-event-log-rows');

    // The numbers across the day boundary: 22:00 start, 23:50 detection, 00:10 mitigation, 18:14 recovery.
    const numbers = page.getByRole('region', { name: 'The incident’s numbers' });
    const metric = (label: string) => numbers.locator('.numbers__item', { hasText: label }).locator('.numbers__value');
    expect(await metric('Time to detect').innerText()).toBe('1 h 50 min');
    expect(await metric('Time to mitigate').innerText()).toBe('20 min');
    expect(await metric('Time to resolve').innerText()).toBe('18 h 24 min');
    expect(await metric('Total duration').innerText()).toBe('20 h 14 min');
    await numbers.scrollIntoViewIfNeeded();
    await screenshot(page, 'midnight-event-log-numbers');
    expect(app.errors).toEqual([]);
  });
});
