import { useCallback, useState, useSyncExternalStore } from 'react';
import { OVERSCAN_PX, WindowHeights, type WindowRange } from './windowHeights';
import { WindowObserver } from './windowObserver';

/** One rendered item, or a spacer standing for the items between two rendered ones. */
export type WindowSlot<T> =
  { kind: 'item'; index: number; item: T } | { kind: 'gap'; key: string; height: number };

export interface WindowOptions<T> {
  items: readonly T[];
  keyOf(item: T): string;
  /** False renders every item (short lists keep find-in-page and pay nothing). */
  windowed: boolean;
  /**
   * A typical item's height in px; items are measured once rendered, so this only seeds the
   * scrollbar. Read once, when the list first renders.
   */
  estimate: number;
  /** Indexes rendered wherever the scroll is: the item being edited or dragged is never dropped. */
  keep: readonly number[];
  /**
   * How far beyond each end of the view items are rendered, in px. Read once, when the list first
   * renders.
   */
  overscan?: number;
  /**
   * The space between two items in px (a flex list's `gap`), which is outside what an item
   * measures. Spacers are items of the list too, so each one's height leaves out the gaps the
   * layout puts around it.
   */
  gap?: number;
}

const NO_ITEMS: readonly never[] = [];

/**
 * Windowing for a long list or table (issue #3 point 7, issue #16): which items to render, with
 * spacers of the right height between them (spacers rather than absolute placement, so tables
 * and sortable lists keep their own layout), measured as they render. Rendered items carry
 * `data-index` and the `measure` ref. Render cost and memory then depend on the window, not on
 * the length of the list: the heights live in windowHeights.ts, the page's side in
 * windowObserver.ts.
 */
export function useWindow<T>({
  items,
  keyOf,
  windowed,
  estimate,
  keep,
  overscan = OVERSCAN_PX,
  gap = 0,
}: WindowOptions<T>) {
  const [heights] = useState(() => new WindowHeights<T>(estimate));
  const [observer] = useState(() => new WindowObserver(heights, overscan));
  const view = useSyncExternalStore(observer.subscribe, observer.snapshot, observer.snapshot);
  // Synced in render, where the rows to show are worked out (at once for the same items). A render
  // React threw away would leave it on that render's items until the next one; no windowed list
  // renders in a transition or from a deferred value.
  heights.sync(windowed ? items : NO_ITEMS, keyOf, gap);

  const slots: WindowSlot<T>[] = windowed
    ? windowSlots(heights, items, heights.rangeAt(view.top, view.viewport, overscan), keep, gap)
    : items.map((item, index) => ({ kind: 'item', index, item }));

  /** Brings item `index` into view when windowed (a no-op otherwise: the page scrolls itself). */
  const scrollToIndex = useCallback(
    (index: number) => {
      if (windowed) observer.scrollToIndex(index);
    },
    [windowed, observer],
  );

  return {
    scrollRef: observer.attach,
    slots,
    measure: windowed ? observer.measure : undefined,
    scrollToIndex,
  };
}

/** The items of `range` and the kept ones, with a spacer wherever items are left out. */
function windowSlots<T>(
  heights: WindowHeights<T>,
  items: readonly T[],
  range: WindowRange | null,
  keep: readonly number[],
  gap: number,
): WindowSlot<T>[] {
  if (range === null) return [];
  const kept = [...new Set(keep)].filter((index) => index >= 0 && index < items.length).sort((a, b) => a - b);
  const shown = [
    ...kept.filter((index) => index < range.first),
    ...Array.from({ length: range.last - range.first + 1 }, (_, offset) => range.first + offset),
    ...kept.filter((index) => index > range.last),
  ];
  // A spacer between two rendered items brings its own gap on each side, one before the first
  // item or after the last only one.
  const slots: WindowSlot<T>[] = [];
  let cursor = 0;
  let previous = -1;
  for (const index of shown) {
    const start = heights.offsetOf(index);
    if (index > previous + 1) {
      // The spacer above the window keeps its key as the window moves, so a scroll restyles it, never replaces it.
      const key = previous === -1 ? 'gap-start' : `gap-${index}`;
      slots.push({ kind: 'gap', key, height: Math.max(0, start - cursor - gap * (previous === -1 ? 1 : 2)) });
    }
    slots.push({ kind: 'item', index, item: items[index]! });
    cursor = start + heights.heightAt(index);
    previous = index;
  }
  if (previous < items.length - 1) {
    const height = heights.total() - cursor - (previous === -1 ? 0 : gap);
    slots.push({ kind: 'gap', key: 'gap-end', height: Math.max(0, height) });
  }
  return slots;
}
