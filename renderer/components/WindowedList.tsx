import { useEffect, useLayoutEffect, useRef, useState, type FocusEvent, type ReactNode } from 'react';
import { useWindow } from './useWindow';
import { WindowBox } from './WindowBox';
import './windowedList.css';

interface WindowedListProps<T> {
  items: readonly T[];
  keyOf(item: T): string;
  /** From this many items on, only a window of them is in the page. */
  windowFrom: number;
  /** A typical item's height in px (items are measured as they render). */
  estimate: number;
  className: string;
  'aria-label': string;
  /** Scrolled into view whenever it changes (the item under review, say). */
  scrollToKey?: string | null;
  /**
   * One item as an `<li>` carrying `data-index={index}` and `ref={measure}` (when given), so the
   * window can measure it.
   */
  renderItem(item: T, index: number, measure: ((element: Element | null) => void) | undefined): ReactNode;
}

/**
 * An ordered list that renders only the items in view once it is long (issue #16: 2,000
 * action items were 352,000 DOM nodes and 74 MB of heap). The item holding the focus is
 * always rendered, so a field being typed in, or a handle picked up for a keyboard drag, is
 * never thrown away by a scroll; spacers keep the scrollbar true to the whole list.
 */
export function WindowedList<T>({
  items,
  keyOf,
  windowFrom,
  estimate,
  className,
  'aria-label': label,
  scrollToKey = null,
  renderItem,
}: WindowedListProps<T>) {
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  // The list's CSS gap, which its items do not measure; read from the page, so the CSS says it once.
  const [gap, setGap] = useState(0);
  const windowed = items.length >= windowFrom;
  useLayoutEffect(() => {
    const element = listRef.current;
    if (element) setGap(Number.parseFloat(getComputedStyle(element).rowGap) || 0);
  }, [windowed]);
  const indexOfKey = (key: string | null) =>
    key === null ? -1 : items.findIndex((item) => keyOf(item) === key);
  const { scrollRef, slots, measure, scrollToIndex } = useWindow({
    items,
    keyOf,
    windowed,
    estimate,
    keep: [indexOfKey(focusedKey)],
    // dnd-kit's keyboard sensor moves a picked-up item only onto neighbours in the page: two
    // items beyond each end of the view keep the next places there as the list scrolls with it.
    overscan: 2 * estimate,
    gap,
  });

  const scrollIndex = indexOfKey(scrollToKey);
  useEffect(() => {
    if (scrollIndex >= 0) scrollToIndex(scrollIndex);
    // Only a change of the key scrolls: a re-render must not pull the reader back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scrollToKey]);

  function onFocus(event: FocusEvent<HTMLOListElement>) {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    const item = row ? items[Number(row.dataset.index)] : undefined;
    setFocusedKey(item === undefined ? null : keyOf(item));
  }

  function onBlur(event: FocusEvent<HTMLOListElement>) {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocusedKey(null);
  }

  const list = (
    <ol ref={listRef} className={className} aria-label={label} onFocus={onFocus} onBlur={onBlur}>
      {slots.map((slot) =>
        slot.kind === 'gap' ? (
          <li
            key={slot.key}
            aria-hidden="true"
            className="windowed-list__gap"
            style={{ height: slot.height }}
          />
        ) : (
          renderItem(slot.item, slot.index, measure)
        ),
      )}
    </ol>
  );
  return (
    <WindowBox windowed={windowed} scrollerClass="windowed-list__scroller" scrollRef={scrollRef}>
      {list}
    </WindowBox>
  );
}
