import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useWindow } from '../../../renderer/components/useWindow';
import { FakeResizeObserver } from '../../helpers/fakeResizeObserver';

const ESTIMATE = 50;
/** Two items of ESTIMATE px. */
const OVERSCAN = 100;
/** What the window assumes of a scroller that never measured (jsdom): UNMEASURED_HEIGHT. */
const SCREEN = 600;

afterEach(() => {
  vi.unstubAllGlobals();
  FakeResizeObserver.all = [];
});

const keys = (count: number, prefix = 'k') =>
  Array.from({ length: count }, (_, index) => `${prefix}${index}`);
const identity = (key: string) => key;

interface ListProps {
  items: readonly string[];
  keep?: readonly number[];
  gap?: number;
  windowed?: boolean;
}

/** A list rendered the way WindowedList renders one, answering the hook's result and its render count. */
function renderList(props: ListProps) {
  const seen = { renders: 0, window: null as unknown as ReturnType<typeof useWindow<string>> };
  function List({ items, keep = [], gap = 0, windowed = true }: ListProps) {
    const window = useWindow({
      items,
      keyOf: identity,
      windowed,
      estimate: ESTIMATE,
      keep,
      overscan: OVERSCAN,
      gap,
    });
    seen.renders++;
    seen.window = window;
    return (
      <div data-testid="scroller" ref={window.scrollRef}>
        <ul>
          {window.slots.map((slot) =>
            slot.kind === 'gap' ? (
              <li key={slot.key} data-gap={slot.height} />
            ) : (
              <li key={slot.item} data-index={slot.index} ref={window.measure}>
                {slot.item}
              </li>
            ),
          )}
        </ul>
      </div>
    );
  }
  const view = render(<List {...props} />);
  const scroller = view.getByTestId('scroller');
  const rows = () => [...scroller.querySelectorAll<HTMLElement>('li[data-index]')];
  const row = (key: string) => rows().find((element) => element.textContent === key)!;
  return {
    seen,
    scroller,
    rerender: (next: ListProps) => view.rerender(<List {...next} />),
    shown: () => rows().map((element) => element.textContent),
    row,
    /** Every slot's height, spacers as rendered and rows as `heightOf` says they measure. */
    slotHeights: (heightOf: (key: string) => number) =>
      [...scroller.querySelectorAll<HTMLElement>('li')].map((element) =>
        element.dataset.gap === undefined ? heightOf(element.textContent!) : Number(element.dataset.gap),
      ),
    scrollTo(top: number) {
      scroller.scrollTop = top;
      act(() => void scroller.dispatchEvent(new Event('scroll')));
    },
  };
}

/** Where each item starts when each is `heightOf` high, `gap` apart. */
function startsOf(items: readonly string[], heightOf: (key: string) => number, gap = 0) {
  const starts = new Map<string, number>();
  let at = 0;
  for (const item of items) {
    starts.set(item, at);
    at += heightOf(item) + gap;
  }
  return starts;
}

/** Where the rendered slots put each rendered item (spacers and rows stacked, `gap` apart). */
function shownStarts(list: ReturnType<typeof renderList>, heightOf: (key: string) => number, gap = 0) {
  const starts = new Map<string, number>();
  let at = 0;
  for (const element of list.scroller.querySelectorAll<HTMLElement>('li')) {
    if (element.dataset.gap === undefined) starts.set(element.textContent!, at);
    at +=
      (element.dataset.gap === undefined ? heightOf(element.textContent!) : Number(element.dataset.gap)) +
      gap;
  }
  return starts;
}

