import { useCallback, useEffect, type KeyboardEvent } from 'react';
import type { TimelineEvent } from '../../../shared/types';
import { useWindow } from '../../components/useWindow';
import { editButtonId } from './EventEditRow';

/**
 * Below this many events in the log every row is rendered: small logs keep the browser's
 * find-in-page and cost nothing, and only long logs (issue #3 point 7: 10,000 events) pay for the
 * windowing. It is the whole log's length, not the filtered rows': a filter that narrowed a long
 * log under it mounted every remaining row at once in a new table (40 ms a key at 111 rows).
 */
export const VIRTUALISE_FROM = 150;
/** A one-line row's height in px; rows are measured once rendered, so this only seeds the scrollbar. */
const ROW_ESTIMATE = 41;

const eventKey = (event: TimelineEvent) => event.id;

/**
 * Windowing for the event table: which rows to render, with spacer rows of the right height
 * between them (a <table> cannot hold absolutely placed rows), the edited row always kept
 * (so a scroll never throws away what is being typed), scrolling to the highlighted event (the
 * strip's "show me"), and ↑/↓/Home/End moving between rows even when the next one is not yet
 * in the page.
 */
export function useVirtualRows(
  events: readonly TimelineEvent[],
  logLength: number,
  editingId: string | null,
  highlightedId: string | null,
) {
  const windowed = logLength >= VIRTUALISE_FROM;
  const editingIndex = editingId === null ? -1 : events.findIndex((event) => event.id === editingId);
  const { scrollRef, slots, measure, scrollToIndex } = useWindow({
    items: events,
    keyOf: eventKey,
    windowed,
    estimate: ROW_ESTIMATE,
    keep: [editingIndex],
  });

  /** Brings row `index` into the page (when windowed), then focuses its Edit button. */
  const focusRow = useCallback(
    (index: number) => {
      const event = events[index];
      if (!event) return;
      scrollToIndex(index);
      // The row mounts on the render the scroll causes; try for a few frames, then give up.
      let tries = 0;
      const attempt = () => {
        const button = document.getElementById(editButtonId(event.id));
        if (button) return button.focus();
        if (++tries < 10) requestAnimationFrame(attempt);
      };
      attempt();
    },
    [events, scrollToIndex],
  );

  const highlightedIndex =
    highlightedId === null ? -1 : events.findIndex((event) => event.id === highlightedId);
  useEffect(() => {
    if (highlightedIndex < 0) return;
    if (windowed) scrollToIndex(highlightedIndex);
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

  return { scrollRef, windowed, slots, measureRow: measure, onKeyDown, focusRow };
}
