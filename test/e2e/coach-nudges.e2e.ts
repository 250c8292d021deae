import { afterEach, describe, expect, it } from 'vitest';
import { projectorHash } from '../../shared/projectorRoute';
import type { CoachState } from '../../shared/domain/coach/reflectionAspects';
import type { Meeting } from '../../shared/types';
import { openConsole } from './harness/console';
import { screenshot } from './harness/screenshots';
import { startApp, type AppUnderTest } from './harness/startApp';

let app: AppUnderTest | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const BLAME = 'Dave forgot to check which host he was on, which was human error';

describe('the blameless coach in Chromium', () => {
  it('nudges a blaming question note and event on the console, never on the projector, and forgets a dismissed one', async () => {
    app = await startApp();
    const created = await app.core.call('meetings.create', { title: 'Checkout outage', autoStartNextStep: false });
    if (!created.ok) throw new Error(created.error.message);
    const meeting = created.value as Meeting;
    await app.core.call('participants.add', { meetingId: meeting.id, name: 'Dave Morgan', role: 'responder' });
    const page = await app.openWindow();

    await openConsole(page, 'Checkout outage');
    await page.keyboard.press('Digit5');
    await page.getByRole('heading', { level: 2, name: 'Detect earlier' }).waitFor();
    await page.getByLabel('Add note').fill(BLAME);
    await page.keyboard.press('Enter');
    const hint = page.getByRole('list', { name: 'Blameless wording' });
    await hint.waitFor();
    expect(await hint.getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringContaining('A person as the cause.'),
      expect.stringContaining('Hindsight.'),
      expect.stringContaining('“Human error” as a conclusion.'),
    ]);
    await page.locator('.step-workspace').evaluate((element) => element.scrollIntoView());
    await screenshot(page, 'coach-question-note');

    const projector = await app.openWindow(projectorHash(meeting.id));
    await projector.getByText(BLAME).waitFor();
    expect(await projector.locator('.coach-hint, .coach-mark').count()).toBe(0);
    expect(await projector.getByText('This is fine here').count()).toBe(0);

    await page.getByRole('button', { name: 'This is fine here: “forgot to”' }).click();
    await page.getByText('Marked fine here: “forgot to”.').waitFor();
    expect(await hint.getByRole('listitem').count()).toBe(2);
    const coach = await app.core.call('coach.get', { meetingId: meeting.id });
    expect(coach.ok && (coach.value as CoachState).dismissed).toEqual([
      expect.stringContaining(':text:counterfactual:forgot to'),
    ]);

    // An event typed in the log is underlined where it blames.
    await page.getByRole('button', { name: /Back to meetings/ }).click();
    await openConsole(page, 'Checkout outage');
    await page.keyboard.press('Digit2');
    await page.getByRole('heading', { level: 2, name: 'Event log' }).waitFor();
    const capture = page.getByRole('form', { name: 'Add an event' });
    await capture.getByLabel('Time', { exact: true }).fill('09:40');
    await capture.getByLabel('What happened').fill('The operator error took the primary down');
    await capture.getByLabel('What happened').press('Enter');
    await page.locator('.coach-mark', { hasText: 'operator error' }).waitFor();
    await page.locator('.coach-mark').first().evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'coach-event-log');
    expect(app.errors).toEqual([]);
  });
});
