import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Meeting, MeetingRecords } from '../../shared/types';
import { tempDir } from '../helpers/tempDb';
import { value } from '../helpers/testCore';
import { startApp, type AppUnderTest } from './harness/startApp';
import { screenshot } from './harness/screenshots';
import { pickUpByKeyboard } from './harness/keyboardDrag';

let app: AppUnderTest | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function openActionItems(page: Page, title: string) {
  await page.getByRole('button', { name: title, exact: true }).click();
  await page.getByRole('tab', { name: 'Action items' }).click();
  await page.getByRole('textbox', { name: /New action item/ }).waitFor();
}

/** The titles in the ranked list as the page shows them, top to bottom. */
function shownTitles(page: Page): Promise<string[]> {
  return page
    .locator('.action-row__title input')
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
}

async function storedTitles(app: AppUnderTest, meetingId: string): Promise<string[]> {
  const records = await value<MeetingRecords>(app.core, 'meetings.get', { id: meetingId });
  return records.actionItems.map((item) => item.title);
}

const handle = (page: Page, title: string) =>
  page.getByRole('button', { name: new RegExp(`^Move “${title}`) });

describe('prioritising action items in Chromium', () => {
  it('captures items, reorders them by keyboard and by mouse, and keeps the order across a reload', async () => {
    app = await startApp();
    const meeting = await value<Meeting>(app.core, 'meetings.create', {
      title: 'Checkout outage',
      incidentId: 'INC-2041',
    });
    const page = await app.openWindow();
    const projector = await app.openWindow();
    await openActionItems(page, 'Checkout outage');
    await openActionItems(projector, 'Checkout outage');

    const box = page.getByRole('textbox', { name: /New action item/ });
    await box.fill('Alert when the API cache hit ratio exceeds 90 %');
    await box.press('Enter');
    await page.getByRole('combobox', { name: 'Answers' }).selectOption('prevent');
    await box.fill('Exclude /api paths from the edge TTL rule');
    await box.press('Enter');
    await box.fill('Improve monitoring');
    await box.press('Enter');
    await expect
      .poll(() => shownTitles(page))
      .toEqual([
        'Alert when the API cache hit ratio exceeds 90 %',
        'Exclude /api paths from the edge TTL rule',
        'Improve monitoring',
      ]);
    expect(await box.evaluate((element) => element === document.activeElement)).toBe(true);

    // Keyboard drag with dnd-kit's keyboard sensor: pick up, one place down, drop.
    await handle(page, 'Alert when').focus();
    // Each key waits for dnd-kit's announcement of the previous one instead of a fixed sleep
    // (picking up announces the item over its own place at once).
    await pickUpByKeyboard(page, /^“Alert when the API cache hit ratio .*” would move to priority 1 of 3\.$/);
    await page.keyboard.press('ArrowDown');
    await page
      .getByText(/^“Alert when the API cache hit ratio .*” would move to priority 2 of 3\.$/)
      .waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    // dnd-kit's live region tells a screen reader where the item went, by title and place.
    await page
      .getByText('“Alert when the API cache hit ratio exceeds 90 %” dropped at priority 2 of 3.')
      .waitFor({ state: 'attached' });
    await expect
      .poll(() => storedTitles(app!, meeting.id))
      .toEqual([
        'Exclude /api paths from the edge TTL rule',
        'Alert when the API cache hit ratio exceeds 90 %',
        'Improve monitoring',
      ]);

    // Mouse drag: the last item's handle onto the first row, in steps so dnd-kit sees the motion.
    await handle(page, 'Improve monitoring').scrollIntoViewIfNeeded();
    const from = (await handle(page, 'Improve monitoring').boundingBox())!;
    const to = (await page.locator('.action-row').first().boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 - 10, { steps: 5 });
    await page.mouse.move(from.x + from.width / 2, to.y + 10, { steps: 20 });
    await page.waitForTimeout(200);
    await page.mouse.up();
    const expected = [
      'Improve monitoring',
      'Exclude /api paths from the edge TTL rule',
      'Alert when the API cache hit ratio exceeds 90 %',
    ];
    await expect.poll(() => storedTitles(app!, meeting.id)).toEqual(expected);
    await expect.poll(() => shownTitles(page)).toEqual(expected);
    // The other window (the projector, in the room) follows the committed order.
    await expect.poll(() => shownTitles(projector)).toEqual(expected);
    expect(await page.getByRole('list', { name: 'Suggestions' }).first().textContent()).toContain(
      'Does not say what to watch',
    );
    await screenshot(page, 'action-items');

    // To the tracker: the CSV the save dialog points at reads back in the same order.
    const csvPath = path.join(tempDir(), 'action-items.csv');
    app.dialogs.savePaths.push(csvPath);
    await page.getByRole('button', { name: 'Export CSV…' }).click();
    await page.getByText(csvPath).waitFor();
    const rows = Papa.parse<Record<string, string>>(fs.readFileSync(csvPath, 'utf8').trimEnd(), {
      header: true,
    }).data;
    expect(rows.map((row) => row['Summary'])).toEqual(expected);

    await page.reload();
    await openActionItems(page, 'Checkout outage');
    await expect.poll(() => shownTitles(page)).toEqual(expected);
    await page.locator('.action-list').scrollIntoViewIfNeeded();
    await screenshot(page, 'action-items-list');
    expect(app.errors).toEqual([]);
  });
});
