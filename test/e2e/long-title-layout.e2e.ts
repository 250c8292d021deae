import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Meeting } from '../../shared/types';
import { value } from '../helpers/testCore';
import { openConsole } from './harness/console';
import { screenshot } from './harness/screenshots';
import { startApp, type AppUnderTest } from './harness/startApp';

let app: AppUnderTest | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

// Issue #11, failure 10: a long unbroken title pushed the meeting heading out of the window.
// One run of 120 letters with no break point, then words: what a pasted URL or hostname does.
const LONG_TITLE = `${'replicationlagonthesecondarydatabaseclusterineuwest'.repeat(3).slice(0, 120)} took the checkout down for six hours`;

/** The heading's right edge and the page's sideways overflow, in the window as it is. */
function headingFit(page: Page, heading: string) {
  return page.evaluate((selector) => {
    const scroller = document.querySelector('.app-scroll')!;
    const title = document.querySelector(selector)!.getBoundingClientRect();
    return { right: title.right, scrollWidth: scroller.scrollWidth, clientWidth: scroller.clientWidth };
  }, heading);
}

describe('a meeting with a long unbroken title in Chromium', () => {
  it('wraps its heading inside the window at 1440x900, on the meeting and on the console', async () => {
    app = await startApp();
    await value<Meeting>(app.core, 'meetings.create', { title: LONG_TITLE, severity: 'SEV-2' });
    const page = await app.openWindow();
    await page.setViewportSize({ width: 1440, height: 900 });

    await page.getByRole('button', { name: LONG_TITLE, exact: true }).click();
    const meetingHeading = page.getByRole('heading', { level: 1, name: LONG_TITLE });
    await meetingHeading.waitFor();
    const onMeeting = await headingFit(page, 'h1');
    expect(onMeeting.right).toBeLessThanOrEqual(1440);
    expect(onMeeting.scrollWidth).toBeLessThanOrEqual(onMeeting.clientWidth);
    expect((await meetingHeading.boundingBox())!.height).toBeGreaterThan(40);
    await screenshot(page, 'long-title-meeting-1440x900');

    await page.getByRole('button', { name: /Back to meetings/ }).click();
    await openConsole(page, LONG_TITLE);
    const onConsole = await headingFit(page, 'h1');
    expect(onConsole.right).toBeLessThanOrEqual(1440);
    expect(onConsole.scrollWidth).toBeLessThanOrEqual(onConsole.clientWidth);
    await screenshot(page, 'long-title-console-1440x900');
  });
});
