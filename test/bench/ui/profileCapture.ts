import type { CDPSession, Page } from 'playwright-core';
import { test } from 'vitest';
import { BARE_BOX, BARE_PAGE, barePainted } from './barePage';
import { startBenchApp, type BenchApp } from './benchApp';
import { openOn, probe, settle } from './drive';
import type { Condition, ProbeResult } from './paintProbe';
import { Attribution, traced } from './profileTrace';
import { seedMeeting } from '../../helpers/seedMeeting';

// Where the main thread's time goes between a capture's keydown and its paint (issue #16), in
// real Chromium over the real core, as the UI bench runs it. By hand, one capture at a time:
//
//   PROFILE_WHAT=event PROFILE_SIZE=50000 npx vitest run --config test/bench/ui/profile.config.ts
//
// PROFILE_WHAT is `event` (the event log's capture row), `item` (the quick-add) or `bare` (the
// bench's control page, no app: what the browser's own frame looks like); PROFILE_ROUNDS
// how many keypresses (10; the first is dropped: cold code); PROFILE_SAVED=1 profiles on to the
// frame in which "Saving…" is gone; PROFILE_CSS adds a style sheet, to try a CSS change without
// a build. The renderer is built unminified, so the CPU profile names the app's functions; run
// `npm run build` afterwards for the e2e tests. HINDSIGHT_CHROMIUM may point at a script that
// starts Chromium with `--js-flags=--no-turbo-inlining`, which keeps callees apart in the profile.

const WHAT = (['item', 'bare'] as const).find((what) => what === process.env.PROFILE_WHAT) ?? 'event';
const SIZE = Number(process.env.PROFILE_SIZE ?? 1_000);
const ROUNDS = Number(process.env.PROFILE_ROUNDS ?? 10);
const QUICK_ADD = 'form[aria-label="Add an action item"] input';
const CAPTURE_TIME = 'form[aria-label="Add an event"] input';

/** Extra CSS as a constructed sheet (the page's CSP refuses inline style elements). */
function addStyle(page: Page, css: string) {
  return page.evaluate((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, css);
}

/** Types the capture of round `count` into `page` and returns what shows it painted. */
async function typeCapture(page: Page, count: number): Promise<Condition[]> {
  if (WHAT === 'bare') {
    await page.locator(BARE_BOX).fill(`Line ${count}`);
    return barePainted(count);
  }
  if (WHAT === 'item') {
    await page.locator(QUICK_ADD).fill(`Profiled item ${count}`);
    return [
      { selector: '#action-items-title', text: `${count} in priority order` },
      { selector: QUICK_ADD, value: '' },
    ];
  }
  const capture = page.getByRole('form', { name: 'Add an event' });
  await capture
    .getByLabel('Time', { exact: true })
    .fill(`2026-03-05 07:${String(count % 60).padStart(2, '0')}:00`);
  await capture.getByLabel('What happened').fill(`Profiled fact ${count}`);
  await capture.getByLabel('What happened').focus();
  return [
    { selector: '.event-log__count', text: `${count.toLocaleString('en-US')} events` },
    { selector: CAPTURE_TIME, value: '' },
  ];
}

/** The page to profile, ready for the first round's Enter, and a CDP session of its own. */
async function profiledPage(app: BenchApp, title: string): Promise<{ page: Page; cdp: CDPSession }> {
  if (WHAT === 'bare') {
    const page = await app.openBarePage(BARE_PAGE);
    return { page, cdp: await page.context().newCDPSession(page) };
  }
  await seedMeeting(app.core, title, WHAT === 'event' ? SIZE : 0, WHAT === 'item' ? SIZE : 0);
  await openOn(
    app,
    title,
    WHAT === 'event' ? 'timeline' : 'actions',
    WHAT === 'event' ? CAPTURE_TIME : QUICK_ADD,
  );
  return { page: app.page, cdp: app.cdp };
}

test(`profile a capture keypress (${WHAT}, ${SIZE})`, { timeout: 600_000 }, async () => {
  const { buildRenderer } = (await import('../../../electron/build/rendererBuild.mjs' as string)) as {
    buildRenderer(root: string, overrides: object): Promise<void>;
  };
  await buildRenderer(process.cwd(), { build: { minify: false } });
  const app = await startBenchApp();
  const title = `${SIZE} ${WHAT}s`;
  const attribution = new Attribution();
  try {
    const { page, cdp } = await profiledPage(app, title);
    if (process.env.PROFILE_CSS) await addStyle(page, process.env.PROFILE_CSS);
    for (let round = 1; round <= ROUNDS; round++) {
      // The bare page counts its own lines from one; a meeting counts on from its seeded size.
      const shown = await typeCapture(page, WHAT === 'bare' ? round : SIZE + round);
      await settle(page);
      const saved =
        process.env.PROFILE_SAVED && WHAT !== 'bare'
          ? { andThen: [...shown, { selector: '.saving-mark', absent: true }] }
          : {};
      const run = await traced<ProbeResult>(cdp, () =>
        probe(page, { until: shown, ...saved }, () => page.keyboard.press('Enter')),
      );
      const spanMs = (run.result.andThenAt ?? run.result.paintedAt) - run.result.keyAt;
      const tasks = attribution.add(run, spanMs);
      console.log(`Round ${round}: ${spanMs.toFixed(1)} ms from keydown to painted\n${tasks}`);
      if (round === 1) attribution.reset();
      await settle(page);
    }
    console.log(attribution.means());
  } finally {
    await app.close();
  }
});