describe('useWindow', () => {
  it('renders every item of a short list, with nothing to measure', () => {
    const list = renderList({ items: keys(5), windowed: false });
    expect(list.shown()).toEqual(keys(5));
    expect(list.seen.window.measure).toBeUndefined();
  });

  it('renders a screenful in jsdom (no layout, no ResizeObserver), spacers standing for the rest', () => {
    const list = renderList({ items: keys(1_000) });
    // 600 px of 50 px rows: rows 0–12 are in view, two more below.
    expect(list.shown()).toEqual(keys(15));
    expect(list.slotHeights(() => ESTIMATE).reduce((sum, height) => sum + height)).toBe(1_000 * ESTIMATE);
  });

  it('places rows by their measured heights, kept with their items when an item is added before them', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const measured = new Map<string, number>();
    const heightOf = (key: string) => measured.get(key) ?? ESTIMATE;
    const items = keys(1_000);
    const list = renderList({ items });
    const sizes = list.shown().map((key, index) => [list.row(key!), 60 + index] as const);
    sizes.forEach(([element, height]) => measured.set(element.textContent!, height));
    FakeResizeObserver.resize(sizes);
    expect(shownStarts(list, heightOf)).toEqual(
      new Map([...startsOf(items, heightOf)].filter(([key]) => list.shown().includes(key))),
    );

    const added = ['new', ...items];
    list.rerender({ items: added });
    expect(list.shown()[0]).toBe('new');
    expect(shownStarts(list, heightOf)).toEqual(
      new Map([...startsOf(added, heightOf)].filter(([key]) => list.shown().includes(key))),
    );
    expect(list.slotHeights(heightOf).reduce((sum, height) => sum + height)).toBe(
      added.reduce((sum, key) => sum + heightOf(key), 0),
    );
  });

  it('follows the scroll, and renders again only when the rows to show change', () => {
    const list = renderList({ items: keys(1_000) });
    list.scrollTo(5_000);
    expect(list.shown()).toEqual(keys(1_000).slice(100 - OVERSCAN / ESTIMATE, 112 + OVERSCAN / ESTIMATE + 1));
    const renders = list.seen.renders;
    list.scrollTo(5_010);
    expect(list.seen.renders).toBe(renders);
    list.scrollTo(5_060);
    expect(list.seen.renders).toBe(renders + 1);
  });

  it('keeps what is in view in place when a row above it changes height', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const list = renderList({ items: keys(1_000) });
    list.scrollTo(5_000);
    // Row 98 starts at 4,900, above the view: its 40 px more push the view's rows down by as much.
    FakeResizeObserver.resize([[list.row('k98'), 90]]);
    expect(list.scroller.scrollTop).toBe(5_040);
    // Row 101 is in view: what grows there is the reader's to see.
    FakeResizeObserver.resize([[list.row('k101'), 90]]);
    expect(list.scroller.scrollTop).toBe(5_040);
  });

  it('settles: a change of under half a pixel renders nothing again', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const list = renderList({ items: keys(1_000) });
    FakeResizeObserver.resize([[list.row('k0'), 61.2]]);
    const renders = list.seen.renders;
    FakeResizeObserver.resize([
      [list.row('k0'), 61.4],
      [list.row('k1'), 50.3],
    ]);
    expect(list.seen.renders).toBe(renders);
  });

  it('scrolls an item just into view, and again once the rows on the way are measured', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const list = renderList({ items: keys(1_000) });
    // Below the view: its end at the view's bottom.
    act(() => list.seen.window.scrollToIndex(500));
    expect(list.scroller.scrollTop).toBe(501 * ESTIMATE - SCREEN);
    expect(list.shown()).toContain('k500');
    // The rows above it turn out taller than estimated: it is aligned again, by their heights.
    const before = list.shown().filter((key) => Number(key!.slice(1)) < 500).length;
    FakeResizeObserver.resize(list.shown().map((key) => [list.row(key!), 100] as const));
    expect(list.scroller.scrollTop).toBe(500 * ESTIMATE + before * 50 + 100 - SCREEN);
    // In view already: nothing moves. Above the view: its start at the view's top.
    const top = list.scroller.scrollTop;
    act(() => list.seen.window.scrollToIndex(499));
    expect(list.scroller.scrollTop).toBe(top);
    act(() => list.seen.window.scrollToIndex(10));
    expect(list.scroller.scrollTop).toBe(10 * ESTIMATE);
  });

  it('renders a kept item wherever the scroll is, with the list gap left out of each spacer', () => {
    const gap = 10;
    const items = keys(1_000);
    const list = renderList({ items, keep: [900], gap });
    // Every item that starts within the screen and the overscan below it, at a pitch of item and gap.
    const reached = Math.floor((SCREEN + OVERSCAN) / (ESTIMATE + gap)) + 1;
    expect(list.shown()).toEqual([...keys(reached), 'k900']);
    const heightOf = () => ESTIMATE;
    expect(shownStarts(list, heightOf, gap)).toEqual(
      new Map([...startsOf(items, heightOf, gap)].filter(([key]) => list.shown().includes(key))),
    );
    expect(list.slotHeights(heightOf).reduce((sum, height) => sum + height + gap, -gap)).toBe(
      1_000 * (ESTIMATE + gap) - gap,
    );
  });
});
