import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ActionItem, Meeting } from '../../shared/types';
import { dueIn } from '../helpers/factories';
import { value } from '../helpers/testCore';
import { startApp, type AppUnderTest } from './harness/startApp';
import { screenshot } from './harness/screenshots';
import { focusConsole, openConsole } from './harness/console';
import { overflowOf } from './harness/projector';

/** How far the projector may trail the console (see run-agenda-with-timeboxes.e2e.ts). */
const PROJECTOR_LAG_MS = 2_000;

let app: AppUnderTest | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** 2026-03-05 at `time` UTC; the meeting's zone, Europe/Berlin, is an hour ahead. */
const utc = (time: string) => Date.parse(`2026-03-05T${time}Z`);

// A checkout outage as the incident owner pre-filled it: long enough that no screen shows it all.
const PREFILLED: [string, string, string, string][] = [
  ['08:40:00', 'other', 'Payment SDK 4.2 rolled out to checkout-api', 'Deploy pipeline'],
  ['09:12:40', 'first-signal', 'p95 checkout latency rises above 2 s', 'Grafana'],
  ...Array.from({ length: 18 }, (_, index): [string, string, string, string] => [
    `09:${String(14 + index * 2).padStart(2, '0')}:00`,
    index % 3 === 0 ? 'communication' : 'diagnosis',
    `Checked checkout-api shard ${index + 1}: connection pool at ${80 + index} %`,
    'On-call SRE',
  ]),
  ['10:03:00', 'detection', 'Payments on-call acknowledges the page', 'Payments on-call'],
];

const ITEMS = [
  'Cap the payment SDK connection pool at 200 per pod',
  'Alert when p95 checkout latency exceeds 2 s for 5 minutes',
  'Canary stage for checkout-api deploys',
  'Load test the SDK upgrade path before rollout',
  'Runbook: how to roll back the payment SDK',
  'Dashboard of pool saturation per shard',
  'Status page update within 15 minutes of SEV-1',
  'Synthetic checkout every minute from three regions',
  'Improve monitoring',
  'Pin SDK versions in the lockfile review',
  'Retire the legacy payment retry queue',
  'Chaos drill: exhaust the pool in staging',
];

/** A success measure as long as a real one, which the projector cut with "…" (issue 12 item 11). */
const LONG_MEASURE =
  'No pool exhaustion in the monthly drill, and a p95 checkout latency under 800 ms for 30 days after the change ships';

async function seed() {
  const core = app!.core;
  const meeting = await value<Meeting>(core, 'meetings.create', {
    title: 'Checkout outage',
    timeZone: 'Europe/Berlin',
    startedAt: utc('09:12:40'),
    resolvedAt: utc('11:05:00'),
  });
  const meetingId = meeting.id;
  for (const [time, kind, description, actor] of PREFILLED) {
    await value(core, 'timeline.add', { meetingId, at: utc(time), kind, description, actor });
  }
  const items: ActionItem[] = [];
  for (const [index, title] of ITEMS.entries()) {
    items.push(
      await value<ActionItem>(core, 'actionItems.add', {
        meetingId,
        title,
        type: 'corrective',
        owner: index === 8 ? '' : 'Payments team',
        // Due ahead of the day the test runs: these are the ready items, and a passed date is a gap.
        dueDate: index === 8 ? null : dueIn(30),
        successMeasure:
          index === 8 ? '' : index === 1 ? LONG_MEASURE : 'No pool exhaustion in the monthly drill',
      }),
    );
  }
  return { meetingId, items };
}

/** Takes the keyboard off any field, so the console's single-key shortcuts apply. */
async function goToStep(page: Page, projector: Page, digit: number, title: string) {
  await focusConsole(page);
  await page.keyboard.press(`Digit${digit}`);
  await page.locator('#live-step-title').filter({ hasText: title }).waitFor();
  await projector.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: PROJECTOR_LAG_MS });
}

