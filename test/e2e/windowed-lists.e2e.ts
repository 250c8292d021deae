import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { MeetingRecords } from '../../shared/types';
import { seedMeeting } from '../helpers/seedMeeting';
import { value } from '../helpers/testCore';
import { openEventLog, seedLongLog } from './harness/seed';
import { startApp, type AppUnderTest } from './harness/startApp';
import { pickUpByKeyboard } from './harness/keyboardDrag';

let app: AppUnderTest | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** seedMeeting's n-th item title (1-based). */
const itemTitle = (n: number) =>
  `Alert when shard ${(n - 1) % 40} consumer lag exceeds ${5 + ((n - 1) % 7)} s (item ${n})`;

/**
 * From now until `stop` is called, counts in the page the reads of layout on the event table's
 * rows (getBoundingClientRect) and the rows given to a ResizeObserver to measure.
 */
function countMeasuring(page: Page) {
  return page.evaluate(() => {
    const counts = { layoutReads: 0, observed: 0 };
    const read = Element.prototype.getBoundingClientRect;
    const observe = ResizeObserver.prototype.observe;
    Element.prototype.getBoundingClientRect = function (this: Element) {
      if (this.closest('.event-table')) counts.layoutReads++;
      return read.call(this);
    };
    ResizeObserver.prototype.observe = function (this: ResizeObserver, target, options) {
      if (target.closest('.event-table tbody')) counts.observed++;
      return observe.call(this, target, options);
    };
    (window as unknown as { __measuring: () => typeof counts }).__measuring = () => {
      Element.prototype.getBoundingClientRect = read;
      ResizeObserver.prototype.observe = observe;
      return counts;
    };
  });
}

const stopCounting = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __measuring: () => { layoutReads: number; observed: number } }).__measuring(),
  );

/** Starts the app on a meeting of `count` events, its event log open and every page of it loaded. */
async function openLoadedLog(count: number) {
  app = await startApp();
  const meeting = await seedLongLog(app, 'Long incident', count);
  const page = await app.openWindow();
  const table = await openEventLog(page, meeting.title);
  await expect
    .poll(() => page.locator('.event-log__count').textContent(), { timeout: 45_000 })
    .toBe(`${count.toLocaleString('en-US')} events`);
  return { app, page, table };
}

