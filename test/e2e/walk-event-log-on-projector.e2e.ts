import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Meeting, MeetingRecords } from '../../shared/types';
import { value } from '../helpers/testCore';
import { focusConsole, openConsole } from './harness/console';
import { overflowOf } from './harness/projector';
import { screenshot } from './harness/screenshots';
import { startApp, type AppUnderTest } from './harness/startApp';

/** How far the projector may trail the console (see run-agenda-with-timeboxes.e2e.ts). */
const PROJECTOR_LAG_MS = 2_000;

let app: AppUnderTest | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const utc = (minutes: number) => Date.parse('2026-03-05T09:00:00Z') + minutes * 60_000;
/** More facts than either screen shows, so walking them means moving the projector's window. */
const FACTS = Array.from({ length: 30 }, (_, index) => `Fact ${index + 1}: shard ${index + 1} checked`);

/** The event the projector marks as walked, read as the room reads it. */
async function walkedOnProjector(projector: Page) {
  const walked = projector.locator('.projector-event[aria-current="true"]');
  return (await walked.count()) === 1 ? walked.innerText() : null;
}

async function expectWalked(projector: Page, fact: string) {
  await expect
    .poll(() => walkedOnProjector(projector), { timeout: PROJECTOR_LAG_MS })
    .toContain(fact);
}

describe('walking the event log with the projector in Chromium', () => {
  it('moves the projector with ↓/↑ and a selected row, at 1920x1080 and 1280x720', async () => {
    app = await startApp();
    const meeting = await value<Meeting>(app.core, 'meetings.create', {
      title: 'Shard outage',
      timeZone: 'UTC',
      startedAt: utc(0),
      resolvedAt: utc(60),
    });
    for (const [index, description] of FACTS.entries()) {
      await value(app.core, 'timeline.add', { meetingId: meeting.id, at: utc(index * 2), description });
    }
    const page = await app.openWindow();
    await page.setViewportSize({ width: 1440, height: 900 });
    await openConsole(page, meeting.title);
    await page.keyboard.press('p');
    await expect.poll(() => app!.projectors.length, { timeout: 10_000 }).toBe(1);
    const projector = app.projectors[0]!;
    await projector.setViewportSize({ width: 1920, height: 1080 });
    await focusConsole(page);
    await page.keyboard.press('Digit2');
    await projector.getByRole('heading', { level: 1, name: 'Event log' }).waitFor();
    // Before the walk starts the projector shows the newest facts, none marked.
    await projector.getByText(FACTS.at(-1)!).waitFor({ timeout: PROJECTOR_LAG_MS });
    expect(await walkedOnProjector(projector)).toBeNull();

    // ↓ starts at the first fact; the walk is saved on the meeting, where the projector reads it.
    await focusConsole(page);
    await page.keyboard.press('ArrowDown');
    await expectWalked(projector, FACTS[0]!);
    for (let step = 0; step < 4; step++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expectWalked(projector, FACTS[3]!);
    const stored = await value<MeetingRecords>(app.core, 'meetings.get', { id: meeting.id });
    expect(stored.timeline.find((event) => event.id === stored.meeting.walkEventId)?.description).toBe(
      FACTS[3],
    );
    // Its neighbours: the facts before it and the next ones after it, with the rest counted.
    const events = projector.getByRole('region', { name: /^Events/ });
    const shown = await events.getByRole('listitem').allInnerTexts();
    expect(shown.some((text) => text.includes(FACTS[2]!))).toBe(true);
    expect(shown.some((text) => text.includes(FACTS[5]!))).toBe(true);
    expect(await events.innerText()).toMatch(/\+ \d+ later events/);
    await screenshot(projector, 'projector-event-walk-1920');
    expect(await overflowOf(projector)).toEqual({ scrolls: false, cut: [] });

    // A row selected in the console's table walks the room to it.
    await page.locator('tr.event-row', { hasText: FACTS[20]! }).locator('td').first().click();
    await expectWalked(projector, FACTS[20]!);
    // The table's own arrows (a row has the focus) walk too.
    await page.keyboard.press('ArrowDown');
    await expectWalked(projector, FACTS[21]!);

    await projector.setViewportSize({ width: 1280, height: 720 });
    await expectWalked(projector, FACTS[21]!);
    const small = await events.getByRole('listitem').allInnerTexts();
    expect(small.length).toBeGreaterThanOrEqual(3);
    expect(small.some((text) => text.includes(FACTS[22]!))).toBe(true);
    expect(await events.innerText()).toMatch(/\+ \d+ earlier events · \+ \d+ later events/);
    await screenshot(projector, 'projector-event-walk-720');
    expect(await overflowOf(projector)).toEqual({ scrolls: false, cut: [] });
    await screenshot(page, 'console-event-walk-1440');
    // A field the browser scrolls to on focus stops below the sticky cockpit, not under it.
    const padding = await page.evaluate(() => ({
      padding: Number.parseFloat(getComputedStyle(document.querySelector('.app-scroll')!).scrollPaddingTop),
      cockpit: document.querySelector('.live-main__cockpit')!.getBoundingClientRect().height,
    }));
    expect(padding.cockpit).toBeGreaterThan(0);
    expect(padding.padding).toBeCloseTo(padding.cockpit, 0);
    expect(app.errors).toEqual([]);
  });
});
