import { afterEach, describe, expect, it } from 'vitest';
import { screenshot } from './harness/screenshots';
import { openEventLog, seedLongLog } from './harness/seed';
import { startApp, type AppUnderTest } from './harness/startApp';

let app: AppUnderTest | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('opening a meeting of 10,000 events in Chromium', () => {
  it('shows the meeting at once, says which events are still loading, then shows them all', async () => {
    app = await startApp();
    const meeting = await seedLongLog(app, 'Long incident', 10_000);
    // The pages after the first wait until the test has seen the log loading: a slow disk, here.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const call = app.core.call.bind(app.core);
    let pages = 0;
    app.core.call = async (method, input) => {
      if (method === 'meetings.timelinePage' && pages++ > 0) await released;
      return call(method, input);
    };
    const page = await app.openWindow();
    const table = await openEventLog(page, meeting.title);

    // The pages travel one by one: the count says so until the last is in.
    const count = page.locator('.event-log__count');
    await expect.poll(() => count.textContent()).toBe('Loading events… 200 of 10,000');
    expect(await table.getAttribute('aria-rowcount')).toBe('201');
    expect(
      await page.getByText('The incident’s numbers and red flags follow once every event is in.').isVisible(),
    ).toBe(true);
    await screenshot(page, 'event-log-loading');
    release();
    await expect.poll(() => count.textContent(), { timeout: 30_000 }).toBe('10,000 events');
    expect(await table.getAttribute('aria-rowcount')).toBe('10001');
    expect(await page.getByRole('heading', { name: 'The incident’s numbers' }).isVisible()).toBe(true);
    await page.getByRole('tab', { name: 'Overview' }).click();
    expect(await page.locator('.facts--counts').textContent()).toContain('Timeline events10000');
  });
});