describe('windowed lists in Chromium', () => {
  it('adds an event to a 50,000-event log measuring only the new row, none by reading layout', async () => {
    const { page, table } = await openLoadedLog(50_000);
    const rendered = await table.locator('tbody tr[data-index]').count();
    expect(rendered).toBeLessThan(100);

    await countMeasuring(page);
    // Before the first imported event (08:00), so it lands at the top, in view, moving every index.
    const capture = page.getByRole('form', { name: 'Add an event' });
    await capture.getByLabel('Time', { exact: true }).fill('2026-03-05 07:30:00');
    await capture.getByLabel('What happened').fill('Typed at the top');
    await capture.getByLabel('What happened').press('Enter');
    await expect.poll(() => table.getAttribute('aria-rowcount')).toBe('50002');
    await table.locator('tbody tr[data-index="0"]', { hasText: 'Typed at the top' }).waitFor();
    await page.waitForTimeout(300);
    // The new row is the one row measured; the rows that moved down keep theirs.
    expect(await stopCounting(page)).toEqual({ layoutReads: 0, observed: 1 });
    expect(await table.locator('tbody tr[data-index]').count()).toBeLessThan(100);
    expect(app!.errors).toEqual([]);
  });

  it('keeps the rows in view in place while rows above them are measured', async () => {
    const { page, table } = await openLoadedLog(10_000);
    const scroller = page.locator('.event-table__scroller');
    await scroller.evaluate((box) => box.scrollTo(0, box.scrollHeight / 2));
    await page.waitForTimeout(300);
    await scroller.scrollIntoViewIfNeeded();
    const moved = await scroller.evaluate(
      (box) =>
        new Promise<number[]>((resolve) => {
          // The row across the middle of the view, where it is, and where it is after each of the
          // next frames is painted (a task posted from requestAnimationFrame runs after the paint).
          const middle = box.getBoundingClientRect().top + box.clientHeight / 2;
          const row = [...box.querySelectorAll('tbody tr[data-index]')].find(
            (candidate) => candidate.getBoundingClientRect().bottom > middle,
          )!;
          const before = row.getBoundingClientRect().top;
          const moves: number[] = [];
          const frame = () =>
            setTimeout(() => {
              moves.push(Math.round(row.getBoundingClientRect().top - before));
              if (moves.length < 10) requestAnimationFrame(frame);
              else resolve(moves);
            });
          // Up by half a view: rows never rendered mount above it at the estimate, then measure.
          box.scrollTop -= box.clientHeight / 2;
          requestAnimationFrame(frame);
        }),
    );
    const half = await scroller.evaluate((box) => Math.round(box.clientHeight / 2));
    // The row moves down by the scroll, no more, from the first painted frame on.
    expect(moved).toEqual(Array(10).fill(half));
    expect(await table.locator('tbody tr[data-index]').count()).toBeLessThan(200);
    expect(app!.errors).toEqual([]);
  });

  it('moves to the last and the first of 10,000 rows with End and Home, each scrolled into view', async () => {
    const { page, table } = await openLoadedLog(10_000);
    /** The focused row's index, and whether it is wholly inside the scroller's box. */
    const focusedRow = () =>
      page.evaluate(() => {
        const row = document.activeElement?.closest<HTMLElement>('tr[data-index]');
        const box = document.querySelector('.event-table__scroller')!.getBoundingClientRect();
        const at = row?.getBoundingClientRect();
        return { index: row?.dataset.index, inView: !!at && at.top >= box.top && at.bottom <= box.bottom };
      });
    await table.locator('tbody tr[data-index="0"]').getByRole('button', { name: /^Edit/ }).focus();
    await page.keyboard.press('End');
    await expect.poll(focusedRow).toEqual({ index: '9999', inView: true });
    await page.keyboard.press('ArrowUp');
    await expect.poll(focusedRow).toEqual({ index: '9998', inView: true });
    await page.keyboard.press('Home');
    await expect.poll(focusedRow).toEqual({ index: '0', inView: true });
    expect(await table.locator('tbody tr[data-index]').count()).toBeLessThan(200);
    expect(app!.errors).toEqual([]);
  });

  it('lays each row of a windowed log out as a grid under its column heads, still a table to Chromium’s accessibility tree', async () => {
    const { page, table } = await openLoadedLog(1_000);
    // Every cell starts where its column head does, in every row in the page (one grid per row).
    const misaligned = await table.evaluate((element) => {
      const heads = [...element.querySelectorAll('thead th')].map((th) => th.getBoundingClientRect().left);
      return [...element.querySelectorAll('tbody tr[data-index]')].flatMap((row) =>
        [...row.children].flatMap((cell, column) =>
          Math.abs(cell.getBoundingClientRect().left - heads[column]!) > 0.5
            ? [`${row.getAttribute('data-index')}:${column}`]
            : [],
        ),
      );
    });
    expect(misaligned).toEqual([]);
    expect(
      await table.evaluate((element) => getComputedStyle(element.querySelector('tbody tr')!).display),
    ).toBe('grid');

    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value?: string }; name?: { value?: string } }[];
    };
    const roles = (role: string) => nodes.filter((node) => node.role?.value === role);
    const rendered = await table.locator('tbody tr[data-index]').count();
    expect(roles('table')).toHaveLength(1);
    expect(roles('columnheader').map((node) => node.name?.value)).toEqual([
      'Time',
      'Kind',
      'What happened',
      'Actor',
      'Evidence',
      'Actions',
    ]);
    // The head row and every event row in the page; the spacers are hidden from it.
    expect(roles('row')).toHaveLength(rendered + 1);
    expect(roles('cell')).toHaveLength(rendered * 6);
    expect(app!.errors).toEqual([]);
  });

  // 1,000 events span two hours of one day; 10,000 run past midnight, so every time shows its date.
  for (const [count, days] of [
    [1_000, 'one day'],
    [10_000, 'several days'],
  ] as const) {
    it(`gives “What happened” room at every width of a windowed log over ${days}, each cell under its head and its text inside it`, async () => {
      const { page, table } = await openLoadedLog(count);
      expect((await table.getAttribute('class'))!.includes('event-table--days')).toBe(
        days === 'several days',
      );
      // 900 px: the console's Event log step (under 55rem: two lines a row). 1,100–1,440 px: a
      // window from its least to a wide one, where the set widths alone left 0–150 px.
      for (const width of [900, 1_100, 1_180, 1_280, 1_440]) {
        await page.setViewportSize({ width, height: 900 });
        const whatHappened = () =>
          table.evaluate(
            (element) => element.querySelector('thead th:nth-child(3)')!.getBoundingClientRect().width,
          );
        await expect.poll(whatHappened).toBeGreaterThanOrEqual(200);
        const seen = await table.evaluate((element) => {
          const heads = [...element.querySelectorAll('thead th')].map((th) => th.getBoundingClientRect());
          const cells = [...element.querySelectorAll('thead th, tbody tr[data-index] > td')];
          return {
            overflowing: cells.flatMap((cell) =>
              cell.scrollWidth > cell.clientWidth + 1 ? [cell.textContent] : [],
            ),
            misaligned: [...element.querySelectorAll('tbody tr[data-index]')].flatMap((row) =>
              [...row.children].flatMap((cell, column) => {
                const [box, head] = [cell.getBoundingClientRect(), heads[column]!];
                return Math.abs(box.left - head.left) > 0.5 || Math.abs(box.width - head.width) > 0.5
                  ? [`${row.getAttribute('data-index')}:${column}`]
                  : [];
              }),
            ),
            wider: element.scrollWidth > element.clientWidth + 1,
          };
        });
        expect({ width, ...seen }).toEqual({ width, overflowing: [], misaligned: [], wider: false });
      }
      expect(app!.errors).toEqual([]);
    });
  }

  it('keeps the focused item of a windowed action-item list through a scroll, and sorts it by keyboard', async () => {
    app = await startApp();
    const meeting = await seedMeeting(app.core, 'Many items', 0, 60);
    const page = await app.openWindow();
    await page.getByRole('button', { name: meeting.title, exact: true }).click();
    await page.getByRole('tab', { name: 'Action items' }).click();
    const list = page.getByRole('list', { name: 'Action items in priority order' });
    await list.locator('li[data-index]').first().waitFor();
    expect(await list.locator('li[data-index]').count()).toBeLessThan(60);

    // A field being typed in stays in the page however far the list scrolls.
    const title = list.getByRole('textbox', { name: /Title/ }).first();
    await title.focus();
    await page.locator('.windowed-list__scroller').evaluate((box) => box.scrollTo(0, box.scrollHeight));
    await expect.poll(() => page.locator('.windowed-list__scroller li[data-index="59"]').count()).toBe(1);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(itemTitle(1));
    await page.locator('.windowed-list__scroller').evaluate((box) => box.scrollTo(0, 0));

    // dnd-kit's keyboard sensor: the picked-up handle holds the focus, so its row is kept as the rows around it move;
    // the move goes on past the items in the page when it started, as the list scrolls with it.
    const handle = page.getByRole('button', {
      name: new RegExp(`^Move “${itemTitle(2).replace(/[()]/g, '\\$&')}`),
    });
    await handle.focus();
    await pickUpByKeyboard(page, /would move to priority 2 of 60\.$/);
    const DROP_AT = 12;
    for (let place = 3; place <= DROP_AT; place++) {
      await page.keyboard.press('ArrowDown');
      await page
        .getByText(new RegExp(`would move to priority ${place} of 60\\.$`))
        .waitFor({ state: 'attached' });
    }
    await page.keyboard.press('Space');
    await page
      .getByText(new RegExp(`dropped at priority ${DROP_AT} of 60\\.$`))
      .waitFor({ state: 'attached' });
    await expect
      .poll(async () =>
        (await value<MeetingRecords>(app!.core, 'meetings.get', { id: meeting.id })).actionItems
          .slice(0, DROP_AT)
          .map((item) => item.title),
      )
      .toEqual([1, ...Array.from({ length: DROP_AT - 2 }, (_, n) => n + 3), 2].map(itemTitle));
    expect(app!.errors).toEqual([]);
  });
});
