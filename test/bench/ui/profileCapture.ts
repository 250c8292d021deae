import { test } from 'vitest';
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
// PROFILE_WHAT is `event` (the event log's capture row) or `item` (the quick-add); PROFILE_ROUNDS
// how many keypresses (10; the first is dropped: cold code); PROFILE_SAVED=1 profiles on to the
// frame in which "Saving…" is gone; PROFILE_CSS adds a style sheet, to try a CSS change without
// a build. The renderer is built unminified, so the CPU profile names the app's functions; run
// `npm run build` afterwards for the e2e tests. HINDSIGHT_CHROMIUM may point at a script that
// starts Chromium with `--js-flags=--no-turbo-inlining`, which keeps callees apart in the profile.

const WHAT = process.env.PROFILE_WHAT === 'item' ? 'item' : 'event';
const SIZE = Number(process.env.PROFILE_SIZE ?? 1_000);
const ROUNDS = Number(process.env.PROFILE_ROUNDS ?? 10);
const QUICK_ADD = 'form[aria-label="Add an action item"] input';
const CAPTURE_TIME = 'form[aria-label="Add an event"] input';

/** Extra CSS as a constructed sheet (the page's CSP refuses inline style elements). */
function addStyle(app: BenchApp, css: string) {
  return app.page.evaluate((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, css);
}

/** Types the capture of round `count` and returns what shows it painted. */
async function typeCapture(app: BenchApp, count: number): Promise<{ shown: Condition; box: string }> {
  if (WHAT === 'item') {
    await app.page.locator(QUICK_ADD).fill(`Profiled item ${count}`);
    return { shown: { selector: '#action-items-title', text: `${count} in priority order` }, box: QUICK_ADD };
  }
  const capture = app.page.getByRole('form', { name: 'Add an event' });
  await capture
    .getByLabel('Time', { exact: true })
    .fill(`2026-03-05 07:${String(count % 60).padStart(2, '0')}:00`);
  await capture.getByLabel('What happened').fill(`Profiled fact ${count}`);
  await capture.getByLabel('What happened').focus();
  return {
    shown: { selector: '.event-log__count', text: `${count.toLocaleString('en-US')} events` },
    box: CAPTURE_TIME,
  };
}

test(`profile a capture keypress (${WHAT}, ${SIZE})`, { timeout: 600_000 }, async () => {
  const { buildRenderer } = (await import('../../../electron/build/rendererBuild.mjs' as string)) as {
    buildRenderer(root: string, overrides: object): Promise<void>;
  };
  await buildRenderer(process.cwd(), { build: { minify: false } });
  const app = await startBenchApp();
  const title = `${SIZE} ${WHAT}s`;
  await seedMeeting(app.core, title, WHAT === 'event' ? SIZE : 0, WHAT === 'item' ? SIZE : 0);
  const attribution = new Attribution();
  try {
    await openOn(
      app,
      title,
      WHAT === 'event' ? 'timeline' : 'actions',
      WHAT === 'event' ? CAPTURE_TIME : QUICK_ADD,
    );
    if (process.env.PROFILE_CSS) await addStyle(app, process.env.PROFILE_CSS);
    for (let round = 1; round <= ROUNDS; round++) {
      const { shown, box } = await typeCapture(app, SIZE + round);
      await settle(app.page);
      const saved = process.env.PROFILE_SAVED
        ? { andThen: [shown, { selector: '.saving-mark', absent: true }] }
        : {};
      const run = await traced<ProbeResult>(app.cdp, () =>
        probe(app.page, { until: [shown, { selector: box, value: '' }], ...saved }, () =>
          app.page.keyboard.press('Enter'),
        ),
      );
      const spanMs = (run.result.andThenAt ?? run.result.paintedAt) - run.result.keyAt;
      const tasks = attribution.add(run, spanMs);
      console.log(`Round ${round}: ${spanMs.toFixed(1)} ms from keydown to painted\n${tasks}`);
      if (round === 1) attribution.reset();
      await settle(app.page);
    }
    console.log(attribution.means());
  } finally {
    await app.close();
  }
});
