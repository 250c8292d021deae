/**
 * Gives `field` the focus for the next capture, in the keypress that saved the last one. A plain
 * focus() scrolls the field into view there, and to know where it is Chromium lays the page out
 * inside the keypress, then again in the frame that paints the new row (issue #16: the largest
 * single cost of a capture's keypress). So: a field that has the focus already (Enter was pressed
 * in it) is left alone; another one is focused without the scroll, and brought into view in that
 * frame, whose layout then serves both. It is in the box just typed in, so nearly always in view.
 */
export function focusForNext(field: HTMLElement | null): void {
  if (!field || field.ownerDocument.activeElement === field) return;
  field.focus({ preventScroll: true });
  requestAnimationFrame(() => field.scrollIntoView?.({ block: 'nearest' }));
}
