import {
  defaultRangeExtractor,
  observeElementRect,
  useVirtualizer,
  type Range,
  type Virtualizer,
} from '@tanstack/react-virtual';
import { useCallback, useRef } from 'react';

/** One rendered item, or a spacer standing for the items between two rendered ones. */
export type WindowSlot<T> =
  { kind: 'item'; index: number; item: T } | { kind: 'gap'; key: string; height: number };

/** A box not laid out yet (or in jsdom) measures 0 high and would show no rows: assume a screenful. */
const UNMEASURED_HEIGHT = 600;

function observeBox(
  instance: Virtualizer<HTMLDivElement, Element>,
  report: (rect: { width: number; height: number }) => void,
) {
  return observeElementRect(instance, (rect) =>
    report(rect.height > 0 ? rect : { width: rect.width, height: UNMEASURED_HEIGHT }),
  );
}

export interface WindowOptions<T> {
  items: readonly T[];
  keyOf(item: T): string;
  /** False renders every item (short lists keep find-in-page and pay nothing). */
  windowed: boolean;
  /** A typical item's height in px; items are measured once rendered, so this only seeds the scrollbar. */
  estimate: number;
  /** Indexes rendered wherever the scroll is: the item being edited or dragged is never dropped. */
  keep: readonly number[];
  overscan?: number;
  /**
   * The space between two items in px (a flex list's `gap`), which is outside what an item
   * measures. Spacers are items of the list too, so each one's height leaves out the gaps the
   * layout puts around it.
   */
  gap?: number;
}

/**
 * Windowing for a long list or table (issue #3 point 7, issue #16): which items to render, with
 * spacers of the right height between them (spacers rather than absolute placement, so tables
 * and sortable lists keep their own layout), measured as they render. Rendered items carry
 * `data-index` and the `measure` ref. Render cost and memory then depend on the window, not on
 * the length of the list.
 */
export function useWindow<T>({
  items,
  keyOf,
  windowed,
  estimate,
  keep,
  overscan = 8,
  gap = 0,
}: WindowOptions<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const kept = keep.filter((index) => index >= 0).join(',');
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      const extra = kept === '' ? [] : kept.split(',').map(Number);
      const missing = extra.filter((index) => index < range.count && !indexes.includes(index));
      return missing.length === 0 ? indexes : [...indexes, ...missing].sort((a, b) => a - b);
    },
    [kept],
  );
  // jsdom (and an item not yet laid out) measure 0; the estimate then stands in, never a 0 height.
  const measureHeight = useCallback(
    (element: Element) => element.getBoundingClientRect().height || estimate,
    [estimate],
  );
  // The virtualizer recomputes every item's place when this function changes, so a new one per
  // render laid out the whole list again on each scroll frame: it changes with the items only.
  const itemKey = useCallback(
    (index: number) => {
      const item = items[index];
      return item === undefined ? index : keyOf(item);
    },
    [items, keyOf],
  );
  // useVirtualizer hands back a mutable instance the React Compiler cannot memoise; this hook
  // is not compiled (the project does not run the compiler), so the lint's notice is moot here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: windowed ? items.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimate,
    getItemKey: itemKey,
    measureElement: measureHeight,
    observeElementRect: observeBox,
    rangeExtractor,
    overscan,
    gap,
  });

  const slots: WindowSlot<T>[] = [];
  if (!windowed) {
    items.forEach((item, index) => slots.push({ kind: 'item', index, item }));
  } else {
    // The virtualizer counts one gap between two rendered items; a spacer between them brings
    // its own gap on each side, and one before the first item or after the last.
    let cursor = 0;
    let previous = -1;
    for (const virtual of virtualizer.getVirtualItems()) {
      const item = items[virtual.index];
      if (item === undefined) continue;
      if (virtual.index > previous + 1) {
        const gaps = previous === -1 ? 1 : 2;
        slots.push({
          kind: 'gap',
          key: `gap-${virtual.index}`,
          height: Math.max(0, virtual.start - cursor - gap * gaps),
        });
      }
      slots.push({ kind: 'item', index: virtual.index, item });
      cursor = virtual.end;
      previous = virtual.index;
    }
    if (previous < items.length - 1) {
      const height = virtualizer.getTotalSize() - cursor - (previous === -1 ? 0 : gap);
      slots.push({ kind: 'gap', key: 'gap-end', height: Math.max(0, height) });
    }
  }

  /** Brings item `index` into view when windowed (a no-op otherwise: the page scrolls itself). */
  const scrollToIndex = useCallback(
    (index: number) => {
      if (windowed) virtualizer.scrollToIndex(index, { align: 'auto' });
    },
    [windowed, virtualizer],
  );

  return {
    scrollRef,
    slots,
    measure: windowed ? virtualizer.measureElement : undefined,
    scrollToIndex,
  };
}
