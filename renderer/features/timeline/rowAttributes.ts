/** Where an event row sits in the (possibly windowed) log, as both kinds of row give it. */
export interface RowPosition {
  /** Where the row sits in the whole (filtered) log, 0-based: the table may render only a window. */
  rowIndex: number;
  /** The windowing's measuring ref, when the table is windowed. */
  rowRef?: ((element: HTMLTableRowElement | null) => void) | undefined;
}

/**
 * The `<tr>` attributes every event row carries, read-only or edited: the measuring ref and the
 * index the windowing reads, the event's id, and its place for assistive technology (the header
 * row is row 1, so the first event is row 2).
 */
export function eventRowAttributes(eventId: string, { rowIndex, rowRef }: RowPosition) {
  return {
    ref: rowRef,
    'data-index': rowIndex,
    'data-event-id': eventId,
    'aria-rowindex': rowIndex + 2,
  };
}
