import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import type { BenchApp } from './benchApp';
import type { ProbePlan, ProbeResult } from './paintProbe';

interface ProbeWindow {
  __benchProbe: {
    arm(plan: ProbePlan): void;
    pending: Promise<ProbeResult>;
    scrollFrames(selector: string, step: number, frames: number): Promise<number[]>;
  };
}

/** Arms the paint probe, presses (what `press` does), and returns the page-measured timings. */
export async function probe(page: Page, plan: ProbePlan, press: () => Promise<void>): Promise<ProbeResult> {
  await page.evaluate((armed) => (window as unknown as ProbeWindow).__benchProbe.arm(armed), plan);
  await press();
  return page.evaluate(() => (window as unknown as ProbeWindow).__benchProbe.pending);
}

export function scrollFrames(page: Page, selector: string, step: number, frames: number): Promise<number[]> {
  return page.evaluate(
    ([box, by, count]) => (window as unknown as ProbeWindow).__benchProbe.scrollFrames(box, by, count),
    [selector, step, frames] as const,
  );
}

/**
 * Waits until the page is idle: ten frames in a row on time, so work an earlier keypress left
 * behind (a reload after a write, a measuring pass) is not billed to the next figure.
 */
export function settle(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let calm = 0;
        let last = performance.now();
        const started = last;
        const frame = (now: number) => {
          calm = now - last < 25 ? calm + 1 : 0;
          last = now;
          if (calm >= 10 || now - started > 15_000) resolve();
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );
}

/**
 * How long after the last character typed a person's Enter comes: the interval between a fast
 * typist's keys (120 words a minute is 10 characters a second, 100 ms apart; slower typing only
 * lengthens it).
 */
export const TYPING_PAUSE_MS = 100;

/**
 * Where a keypress lands, after the page is idle (`settle`), so no figure bills a keypress for
 * the work of the fill before it.
 * - `typed`: as a person's Enter, a typing pause (`TYPING_PAUSE_MS`) after the page painted the
 *   last change, no frame asked for meanwhile, then `intoRefresh` ms more: the presses spread it
 *   from 0 to figures.ts's `REFRESH_MS`, as a person's keys land anywhere in the refresh interval.
 *   Chromium's frame clock has stopped by then (it stops some 40 ms after the last frame asked
 *   for, measured), and the key that wakes it gets a frame at once, one that is due at the next
 *   refresh.
 * - `framesRunning`: about 4 ms after `settle`'s last frame callback, its frame clock still
 *   running because the bench asked for every frame until then: the key waits for the next
 *   refresh, some 12.5 ms away, and every press lands at that same point. No person's typing
 *   makes this, but it is the point with the least time left for the keypress's work.
 */
export type PressPoint = { typed: number } | 'framesRunning';

export async function waitForPress(page: Page, point: PressPoint): Promise<void> {
  await settle(page);
  if (point === 'framesRunning') return;
  await page.evaluate(
    (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    TYPING_PAUSE_MS + point.typed,
  );
}

/** Back at the library in a fresh page, then the meeting's row focused, ready for Enter. */
export async function focusMeetingRow(app: BenchApp, title: string): Promise<void> {
  await app.reload();
  const row = app.page.getByRole('button', { name: title, exact: true });
  await row.focus();
  await settle(app.page);
}

/** Opens the meeting on a tab (`timeline`, `actions`, …) and waits until it is idle. */
export async function openOn(app: BenchApp, title: string, tab: string, ready: string): Promise<void> {
  await focusMeetingRow(app, title);
  await app.page.keyboard.press('Enter');
  await app.page.locator(`#meeting-tab-${tab}`).click();
  await app.page.locator(ready).first().waitFor({ timeout: 60_000 });
  await settle(app.page);
}

/**
 * Whether a row is committed: read through a second connection to the SQLite file, which sees
 * only what a transaction committed, never the core's uncommitted state.
 */
export function committedCount(dbPath: string, sql: string, parameter: string): number {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare(sql).pluck().get(parameter) as number) ?? 0;
  } finally {
    db.close();
  }
}
