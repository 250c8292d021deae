import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Meeting } from '../../shared/types';
import { startApp, type AppUnderTest } from './harness/startApp';
import { screenshot } from './harness/screenshots';
import { openConsole } from './harness/console';
import { records } from './harness/records';

let app: AppUnderTest | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Opens the meeting's console at the step with this digit, focus off the tab list. */
async function openStep(page: Page, digit: number, title: string) {
  await openConsole(page, 'Checkout outage');
  await page.keyboard.press(`Digit${digit}`);
  await page.getByRole('heading', { level: 2, name: title }).waitFor();
}

describe('filling the step workspaces in Chromium', () => {
  it('keeps text typed just before a reload, in the Impact step and in a question note', async () => {
    app = await startApp();
    const created = await app.core.call('meetings.create', {
      title: 'Checkout outage',
      autoStartNextStep: false,
      startedAt: Date.UTC(2026, 2, 5, 9, 0),
      resolvedAt: Date.UTC(2026, 2, 5, 10, 45),
    });
    if (!created.ok) throw new Error(created.error.message);
    const meeting = created.value as Meeting;
    const page = await app.openWindow();

    await openStep(page, 3, 'Impact');
    await page.getByLabel('Users affected', { exact: true }).fill('12000');
    await page.getByLabel('Customer reactions').fill('Forty tickets in the first hour');
    // Reloaded well inside the 600 ms debounce: only the pagehide flush can have saved this.
    await page.reload();
    await expect
      .poll(async () => (await records(app!, meeting.id)).impact?.customerReactions, { timeout: 5_000 })
      .toBe('Forty tickets in the first hour');
    await openStep(page, 3, 'Impact');
    await expect
      .poll(() => page.getByLabel('Customer reactions').inputValue())
      .toBe('Forty tickets in the first hour');
    expect(await page.getByLabel('Users affected', { exact: true }).inputValue()).toBe('12000');
    await page.locator('.step-workspace').evaluate((element) => element.scrollIntoView());
    await screenshot(page, 'workspace-impact');

    // Escape on the live console stays in the meeting (a stray key must not leave it): the button does.
    await page.getByRole('button', { name: /Back to meetings/ }).click();
    await openStep(page, 5, 'Detect earlier');
    await page.getByLabel('Add note').fill('The alert fired 20 minutes late');
    await page.keyboard.press('Enter');
    const note = page.getByRole('textbox', { name: 'Note 1' });
    await note.waitFor();
    await note.fill('The alert fired 20 minutes late, on a lagging metric');
    await page.reload();
    await expect
      .poll(async () => (await records(app!, meeting.id)).questionNotes.map((entry) => entry.text), {
        timeout: 5_000,
      })
      .toEqual(['The alert fired 20 minutes late, on a lagging metric']);
    await openStep(page, 5, 'Detect earlier');
    await page.getByLabel('Short answer').fill('A synthetic checkout check');
    await page.getByLabel('Primary cause').fill('Pool size not tied to load');
    await page.getByLabel('Primary cause').blur();
    await page.getByText('Saved').nth(1).waitFor();
    await page.locator('.step-workspace').evaluate((element) => element.scrollIntoView());
    await screenshot(page, 'workspace-question');
    expect(app.errors).toEqual([]);
  });
});
