import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readTimer } from '../../shared/domain/agenda/timer';
import type { Meeting } from '../../shared/types';
import { DEFAULT_AGENDA } from '../../shared/domain/agenda/defaults';
import { startApp, type AppUnderTest } from './harness/startApp';
import { screenshot } from './harness/screenshots';
import { openConsole } from './harness/console';
import { records } from './harness/records';

/**
 * How far the projector may trail the console. It follows within a fraction of a second; the
 * margin is for a loaded two-core CI machine, where a one-second deadline would flake.
 */
const PROJECTOR_LAG_MS = 2_000;

let app: AppUnderTest | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Seconds left on the screen's timer ("2:41" → 161). */
async function shownRemaining(page: Page): Promise<number> {
  const text = (await page.locator('.step-timer__clock').first().textContent()) ?? '';
  const [minutes, seconds] = text.split(':').map(Number);
  return minutes! * 60 + seconds!;
}

/** What the stored timer says is left right now. */
async function storedRemaining(meetingId: string): Promise<number> {
  const { meeting, agenda } = await records(app!, meetingId);
  const step = agenda.find((candidate) => candidate.id === meeting.currentStepId)!;
  return readTimer(step, Date.now()).remainingSeconds;
}

describe('running the agenda with timeboxes in Chromium', () => {
  it('walks all eight steps, keeps the time across a reload, and the projector follows', async () => {
    app = await startApp();
    const result = await app.core.call('meetings.create', {
      title: 'Checkout outage',
      incidentId: 'INC-2041',
    });
    if (!result.ok) throw new Error(result.error.message);
    const meeting = result.value as Meeting;
    const page = await app.openWindow();
    await openConsole(page, 'Checkout outage');
    await page.getByRole('heading', { name: 'Ready to start' }).waitFor();

    // The projector opens through the contract, as the console's "Projector" button does.
    await page.keyboard.press('p');
    await expect.poll(() => app!.projectors.length, { timeout: 10_000 }).toBe(1);
    const projector = app.projectors[0]!;
    await projector.getByRole('heading', { name: 'Checkout outage' }).waitFor();

    await page.keyboard.press('Space');
    await page.getByRole('heading', { level: 2, name: 'Opening' }).waitFor();
    await projector.getByRole('heading', { name: 'Opening' }).waitFor({ timeout: PROJECTOR_LAG_MS });
    await screenshot(projector, 'projector');

    for (const step of DEFAULT_AGENDA.slice(1)) {
      await page.keyboard.press('ArrowRight');
      // By id: a step's workspace may hold headings of its own (the numbers, the parking lot).
      await page.locator('#live-step-title').filter({ hasText: step.title }).waitFor();
      // The projector reloads on meetingChanged, well within PROJECTOR_LAG_MS of the console.
      await projector.getByRole('heading', { name: step.title }).waitFor({ timeout: PROJECTOR_LAG_MS });
      if (step.kind === 'detect') await screenshot(page, 'console');
    }
    const walked = await records(app!, meeting.id);
    expect(walked.agenda.map((step) => step.completed)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
    expect(walked.meeting.currentStepId).toBe(walked.agenda.at(-1)!.id);
    expect(await page.getByRole('button', { name: /Next step/ }).isDisabled()).toBe(true);

    // Mid-step reload: the remaining time comes from SQLite and the clock, not from the page.
    await page.keyboard.press('Digit3');
    await page.getByRole('heading', { level: 2, name: 'Impact' }).waitFor();
    await page.waitForTimeout(2_200);
    expect(Math.abs((await shownRemaining(page)) - (await storedRemaining(meeting.id)))).toBeLessThanOrEqual(
      1,
    );
    await page.reload();
    await openConsole(page, 'Checkout outage');
    await page.getByRole('heading', { level: 2, name: 'Impact' }).waitFor();
    const afterReload = await shownRemaining(page);
    expect(afterReload).toBeLessThan(5 * 60 - 1);
    expect(Math.abs(afterReload - (await storedRemaining(meeting.id)))).toBeLessThanOrEqual(1);
    expect(Math.abs(afterReload - (await shownRemaining(projector)))).toBeLessThanOrEqual(1);

    await page.keyboard.press('e');
    await projector
      .getByRole('alert')
      .filter({ hasText: 'Enough, let’s move on' })
      .waitFor({ timeout: PROJECTOR_LAG_MS });
    expect(app.errors).toEqual([]);
  });

  it('turns amber in the last minute, then red and counting up past zero with a pulse', async () => {
    app = await startApp();
    const created = await app.core.call('meetings.create', { title: 'Short opening' });
    if (!created.ok) throw new Error(created.error.message);
    const meeting = created.value as Meeting;
    const { agenda } = await records(app!, meeting.id);
    // A three-second timebox, so the whole countdown fits in a test.
    await app.core.call('agenda.update', { id: agenda[0]!.id, patch: { plannedSeconds: 3 } });
    const page = await app.openWindow();
    await openConsole(page, 'Short opening');
    await page.keyboard.press('Space');
    const timer = page.getByRole('timer');
    await expect.poll(() => timer.getAttribute('class')).toContain('step-timer--last-minute');
    expect(await timer.textContent()).toMatch(/Last minute/);
    await expect.poll(() => timer.textContent(), { timeout: 6_000 }).toMatch(/^\+0:0[1-9]Over time$/);
    expect(await timer.getAttribute('class')).toContain('step-timer--overtime');
    expect(await page.locator('.live--time-up').count()).toBe(1);
    const color = await page
      .locator('.step-timer__clock')
      .evaluate((element) => getComputedStyle(element).color);
    expect(color).toBe('rgb(164, 22, 26)');
    expect(app.errors).toEqual([]);
  });
});
