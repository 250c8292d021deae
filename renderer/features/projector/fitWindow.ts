/** A run of a list's entries: `from` is the first shown, `to` one past the last. */
export interface FitWindow {
  from: number;
  to: number;
}

export interface FitOptions {
  /** The entry that must be shown: the newest event, the action item under review. */
  anchor: number;
  /** How many entries after the anchor to keep in view when they fit, for context. */
  after?: number;
  /** The space between two entries. */
  gap?: number;
}

/**
 * Which entries of a list fit a box of `available` height, given each entry's height: the
 * anchor, then up to `after` entries below it, then as many as fit above it, then below.
 * Nobody can scroll the projector, so the room sees whole entries and a count of the others
 * rather than a list cut in the middle of a line.
 */
export function fitWindow(heights: readonly number[], available: number, options: FitOptions): FitWindow {
  const { after = 0, gap = 0 } = options;
  const count = heights.length;
  if (count === 0) return { from: 0, to: 0 };
  const anchor = Math.min(Math.max(options.anchor, 0), count - 1);
  // An entry taller than the whole box would be cut whatever is done: show none, and the count.
  if (heights[anchor]! > available) return { from: anchor, to: anchor };
  const window = { from: anchor, to: anchor + 1 };
  let used = heights[anchor]!;
  const take = (index: number) => {
    const needed = used + gap + heights[index]!;
    if (needed > available) return false;
    used = needed;
    return true;
  };
  while (window.to < Math.min(count, anchor + 1 + after) && take(window.to)) window.to += 1;
  while (window.from > 0 && take(window.from - 1)) window.from -= 1;
  while (window.to < count && take(window.to)) window.to += 1;
  return window;
}

/**
 * `window` with one entry fewer, taken from the side away from the anchor (the anchor last):
 * for when the entries that were measured to fit turn out not to, once shown.
 */
export function withoutOne(window: FitWindow, anchor: number): FitWindow {
  if (window.from < anchor) return { ...window, from: window.from + 1 };
  if (window.to > anchor + 1) return { ...window, to: window.to - 1 };
  return { from: window.from, to: window.from };
}
