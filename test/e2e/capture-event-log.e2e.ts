import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Meeting, MeetingRecords } from '../../shared/types';
import { tempDir } from '../helpers/tempDb';
import { value } from '../helpers/testCore';
import { startApp, type AppUnderTest } from './harness/startApp';
import { screenshot } from './harness/screenshots';
import { typeEvent, type TypedEvent } from './harness/eventLog';

let app: AppUnderTest | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

// A firmware incident as a note-taker would type it from memory: out of order, mostly local
// times, one full date to pin the day, one relative time.
const TYPED: TypedEvent[] = [
  { time: '2026-02-17 07:46', kind: 'alert', text: 'Consumer-lag alert for order-events' },
  { time: '07:20', kind: 'first-signal', text: 'TCP retransmissions rise to 0.9 %' },
  { time: '08:11', kind: 'detection', text: 'Payments on-call acknowledges the page' },
  { time: '8:25:30 am', kind: 'mitigation-attempt', outcome: 'no-effect', text: 'Gateway pods restarted' },
  { time: '07:14', kind: 'other', text: 'Firmware batch 4 complete' },
  { time: '09:26', kind: 'diagnosis', text: 'Vendor notes: buffer profile default changed' },
  { time: '10:02', kind: 'mitigation', text: 'Balanced buffer profile on 47 switches' },
  { time: '+18m', kind: 'recovery', text: 'Egress discards at 0 on all switches' },
  { time: '09:55', kind: 'fix-deployed', text: 'Golden config sets the buffer profile' },
  { time: '08:40', kind: 'escalation', text: 'Network Engineering on-call paged' },
];

