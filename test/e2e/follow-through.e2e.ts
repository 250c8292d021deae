import { afterEach, describe, expect, it } from 'vitest';
import type { MeetingRecords } from '../../shared/types';
import { value } from '../helpers/testCore';
import { startApp, type AppUnderTest } from './harness/startApp';
import { screenshot } from './harness/screenshots';
import { openEventLog, seedFollowThrough, seedLongLog } from './harness/seed';

let app: AppUnderTest | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

// Due dates far in the past or future, so "overdue" holds whatever day the run happens on.
const LONG_AGO = '2000-01-15';
const FAR_AHEAD = '2999-01-15';

describe('following action items up across postmortems in Chromium', () => {
  it('shows the overdue count on the library and sets a status from the all-items view', async () => {
    app = await startApp();
    const { core } = app;
    const [checkout] = await seedFollowThrough(app, [
      {
        title: 'Checkout outage',
        incidentId: 'INC-2041',
        severity: 'SEV-1',
        items: [
          { title: 'Alert on cache age above 10 minutes', owner: 'Platform team', dueDate: LONG_AGO },
          {
            title: 'Cap checkout retries at 3',
            owner: 'Payments',
            type: 'corrective',
            status: 'in-progress',
            dueDate: FAR_AHEAD,
          },
        ],
      },
      {
        title: 'Packet drops at the edge',
        incidentId: 'INC-3107',
        severity: 'SEV-2',
        items: [
          {
            title: 'Canary firmware on 1% of routers',
            owner: 'Edge team',
            type: 'preventative',
            dueDate: LONG_AGO,
          },
          {
            title: 'Rollback runbook for firmware',
            owner: 'Edge on-call',
            type: 'process-improvement',
            status: 'done',
            dueDate: LONG_AGO,
          },
          {
            title: 'Checksum firmware images before rollout',
            owner: '',
            type: 'preventative',
            dueDate: null,
          },
        ],
      },
    ]);

    const page = await app.openWindow();
    await page.getByText('1 overdue').first().waitFor();
    expect(await page.getByText('1 overdue').count()).toBe(2);
    await screenshot(page, 'library-overdue');

    await page.getByRole('button', { name: 'All action items' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('5 items, 2 overdue').waitFor();
    await screenshot(page, 'follow-through');

    await page
      .getByRole('combobox', { name: 'Status of “Alert on cache age above 10 minutes”' })
      .selectOption('done');
    await page.getByText('5 items, 1 overdue').waitFor();
    const stored = await value<MeetingRecords>(core, 'meetings.get', { id: checkout!.id });
    expect(stored.actionItems.find((item) => item.title.startsWith('Alert'))?.status).toBe('done');
    expect(app.errors).toEqual([]);
  });

  it('scrolls a 10,000-event log smoothly, rendering only a window of rows', async () => {
    app = await startApp();
    const meeting = await seedLongLog(app, 'Long incident', 10_000);
    const page = await app.openWindow();
    const table = await openEventLog(page, meeting.title);
    expect(await table.getAttribute('aria-rowcount')).toBe('10001');
    expect(await table.locator('tbody tr[data-index]').count()).toBeLessThan(200);
    await page.locator('.event-table__scroller').evaluate((box) => box.scrollTo(0, box.scrollHeight / 2));
    // Rows are measured as they render, so half the scroll height is only roughly row 5,000.
    const firstShown = () =>
      table.locator('tbody tr[aria-rowindex]').first().getAttribute('aria-rowindex').then(Number);
    await expect.poll(firstShown).toBeGreaterThan(3_000);
    expect(await table.locator('tbody tr[data-index]').count()).toBeLessThan(200);
    await screenshot(page, 'event-log-10000');
    expect(app.errors).toEqual([]);
  });
});
