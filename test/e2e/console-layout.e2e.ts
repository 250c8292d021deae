import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_AGENDA } from '../../shared/domain/agenda/defaults';
import type { Meeting } from '../../shared/types';
import { value } from '../helpers/testCore';
import { openConsole } from './harness/console';
import { screenshot } from './harness/screenshots';
import { startApp, type AppUnderTest } from './harness/startApp';

let app: AppUnderTest | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** The sizes the issue names: a laptop console and the usual external monitor. */
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
] as const;
/** At least this much of the step's work shows under the cockpit without scrolling. */
const WORK_VISIBLE_PX = 150;

/** Forty facts a minute apart: a log long enough that a jump to its last row would take the cockpit off screen. */
async function logFacts(meetingId: string) {
  for (let minute = 0; minute < 40; minute++) {
    await value(app!.core, 'timeline.add', {
      meetingId,
      at: Date.UTC(2017, 0, 31, 18, minute),
      description: `Fact ${minute}: replication lag rose on the secondary while the primary kept writing`,
    });
  }
}

/** Where the cockpit's parts and the step's work are in the window, and how far the screen scrolled. */
function layout(page: Page) {
  return page.evaluate(() => {
    const box = (selector: string) => {
      const rect = document.querySelector(selector)?.getBoundingClientRect();
      return rect ? { top: rect.top, bottom: rect.bottom, width: rect.width } : null;
    };
    const scroller = document.querySelector('.app-scroll')!;
    return {
      scrollTop: scroller.scrollTop,
      scrollWidth: scroller.scrollWidth,
      title: box('#live-step-title'),
      timer: box('.live-main .step-timer'),
      controls: box('.live-main .live-controls'),
      work: box('.step-workspace'),
      whatHappened: box('.event-table thead th:nth-child(3)'),
      // The tools' rows: a button alone on a second row costs the step's work its height.
      toolRows: new Set(
        [...document.querySelectorAll('.live-main__tools button')].map((tool) =>
          Math.round(tool.getBoundingClientRect().top),
        ),
      ).size,
    };
  });
}

describe('the console as a cockpit in Chromium', () => {
  it('shows timer, step, controls and the step’s work together at 1280x800 and 1440x900, for every step', async () => {
    app = await startApp();
    const meeting = await value<Meeting>(app.core, 'meetings.create', {
      title: 'Database outage',
      timeZone: 'UTC',
      startedAt: Date.UTC(2017, 0, 31, 18, 0),
    });
    await logFacts(meeting.id);
    const page = await app.openWindow();
    await openConsole(page, 'Database outage');
    await page.keyboard.press('Space');

    for (const size of SIZES) {
      await page.setViewportSize(size);
      for (const [index, step] of DEFAULT_AGENDA.entries()) {
        await page.keyboard.press(String(index + 1));
        await page.locator('#live-step-title').filter({ hasText: step.title }).waitFor();
        const seen = await layout(page);
        const where = `${step.title} at ${size.width}x${size.height}`;
        expect(seen.scrollTop, where).toBe(0);
        expect(seen.scrollWidth, where).toBeLessThanOrEqual(size.width);
        for (const part of [seen.title, seen.timer, seen.controls]) {
          expect(part!.top, where).toBeGreaterThanOrEqual(0);
          expect(part!.bottom, where).toBeLessThanOrEqual(size.height);
        }
        expect(seen.work!.top, where).toBeLessThanOrEqual(size.height - WORK_VISIBLE_PX);
        expect(seen.toolRows, where).toBe(1);
        await screenshot(page, `console-${size.width}x${size.height}-${step.kind}`);
      }
    }
  });

  it('keeps the timer and controls on screen while the event log scrolls, and gives “What happened” the room', async () => {
    app = await startApp();
    const meeting = await value<Meeting>(app.core, 'meetings.create', {
      title: 'Database outage',
      timeZone: 'UTC',
    });
    await logFacts(meeting.id);
    await value(app.core, 'agenda.next', { meetingId: meeting.id });
    await value(app.core, 'agenda.next', { meetingId: meeting.id });
    const page = await app.openWindow();
    await page.setViewportSize(SIZES[0]);
    await openConsole(page, 'Database outage');
    await page.locator('#live-step-title').filter({ hasText: 'Event log' }).waitFor();

    await page.locator('.event-table tbody tr').last().scrollIntoViewIfNeeded();
    const seen = await layout(page);
    expect(seen.scrollTop).toBeGreaterThan(1000);
    for (const part of [seen.timer, seen.controls]) {
      expect(part!.top).toBeGreaterThanOrEqual(0);
      expect(part!.bottom).toBeLessThanOrEqual(SIZES[0].height);
    }
    expect(seen.scrollWidth).toBeLessThanOrEqual(SIZES[0].width);
    // Before: about 190 px of a 790 px log, squeezed by the empty actor and evidence columns.
    expect(seen.whatHappened!.width).toBeGreaterThanOrEqual(240);
    await screenshot(page, 'console-event-log-scrolled');
  });
});

describe('the root-cause panel in a question step in Chromium', () => {
  it('gives each factor and why a usable text box whose label overlaps nothing, at 1280, 1440 and 1920 wide', async () => {
    app = await startApp();
    const meeting = await value<Meeting>(app.core, 'meetings.create', { title: 'Database outage' });
    for (const [kind, text] of [
      ['contributing-factor', 'Backups were never restored in a test'],
      ['why', 'The replica was wiped by hand'],
    ] as const) {
      await value(app.core, 'rootCauseItems.add', { meetingId: meeting.id, kind, text });
    }
    const page = await app.openWindow();
    await openConsole(page, 'Database outage');
    await page.keyboard.press('Space');
    await page.keyboard.press('4');
    await page.locator('#live-step-title').filter({ hasText: 'Remediate faster' }).waitFor();

    for (const width of [1280, 1440, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      for (const label of ['Factor 1', 'Why 1']) {
        const text = await page.getByLabel(label, { exact: true }).boundingBox();
        expect(text!.width, `${label} at ${width}`).toBeGreaterThanOrEqual(200);
      }
      const overlaps = await page.evaluate(() => {
        const labels = [...document.querySelectorAll('.root-cause .record-list__item .field__label')];
        const boxes = labels.map((label) => label.getBoundingClientRect());
        return boxes.some((a, i) =>
          boxes.some(
            (b, j) => i < j && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom,
          ),
        );
      });
      expect(overlaps, `labels at ${width}`).toBe(false);
      await page.getByLabel('Why 1', { exact: true }).scrollIntoViewIfNeeded();
      await screenshot(page, `root-cause-${width}`);
    }
  });
});
