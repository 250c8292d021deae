import {
  defaultRangeExtractor,
  observeElementRect,
  useVirtualizer,
  type Range,
  type Virtualizer,
} from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, type KeyboardEvent } from 'react';
import type { TimelineEvent } from '../../../shared/types';
import { editButtonId } from './EventEditRow';

/**
 * Below this many events every row is rendered: small logs keep the browser's find-in-page and
 * cost nothing, and only long logs (issue #3 point 7: 10,000 events) pay for the windowing.
 */
export const VIRTUALISE_FROM = 150;
/** A one-line row's height in px; rows are measured once rendered, so this only seeds the scrollbar. */
const ROW_ESTIMATE = 41;

/** One rendered row, or a spacer standing for the rows between two rendered ones. */
export type RowSlot =
  { kind: 'row'; index: number; event: TimelineEvent } | { kind: 'gap'; key: string; height: number };

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

/** jsdom (and a row not yet laid out) measure 0; the estimate then stands in, never a 0 height. */
function measure(element: Element): number {
  return element.getBoundingClientRect().height || ROW_ESTIMATE;
}

/**
 * Windowing for the event table: which rows to render, with spacer rows of the right height
 * between them (a <table> cannot hold absolutely placed rows), the edited row always kept
 * (so a scroll never throws away what is being typed), scrolling to the highlighted event (the
 * strip's "show me"), and ↑/↓/Home/End moving between rows even when the next one is not yet
 * in the page.
 */
export function useVirtualRows(
  events: readonly TimelineEvent[],
  editingId: string | null,
  highlightedId: string | null,
) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const windowed = events.length >= VIRTUALISE_FROM;
  const editingIndex = editingId === null ? -1 : events.findIndex((event) => event.id === editingId);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (editingIndex < 0 || indexes.includes(editingIndex)) return indexes;
      return [...indexes, editingIndex].sort((a, b) => a - b);
    },
    [editingIndex],
  );
  // useVirtualizer hands back a mutable instance the React Compiler cannot memoise; this hook
  // is not compiled (the project does not run the compiler), so the lint's notice is moot here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: windowed ? events.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    getItemKey: (index) => events[index]?.id ?? index,
    measureElement: measure,
    observeElementRect: observeBox,
    rangeExtractor,
    overscan: 12,
  });

  const slots: RowSlot[] = [];
  if (!windowed) {
    events.forEach((event, index) => slots.push({ kind: 'row', index, event }));
  } else {
    let cursor = 0;
    for (const item of virtualizer.getVirtualItems()) {
      const event = events[item.index];
      if (!event) continue;
      if (item.start > cursor)
        slots.push({ kind: 'gap', key: `gap-${item.index}`, height: item.start - cursor });
      slots.push({ kind: 'row', index: item.index, event });
      cursor = item.end;
    }
    const total = virtualizer.getTotalSize();
    if (total > cursor) slots.push({ kind: 'gap', key: 'gap-end', height: total - cursor });
  }

  /** Brings row `index` into the page (when windowed), then focuses its Edit button. */
  const focusRow = useCallback(
    (index: number) => {
      const event = events[index];
      if (!event) return;
      if (windowed) virtualizer.scrollToIndex(index, { align: 'auto' });
      // The row mounts on the render the scroll causes; try for a few frames, then give up.
      let tries = 0;
      const attempt = () => {
        const button = document.getElementById(editButtonId(event.id));
        if (button) return button.focus();
        if (++tries < 10) requestAnimationFrame(attempt);
      };
      attempt();
    },
    [events, windowed, virtualizer],
  );

  const highlightedIndex =
    highlightedId === null ? -1 : events.findIndex((event) => event.id === highlightedId);
  useEffect(() => {
    if (highlightedIndex < 0) return;
    if (windowed) virtualizer.scrollToIndex(highlightedIndex, { align: 'auto' });
    else
      document
        .querySelector(`[data-event-id="${events[highlightedIndex]?.id}"]`)
        ?.scrollIntoView?.({ block: 'nearest' });
    // Only a change of highlight scrolls: a re-render must not pull the reader back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [highlightedId]);

  function onKeyDown(keyEvent: KeyboardEvent<HTMLElement>) {
    const target = keyEvent.target as HTMLElement;
    // Typing in the edit row's fields keeps its keys; only the read-only rows navigate.
    if (target.closest('form') || keyEvent.altKey || keyEvent.ctrlKey || keyEvent.metaKey) return;
    const row = target.closest<HTMLElement>('tr[data-index]');
    if (!row) return;
    const index = Number(row.dataset.index);
    const next =
      keyEvent.key === 'ArrowDown'
        ? index + 1
        : keyEvent.key === 'ArrowUp'
          ? index - 1
          : keyEvent.key === 'Home'
            ? 0
            : keyEvent.key === 'End'
              ? events.length - 1
              : null;
    if (next === null) return;
    keyEvent.preventDefault();
    focusRow(Math.max(0, Math.min(events.length - 1, next)));
  }

  return {
    scrollRef,
    windowed,
    slots,
    measureRow: windowed ? virtualizer.measureElement : undefined,
    onKeyDown,
    focusRow,
  };
}
