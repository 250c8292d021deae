import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { MeetingRecords } from '../../shared/types';
import { value } from '../helpers/testCore';
import { openEventLog, seedLongLog } from './harness/seed';
import { startApp, type AppUnderTest } from './harness/startApp';

let app: AppUnderTest | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Counts every change to the event table's DOM for `ms` milliseconds (a frame loop shows here). */
function tableChangesDuring(page: Page, ms: number): Promise<{ mutations: number; rowCounts: number[] }> {
  return page.evaluate(
    (duration) =>
      new Promise((resolve) => {
        const table = document.querySelector('.event-table')!;
        const rowCounts = new Set<number>([table.querySelectorAll('tbody tr[data-index]').length]);
        let mutations = 0;
        const observer = new MutationObserver((records) => {
          mutations += records.length;
          rowCounts.add(table.querySelectorAll('tbody tr[data-index]').length);
        });
        observer.observe(table, { childList: true, subtree: true, attributes: true, characterData: true });
        setTimeout(() => {
          observer.disconnect();
          resolve({ mutations, rowCounts: [...rowCounts] });
        }, duration);
      }),
    ms,
  );
}

describe('typing into a long, windowed event log in Chromium', () => {
  it('settles after 30 typed events: no re-render in the next second', async () => {
    app = await startApp();
    const meeting = await seedLongLog(app, 'Long incident', 300);
    const page = await app.openWindow();
    const table = await openEventLog(page, meeting.title);
    const capture = page.getByRole('form', { name: 'Add an event' });
    const time = capture.getByLabel('Time', { exact: true });
    const description = capture.getByLabel('What happened');
    await page.locator('.event-table__scroller').evaluate((box) => box.scrollTo(0, box.scrollHeight));

    // The loop began at the 15th–16th typed event; 30 is well past it. Typed after the
    // imported ones (08:00–08:35), they land at the end of the log, where the view is.
    for (let index = 1; index <= 30; index++) {
      await time.fill(`2026-03-05 09:${String(index).padStart(2, '0')}:30`);
      await description.fill(`Typed fact ${index}`);
      await description.press('Enter');
      await expect.poll(() => time.inputValue()).toBe('');
    }
    await expect.poll(() => table.getAttribute('aria-rowcount')).toBe('331');
    // Let the last add's reload and measuring pass finish before watching.
    await page.waitForTimeout(500);

    expect(await tableChangesDuring(page, 1_000)).toEqual({ mutations: 0, rowCounts: [expect.any(Number)] });
    const stored = await value<MeetingRecords>(app.core, 'meetings.get', { id: meeting.id });
    expect(stored.timeline.filter((event) => event.description.startsWith('Typed fact'))).toHaveLength(30);
    expect(app.errors).toEqual([]);
  });
});
