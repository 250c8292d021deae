/**
 * Resolves once the page has painted what was just set (the frame after it, then a task), or
 * after a short wait when no frame comes (a hidden window gets none): the later parts never hold
 * up the first paint.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    if (typeof requestAnimationFrame !== 'function') return;
    requestAnimationFrame(() => {
      // The frame came first: the fallback would only wake the page again for nothing.
      clearTimeout(fallback);
      setTimeout(resolve, 0);
    });
  });
}