describe('capturing the event log in Chromium', () => {
  it('sorts ten events typed out of order and derives the numbers from them', async () => {
    app = await startApp();
    const meeting = await value<Meeting>(app.core, 'meetings.create', {
      title: 'Packet drops after firmware upgrade',
      timeZone: 'America/New_York',
    });
    const page = await app.openWindow();
    await page.getByRole('button', { name: meeting.title, exact: true }).click();
    await page.getByRole('tab', { name: 'Event log' }).click();
    await page.getByRole('form', { name: 'Add an event' }).getByLabel('Time', { exact: true }).focus();

    for (const event of TYPED) await typeEvent(page, event);

    const rows = page.getByRole('table', { name: 'Event log, in time order' }).locator('tbody tr');
    expect(await rows.locator('time').allTextContents()).toEqual([
      '07:14:00',
      '07:20:00',
      '07:46:00',
      '08:11:00',
      '08:25:30',
      '08:40:00',
      '09:26:00',
      '09:55:00',
      '10:02:00',
      '10:20:00',
    ]);
    // Without typed incident times, the start is the first signal: the change before it is marked.
    expect(await rows.first().innerText()).toContain('Before start');
    expect(await page.getByText('America/New_York (UTC-05:00)').count()).toBe(1);

    const numbers = page.getByRole('region', { name: 'The incident’s numbers' });
    const metric = (label: string) =>
      numbers.locator('.numbers__item', { hasText: label }).locator('.numbers__value');
    expect(await metric('Time to detect').innerText()).toBe('51 min');
    expect(await metric('Time to mitigate').innerText()).toBe('1 h 51 min');
    expect(await metric('Time to resolve').innerText()).toBe('2 h 9 min');
    expect(await metric('Root cause → fix').innerText()).toBe('29 min');
    expect(await metric('Total duration').innerText()).toBe('3 h');
    const flags = numbers.getByRole('list', { name: 'Red flags' });
    expect(await flags.innerText()).toContain('Detection gap: 51 min from the first signal to detection');
    expect(await flags.innerText()).toContain(
      '1 mitigation attempt had no effect or only moved the symptom.',
    );
    expect(await flags.innerText()).not.toContain('Recoverability');
    // The strip shows the same facts: Enter on its detection marker highlights that table row.
    // (By keyboard: Playwright's actionability check does not count an SVG <g> as visible.)
    const strip = page.getByRole('group', { name: 'Incident phases and key events' });
    expect(await strip.getByRole('button').count()).toBe(5);
    await strip.getByRole('button', { name: /^08:11 Detection/ }).focus();
    await page.keyboard.press('Enter');
    expect(await rows.nth(3).getAttribute('aria-current')).toBe('true');
    // The README's picture: the strip at the top, then the capture row and the table's first rows.
    await strip.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'event-log');

    // What the table shows is what was committed, in UTC.
    const stored = await value<MeetingRecords>(app.core, 'meetings.get', { id: meeting.id });
    const recovery = stored.timeline.find((event) => event.kind === 'recovery');
    expect(new Date(recovery!.at).toISOString()).toBe('2026-02-17T15:20:00.000Z');
    expect(app.errors).toEqual([]);
  });

  it('parks an opinion typed as a fact with Ctrl+Shift+P on the console’s Event log step', async () => {
    app = await startApp();
    const meeting = await value<Meeting>(app.core, 'meetings.create', {
      title: 'Checkout outage',
      timeZone: 'Europe/Berlin',
    });
    const facts = [
      [Date.UTC(2026, 2, 5, 8, 10), 'alert', 'Checkout error rate above 5 %'],
      [Date.UTC(2026, 2, 5, 8, 31, 5), 'decision', 'The release train should never have shipped on a Friday'],
      [Date.UTC(2026, 2, 5, 8, 40), 'mitigation', 'Rollback to 4.12.1 started'],
    ] as const;
    for (const [at, kind, description] of facts)
      await value(app.core, 'timeline.add', { meetingId: meeting.id, at, kind, description });
    // The walk is on its second step, the event log, as the facilitator left it.
    await value(app.core, 'agenda.next', { meetingId: meeting.id });
    await value(app.core, 'agenda.next', { meetingId: meeting.id });
    const page = await app.openWindow();
    await page.getByRole('button', { name: meeting.title, exact: true }).click();
    await page.getByRole('tab', { name: 'Run the meeting' }).click();
    await page.getByText('Step 2 of 8').waitFor();
    // The step's title is the only "Event log" heading: the embedded log does not repeat it.
    expect(await page.getByRole('heading', { name: 'Event log' }).count()).toBe(1);

    const table = page.getByRole('table', { name: 'Event log, in time order' });
    const opinion = table.getByRole('cell', { name: facts[1][2], exact: true });
    await opinion.click();
    await screenshot(page, 'event-log-park-selected');
    await page.keyboard.press('Control+Shift+P');

    await opinion.waitFor({ state: 'detached' });
    const parkingLot = page.getByRole('region', { name: /Parking lot/ });
    const parked = parkingLot.getByRole('textbox', { name: 'Parked in Event log' });
    expect(await parked.inputValue()).toBe(
      '09:31:05 on 2026-03-05 (Europe/Berlin): The release train should never have shipped on a Friday',
    );
    expect(await page.getByRole('dialog', { name: 'Park a remark' }).count()).toBe(0);
    expect(await table.locator('tbody tr time').allTextContents()).toEqual(['09:10:00', '09:40:00']);
    expect(
      await page
        .getByRole('button', { name: 'Edit the 09:40:00 event' })
        .evaluate((button) => button === document.activeElement),
    ).toBe(true);
    await screenshot(page, 'event-log-parked');

    const stored = await value<MeetingRecords>(app.core, 'meetings.get', { id: meeting.id });
    expect(stored.timeline.map((event) => event.kind)).toEqual(['alert', 'mitigation']);
    expect(stored.parkingLot).toHaveLength(1);
    expect(app.errors).toEqual([]);
  });

  it('refuses a real 50 MB file and a binary file chosen in the import dialog, writing nothing', async () => {
    app = await startApp();
    const meeting = await value<Meeting>(app.core, 'meetings.create', { title: 'Checkout outage' });
    const folder = tempDir('hindsight-e2e-import-');
    const huge = path.join(folder, 'pager-export.log');
    fs.writeFileSync(huge, Buffer.alloc(52_000_000, '09:31 Alert fired\n'));
    const png = path.join(folder, 'screenshot.csv');
    fs.writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));

    const page = await app.openWindow();
    await page.getByRole('button', { name: meeting.title, exact: true }).click();
    await page.getByRole('tab', { name: 'Event log' }).click();
    await page.getByRole('button', { name: 'Import events…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import events' });
    const chooser = dialog.getByLabel('Export files to import');

    await chooser.setInputFiles(huge);
    await dialog.getByText('pager-export.log is about 52 MB; an import reads at most 5 MB.').waitFor();
    expect(await dialog.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);

    await chooser.setInputFiles(png);
    await dialog.getByText('This is not a text file (it contains binary data).').waitFor();
    expect(await dialog.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);

    const stored = await value<MeetingRecords>(app.core, 'meetings.get', { id: meeting.id });
    expect(stored.timeline).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
