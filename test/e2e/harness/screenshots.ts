import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

const RESULTS_DIR = path.resolve('test-results/e2e');

/**
 * Saves what the test saw to test-results/e2e/, to look at after a run. With
 * HINDSIGHT_SCREENSHOTS_DIR set (`npm run screenshots`), also refreshes the README's images.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  const targets = [RESULTS_DIR, process.env.HINDSIGHT_SCREENSHOTS_DIR].filter((dir): dir is string => !!dir);
  const image = await page.screenshot({ fullPage: false });
  for (const dir of targets) {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `${name}.png`), image);
  }
}
