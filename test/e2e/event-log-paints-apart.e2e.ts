import { afterEach, describe, expect, it } from 'vitest';
import { openEventLog, seedLongLog } from './harness/seed';
import { startApp, type AppUnderTest } from './harness/startApp';

let app: AppUnderTest | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

// Issue #16: a capture's frame repaints what the capture changed. The numbers and the strip are
// each a stacking context of their own (renderer/styles/timeline.css), so Chromium paints them
// apart and reuses their painting when the row, the count or the table changes; in one layer
// with those, every capture walked each red flag and strip marker again (the UI bench and
// test/bench/ui/profileCapture.ts measure the frame; this checks the layout that makes it so).
describe('the event log in Chromium', () => {
  it('paints the numbers and the strip apart from the capture row and the table', async () => {
    app = await startApp();
    const meeting = await seedLongLog(app, 'Long incident', 300);
    const page = await app.openWindow();
    await openEventLog(page, meeting.title);
    await page.locator('.timeline-strip').waitFor();

    const isolation = (selector: string) =>
      page.locator(selector).evaluate((element) => getComputedStyle(element).isolation);
    expect(await isolation('.numbers')).toBe('isolate');
    expect(await isolation('.timeline-strip')).toBe('isolate');
    expect(app.errors).toEqual([]);
  });
});
