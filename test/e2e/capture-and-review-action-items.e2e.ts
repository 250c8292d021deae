import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ActionItem, Meeting, MeetingRecords } from '../../shared/types';
import { issueMarkdown } from '../../shared/domain/actionItems/export';
import { value } from '../helpers/testCore';
import { startApp, type AppUnderTest } from './harness/startApp';
import { screenshot } from './harness/screenshots';
import { focusConsole, openConsole } from './harness/console';
import { pickUpByKeyboard } from './harness/keyboardDrag';

let app: AppUnderTest | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const stepTitle = (page: Page, title: string) =>
  page.locator('#live-step-title').filter({ hasText: title }).waitFor();

async function stored(meetingId: string): Promise<MeetingRecords> {
  return value<MeetingRecords>(app!.core, 'meetings.get', { id: meetingId });
}

/** The label of the region holding the focused element: which quick-add box has the cursor. */
const focusedRegion = (page: Page) =>
  page.evaluate(
    () => document.activeElement?.closest('section[aria-label]')?.getAttribute('aria-label') ?? null,
  );

const CAPTURES = [
  {
    step: 'Remediate faster',
    title: 'Runbook for connection pool exhaustion',
    question: 'remediate',
    type: 'corrective',
  },
  {
    step: 'Detect earlier',
    title: 'Page on pool saturation above 90 %',
    question: 'detect',
    type: 'detective',
  },
  { step: 'Prevent', title: 'Size the pool from the load test', question: 'prevent', type: 'preventative' },
] as const;

describe('capturing and reviewing action items in Chromium', () => {
  it('captures an item in each question step from the keyboard, then walks the review item by item', async () => {
    app = await startApp();
    const meeting = await value<Meeting>(app.core, 'meetings.create', {
      title: 'Checkout outage',
      incidentId: 'INC-2041',
    });
    const page = await app.openWindow();
    await openConsole(page, 'Checkout outage');
    await page.keyboard.press('Space');
    await stepTitle(page, 'Opening');
    await page.keyboard.press('ArrowRight');
    await stepTitle(page, 'Event log');
    await page.keyboard.press('ArrowRight');
    await stepTitle(page, 'Impact');

    for (const capture of CAPTURES) {
      await page.keyboard.press('ArrowRight');
      await stepTitle(page, capture.step);
      // Ctrl+Shift+A puts the cursor in this question's box, and the console stays on screen.
      await page.keyboard.press('Control+Shift+A');
      await expect.poll(() => focusedRegion(page)).toBe(`Action items for ${capture.step}`);
      await page.keyboard.type(capture.title);
      await page.keyboard.press('Enter');
      const region = page.getByRole('region', { name: `Action items for ${capture.step}` });
      await region.getByRole('listitem', { name: new RegExp(`: ${capture.title}$`) }).waitFor();
      expect(await focusedRegion(page)).toBe(`Action items for ${capture.step}`);
      if (capture.question === 'prevent') {
        await region.evaluate((section) => section.scrollIntoView({ block: 'start' }));
        await screenshot(page, 'console-question-step');
      }
      await focusConsole(page);
    }
    const captured = (await stored(meeting.id)).actionItems;
    expect(captured.map(({ title, question, type }) => ({ title, question, type }))).toEqual(
      CAPTURES.map(({ title, question, type }) => ({ title, question, type })),
    );

    await page.keyboard.press('ArrowRight');
    await stepTitle(page, 'Action review');
    const card = (title: string) => page.getByRole('article', { name: `Under review: ${title}` });
    await card(CAPTURES[0].title).waitFor();
    const reviewed = async () => (await stored(meeting.id)).meeting.reviewItemId;
    await expect.poll(reviewed).toBe(captured[0]!.id);

    await page.keyboard.press('ArrowDown');
    await card(CAPTURES[1].title).waitFor();
    await page.keyboard.press('ArrowDown');
    await card(CAPTURES[2].title).waitFor();
    await expect.poll(reviewed).toBe(captured[2]!.id);
    await page.keyboard.press('ArrowUp');
    await card(CAPTURES[1].title).waitFor();
    await expect.poll(reviewed).toBe(captured[1]!.id);
    // The ranked list below marks the same item.
    await expect
      .poll(() => page.locator('.action-list [aria-current="true"]').getAttribute('aria-label'))
      .toBe(`Priority 2 of 3: ${CAPTURES[1].title}`);

    // The card names the gap; the facilitator fills it there.
    const reviewedCard = card(CAPTURES[1].title);
    expect(await reviewedCard.getByRole('list', { name: 'Suggestions' }).textContent()).toContain('No owner');
    await reviewedCard.getByLabel('Owner').fill('Storefront SRE');
    await reviewedCard.getByLabel('Owner').press('Enter');
    await expect
      .poll(
        async () => (await stored(meeting.id)).actionItems.find((item) => item.id === captured[1]!.id)?.owner,
      )
      .toBe('Storefront SRE');
    await expect.poll(() => reviewedCard.textContent()).not.toContain('No owner');
    await focusConsole(page);
    await page.locator('.review-walk').evaluate((walk) => walk.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'console-action-review');
    await page
      .locator('.action-list [aria-current="true"]')
      .evaluate((row) => row.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'console-action-review-list');

    // Moving the item under review down the ranked list by keyboard moves it, not the review.
    await page.getByRole('button', { name: new RegExp(`^Move “${CAPTURES[1].title}`) }).focus();
    await pickUpByKeyboard(page, /would move to priority 2 of 3\.$/);
    await page.keyboard.press('ArrowDown');
    await page.getByText(/would move to priority 3 of 3\.$/).waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    await expect
      .poll(async () => (await stored(meeting.id)).actionItems.map((item) => item.title))
      .toEqual([CAPTURES[0].title, CAPTURES[2].title, CAPTURES[1].title]);
    await page.getByRole('heading', { name: 'Reviewing item 3 of 3' }).waitFor();
    expect(await reviewed()).toBe(captured[1]!.id);

    await reviewedCard.getByRole('button', { name: `Copy “${CAPTURES[1].title}” as an issue` }).click();
    await page.getByText(`Copied “${CAPTURES[1].title}” as an issue body.`).waitFor();
    const item = (await stored(meeting.id)).actionItems.find(
      (saved) => saved.id === captured[1]!.id,
    ) as ActionItem;
    expect(app.dialogs.clipboard).toEqual([issueMarkdown(item, meeting)]);
    expect(app.errors).toEqual([]);
  });
});