describe('the projector shows the live content of each step in Chromium', () => {
  it('follows the console through the event log, a question and the action review', async () => {
    app = await startApp();
    const { meetingId, items } = await seed();
    const page = await app.openWindow();
    await openConsole(page, 'Checkout outage');
    await page.keyboard.press('p');
    await expect.poll(() => app!.projectors.length, { timeout: 10_000 }).toBe(1);
    const projector = app.projectors[0]!;
    await projector.setViewportSize({ width: 1920, height: 1080 });

    // Event log: the facts typed on the console appear at the bottom, the oldest are counted.
    await goToStep(page, projector, 2, 'Event log');
    // The strip is in step with the console: no mitigation yet, so no "Mitigating" phase.
    const strip = projector.getByRole('group', { name: 'Incident phases and key events' });
    await strip.getByText('Detected').waitFor({ timeout: PROJECTOR_LAG_MS });
    expect(await strip.getByText('Mitigating').count()).toBe(0);
    const capture = page.getByRole('form', { name: 'Add an event' });
    for (const [time, kind, text] of [
      ['11:21', 'mitigation-attempt', 'Restarted the checkout-api pods'],
      ['11:48', 'mitigation', 'Rolled the payment SDK back to 4.1'],
      ['12:30', 'communication', 'Status page: all clear'],
    ]) {
      await capture.getByLabel('Time', { exact: true }).fill(time!);
      await capture.getByLabel('Kind').selectOption(kind!);
      if (kind === 'mitigation-attempt') await capture.getByLabel('Outcome').selectOption('no-effect');
      await capture.getByLabel('What happened').fill(text!);
      await capture.getByLabel('What happened').press('Enter');
      await projector.getByText(text!).waitFor({ timeout: PROJECTOR_LAG_MS });
    }
    await strip.getByText('11:48 Mitigation').waitFor({ timeout: PROJECTOR_LAG_MS });
    expect(await strip.getByText('Mitigating').count()).toBe(1);
    const events = projector.getByRole('region', { name: /^Events/ });
    const shown = await events.getByRole('listitem').allInnerTexts();
    // Typed in the meeting's zone and shown in it; the last one came after the resolution.
    expect(shown.at(-1)).toMatch(/12:30:00[\s\S]*After resolution/);
    expect(shown.at(-3)).toMatch(/11:21:00[\s\S]*Mitigation attempt[\s\S]*No effect/);
    const earlier = Number(/\+ (\d+) earlier events/.exec(await events.innerText())?.[1]);
    expect(earlier + shown.length).toBe(PREFILLED.length + 3);
    expect(earlier).toBeGreaterThan(0);
    await screenshot(projector, 'projector-event-log');
    expect(await overflowOf(projector)).toEqual({ scrolls: false, cut: [] });
    expect(await projector.getByText(/1 mitigation attempt had no effect/).count()).toBe(1);

    // A question: the notes typed on the console, the answer, and the items filed under it.
    await goToStep(page, projector, 5, 'Detect earlier');
    for (const note of [
      'The latency alert waited for 15 minutes of data',
      'Nobody watched pool saturation',
    ]) {
      await page.getByLabel('Add note').fill(note);
      await page.getByLabel('Add note').press('Enter');
      await projector.getByText(note).waitFor({ timeout: PROJECTOR_LAG_MS });
    }
    await page.getByLabel('Short answer').fill('Alert on pool saturation, not only on latency');
    // A click, not check(): the box shows the saved state, which comes back a moment later.
    await page.getByLabel('Answered', { exact: true }).click();
    await value(app.core, 'actionItems.add', {
      meetingId,
      title: 'Page on pool saturation above 90 % for 2 minutes',
      type: 'detective',
      question: 'detect',
      owner: 'SRE team',
      dueDate: '2026-03-27',
    });
    await projector.getByText('Page on pool saturation above 90 % for 2 minutes').waitFor();
    await projector.getByText('Alert on pool saturation, not only on latency').waitFor();
    await projector.getByText(/^✓ Answered$/).waitFor();
    const filed = projector.getByRole('region', { name: 'Action items' });
    expect(await filed.innerText()).toContain('Owner: SRE team · Due 2026-03-27');
    await screenshot(projector, 'projector-question');
    expect(await overflowOf(projector)).toEqual({ scrolls: false, cut: [] });

    // Action review: the projector follows the item under review down the ranked list. The
    // console's page asks for it through its bridge, as the console's review controls do.
    await goToStep(page, projector, 7, 'Action review');
    const review = (itemId: string) =>
      page.evaluate(
        (input) =>
          (
            window as unknown as {
              hindsight: Record<string, (input: unknown) => Promise<{ ok: boolean }>>;
            }
          ).hindsight['meetings.reviewItem']!(input),
        { meetingId, itemId },
      );
    const underReview = projector.locator('[aria-current="true"]');
    expect((await review(items[8]!.id)).ok).toBe(true);
    await underReview.filter({ hasText: 'Improve monitoring' }).waitFor({ timeout: PROJECTOR_LAG_MS });
    expect(await underReview.innerText()).toMatch(
      /No owner\.[\s\S]*No due date\.[\s\S]*No success measure\./,
    );
    expect(await underReview.isVisible()).toBe(true);
    expect(await projector.getByText(/\+ \d+ above/).count()).toBe(1);
    await screenshot(projector, 'projector-action-review');
    expect(await overflowOf(projector)).toEqual({ scrolls: false, cut: [] });

    expect((await review(items[1]!.id)).ok).toBe(true);
    await underReview
      .filter({ hasText: 'Alert when p95 checkout latency exceeds 2 s for 5 minutes' })
      .waitFor({ timeout: PROJECTOR_LAG_MS });
    expect(await underReview.innerText()).toContain('No pool exhaustion in the monthly drill');
    expect(await underReview.innerText()).toContain('Specific, owned, dated and measurable');
    await screenshot(projector, 'projector-action-review-long-measure');
    expect(await overflowOf(projector)).toEqual({ scrolls: false, cut: [] });

    // A smaller room screen shows less, and still cuts nothing off.
    await projector.setViewportSize({ width: 1280, height: 720 });
    await expect.poll(() => overflowOf(projector)).toEqual({ scrolls: false, cut: [] });
    await screenshot(projector, 'projector-action-review-720');
    expect(await underReview.isVisible()).toBe(true);
    expect(app.errors).toEqual([]);
  });
});
