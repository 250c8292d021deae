/**
 * Gives `field` the focus for the next capture, in the keypress that saved the last one (issue
 * #16: focus() was the largest native cost in CPU profiles of an event capture's keypress, 0.7–1.6
 * ms measured around the call). A field that has the focus already (Enter was pressed in it) is
 * left alone. Another one is focused without focus()'s scroll into view, which needs the page's
 * layout inside the keypress, before React has rendered the new row, and brought into view in
 * the frame instead, whose layout is done anyway. It is in the box just typed in, so nearly always
 * in view. (jsdom has no scrollIntoView, hence the optional call.)
 */
export function focusForNext(field: HTMLElement | null): void {
  if (!field || field.ownerDocument.activeElement === field) return;
  field.focus({ preventScroll: true });
  requestAnimationFrame(() => field.scrollIntoView?.({ block: 'nearest' }));
}
