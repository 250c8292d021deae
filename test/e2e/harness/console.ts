import type { Page } from 'playwright-core';

/**
 * Takes focus off fields and the tab list (whose arrows switch tabs), as a facilitator clicking
 * the console's bar does, so the console's keys reach the meeting.
 */
export async function focusConsole(page: Page): Promise<void> {
  await page.locator('.live-main__bar').click({ position: { x: 2, y: 2 } });
}

/** From the library, opens the meeting's "Run the meeting" tab with focus on the console. */
export async function openConsole(page: Page, meetingTitle: string): Promise<void> {
  await page.getByRole('button', { name: meetingTitle, exact: true }).click();
  await page.getByRole('tab', { name: 'Run the meeting' }).click();
  await focusConsole(page);
}
