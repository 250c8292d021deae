import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UNMEASURED_HEIGHT, WindowObserver } from '../../../renderer/components/windowObserver';
import { WindowHeights } from '../../../renderer/components/windowHeights';
import { FakeResizeObserver } from '../../helpers/fakeResizeObserver';

const ESTIMATE = 50;
const OVERSCAN = 100;
const keys = Array.from({ length: 1_000 }, (_, n) => `k${n}`);

describe('WindowObserver', () => {
  beforeEach(() => vi.stubGlobal('ResizeObserver', FakeResizeObserver));
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeResizeObserver.all = [];
    document.body.replaceChildren();
  });

  /** A window at the top of 1,000 rows, rows `indexes` rendered and observed, and a count of renders asked for. */
  function windowWithRows(...indexes: number[]) {
    const heights = new WindowHeights<string>(ESTIMATE);
    heights.sync(keys, (key) => key, 0);
    const observer = new WindowObserver(heights, OVERSCAN);
    observer.attach(document.body.appendChild(document.createElement('div')));
    const rows = indexes.map((index) => {
      const row = document.body.appendChild(document.createElement('div'));
      row.dataset.index = String(index);
      observer.measure(row);
      return row;
    });
    const renders = { asked: 0 };
    observer.subscribe(() => renders.asked++);
    const report = (height: number) => FakeResizeObserver.resize(rows.map((row) => [row, height] as const));
    return { heights, renders, report, reach: () => heights.rangeAt(0, UNMEASURED_HEIGHT, OVERSCAN) };
  }

  it('takes in a rendered row’s height without a render while the rows to render stay the same', async () => {
    const { heights, report, renders, reach } = windowWithRows(3);
    // The screen and the overscan below it reach row 14 (700 px at 50 px a row); 45 px keeps it there.
    expect(reach()).toEqual({ first: 0, last: 14 });
    report(45);
    expect(heights.heightAt(3)).toBe(45);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(renders.asked).toBe(0);
  });

  it('renders at once when rows come within reach, and lets rows go only after the frame', async () => {
    const shorter = windowWithRows(3, 4);
    shorter.report(10);
    expect(shorter.reach()).toEqual({ first: 0, last: 15 });
    expect(shorter.renders.asked).toBe(1);

    const taller = windowWithRows(3);
    taller.report(200);
    expect(taller.reach()).toEqual({ first: 0, last: 11 });
    expect(taller.renders.asked).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(taller.renders.asked).toBe(1);
  });
});
