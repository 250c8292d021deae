import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Meeting } from '../../shared/types';
import { STATUS_NOTICE_MS } from '../../renderer/features/notices/noticesSlice';
import { value } from '../helpers/testCore';
import { focusConsole, openConsole } from './harness/console';
import { screenshot } from './harness/screenshots';
import { startApp, type AppUnderTest } from './harness/startApp';

/** The most the dock of three notices may take from an 800 px high console. */
const DOCK_MAX_PX = 120;

let app: AppUnderTest | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Parks a remark from the keyboard, as a facilitator does mid-step: a plain "Parked …" notice. */
async function parkRemark(page: Page, text: string) {
  await focusConsole(page);
  await page.keyboard.press('Control+Shift+P');
  const box = page.getByRole('textbox', { name: /^Parked with the step/ });
  await box.fill(text);
  await box.press('Enter');
  await page.getByRole('dialog', { name: 'Park a remark' }).waitFor({ state: 'detached' });
}

/**
 * Whether any notice's box overlaps the cockpit's timer, step title, prompt or controls, and
 * whether each control button is what the window hits at its centre (nothing drawn over it).
 */
function coveredCockpit(page: Page) {
  return page.evaluate(() => {
    const notices = [...document.querySelectorAll('.notice')].map((notice) => notice.getBoundingClientRect());
    const cockpit = ['.live-main .step-timer', '#live-step-title', '.live-main .live-controls'].map(
      (selector) => document.querySelector(selector)!.getBoundingClientRect(),
    );
    const overlaps = notices.some((a) =>
      cockpit.some((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom),
    );
    const hidden = [...document.querySelectorAll<HTMLElement>('.live-main .live-controls button')]
      .filter((button) => {
        const box = button.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return !hit || !button.contains(hit);
      })
      .map((button) => button.textContent);
    const dock = document.querySelector('.notices')!.getBoundingClientRect();
    return { noticesShown: notices.length, overlaps, hidden, dockHeight: dock.height };
  });
}

/**
 * The app with a meeting of `opinions` events typed as facts, walked to its Event log step, its
 * console open at 1280 × 800: where a facilitator parks them.
 */
async function consoleOnTheEventLog(opinions: number): Promise<{ started: AppUnderTest; page: Page }> {
  const started = (app = await startApp());
  const meeting = await value<Meeting>(started.core, 'meetings.create', {
    title: 'Database outage',
    timeZone: 'UTC',
  });
  for (let minute = 0; minute < opinions; minute += 1) {
    await value(started.core, 'timeline.add', {
      meetingId: meeting.id,
      at: Date.UTC(2017, 0, 31, 23, minute),
      description: `Opinion ${minute + 1}: the replica should never have been wiped`,
    });
  }
  await value(started.core, 'agenda.next', { meetingId: meeting.id });
  await value(started.core, 'agenda.next', { meetingId: meeting.id });
  const page = await started.openWindow();
  await page.setViewportSize({ width: 1280, height: 800 });
  await openConsole(page, 'Database outage');
  await page.locator('#live-step-title').filter({ hasText: 'Event log' }).waitFor();
  return { started, page };
}

describe('notices on the live console in Chromium (issue 12 item 3)', () => {
  it('dock below the screen without covering the timer or controls, and the plain ones go by themselves', async () => {
    const { started, page } = await consoleOnTheEventLog(2);

    // Three parked remarks and two parked events (each with Undo), as in the meeting the issue tells of.
    for (const remark of ['Pager rota', 'Backup budget', 'Staging access']) await parkRemark(page, remark);
    for (const time of ['23:00:00', '23:01:00']) {
      await page.getByRole('button', { name: `Park the ${time} event in the parking lot` }).click();
      await page.getByText(new RegExp(`^Parked the ${time} event`)).waitFor();
    }

    const crowded = await coveredCockpit(page);
    expect(crowded.noticesShown).toBe(3);
    expect(crowded).toMatchObject({ overlaps: false, hidden: [] });
    // One low row at 1280 px: the dock's room comes out of the step's work (before: two rows, 280 px).
    expect(crowded.dockHeight).toBeLessThanOrEqual(DOCK_MAX_PX);
    await screenshot(page, 'console-notices');

    // The plain "Parked …" notice leaves by itself; those with Undo wait for the facilitator.
    await page
      .getByText('Parked “Staging access”.')
      .waitFor({ state: 'detached', timeout: STATUS_NOTICE_MS + 4_000 });
    expect(await page.locator('.notice').allInnerTexts()).toEqual([
      expect.stringMatching(/^Parked the 23:00:00 event/),
      expect.stringMatching(/^Parked the 23:01:00 event/),
    ]);
    expect(await coveredCockpit(page)).toMatchObject({ overlaps: false, hidden: [] });
    expect(started.errors).toEqual([]);
  });

  it('keeps an error however many notices follow it, the dock within its share of the window', async () => {
    const { started, page } = await consoleOnTheEventLog(3);

    // What a read-only file does to every write; the tests run as root, so chmod would not.
    started.core.session.store().db.pragma('query_only = ON');
    await focusConsole(page);
    await page.keyboard.press('Control+Shift+P');
    await page.getByRole('textbox', { name: /^Parked with the step/ }).fill('Pager rota');
    await page.keyboard.press('Enter');
    const refusal = page.locator('.notice--error');
    await refusal.filter({ hasText: /read-only: nothing was saved/ }).waitFor();
    // The box came back with the remark in it; the facilitator lets it go.
    await expect
      .poll(() => page.getByRole('textbox', { name: /^Parked with the step/ }).inputValue())
      .toBe('Pager rota');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Park a remark' }).waitFor({ state: 'detached' });
    started.core.session.store().db.pragma('query_only = OFF');
    // Three notices with Undo after it: before, the third pushed the error out.
    for (const time of ['23:00:00', '23:01:00', '23:02:00']) {
      await page.getByRole('button', { name: `Park the ${time} event in the parking lot` }).click();
      await page.getByText(new RegExp(`^Parked the ${time} event`)).waitFor();
    }
    expect(await refusal.count()).toBe(1);
    const crowded = await coveredCockpit(page);
    expect(crowded).toMatchObject({ noticesShown: 4, overlaps: false, hidden: [] });
    expect(crowded.dockHeight).toBeLessThanOrEqual(800 * 0.4);
    await screenshot(page, 'console-notices-error-kept');
    expect(started.errors).toEqual([]);
  });
});
