import type { Page } from 'playwright-core';

/**
 * Picks up the focused drag handle with Space and waits until dnd-kit's keyboard sensor takes
 * the next key. The sensor adds its keydown listener in a `setTimeout` after the pickup, which
 * can run after the pickup's announcement is in the page: an arrow pressed on seeing it was lost
 * on a busy machine (a CI run, once). A timeout the page queues after the sensor's runs after it.
 */
export async function pickUpByKeyboard(page: Page, announced: string | RegExp): Promise<void> {
  await page.keyboard.press('Space');
  await page.getByText(announced).waitFor({ state: 'attached' });
  await page.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve)));
}
