import type { WindowHeights, WindowRange } from './windowHeights';

/** A box not laid out yet (or in jsdom) measures 0 high and would show no rows: assume a screenful. */
export const UNMEASURED_HEIGHT = 600;

/** What the window renders from: the scroll position, the scroller's height, and a count of measurements. */
export interface WindowView {
  top: number;
  viewport: number;
  measured: number;
}

const sameRange = (a: WindowRange | null, b: WindowRange | null) =>
  a?.first === b?.first && a?.last === b?.last;

/** Whether every item of `inner` is in `outer` too. */
const withinRange = (inner: WindowRange, outer: WindowRange) =>
  inner.first >= outer.first && inner.last <= outer.last;

/**
 * The window's side of the page (issue #16): the scroll position from passive scroll events,
 * the scroller's height and each rendered item's height from ResizeObservers, which report
 * after the browser's own layout. Nothing here reads layout while React commits, so adding a
 * row never forces a synchronous layout, and no row that is not rendered is ever measured.
 * React subscribes to `snapshot`, which changes only when what to render does.
 */
export class WindowObserver<T> {
  private view: WindowView = { top: 0, viewport: UNMEASURED_HEIGHT, measured: 0 };
  /** The latest scroll position, ahead of `view.top` while the range it gives is the same. */
  private top = 0;
  private scroller: HTMLElement | null = null;
  /** The item scrollToIndex was asked for, aligned again once it (and what is above it) is measured. */
  private target: number | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly observed = new Set<Element>();
  private sweepQueued = false;
  private narrowQueued = false;
  // jsdom has no ResizeObserver: there everything keeps its estimate, which still renders a screenful.
  private readonly rows =
    typeof ResizeObserver === 'undefined' ? null : new ResizeObserver((entries) => this.onRows(entries));
  private readonly box =
    typeof ResizeObserver === 'undefined' ? null : new ResizeObserver((entries) => this.onBox(entries));

  constructor(
    private readonly heights: WindowHeights<T>,
    private readonly overscan: number,
  ) {}

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  readonly snapshot = () => this.view;

  /** The scroller's ref. */
  readonly attach = (element: HTMLElement | null) => {
    if (this.scroller) {
      this.scroller.removeEventListener('scroll', this.onScroll);
      this.box?.unobserve(this.scroller);
    }
    this.scroller = element;
    if (!element) return;
    // The browser's own scroll anchoring would move the view a second time for the heights
    // adjusted here (onRows), so it is off inside a window.
    element.style.overflowAnchor = 'none';
    element.addEventListener('scroll', this.onScroll, { passive: true });
    this.box?.observe(element);
    // A new scroller starts at the top.
    this.top = 0;
    if (this.view.top !== 0) this.publish({ top: 0 });
  };

  /** The ref of each rendered item, which carries `data-index`. */
  readonly measure = (element: Element | null) => {
    if (!this.rows) return;
    if (element) {
      if (!this.observed.has(element)) this.rows.observe(element, { box: 'border-box' });
      this.observed.add(element);
    } else if (!this.sweepQueued) {
      // React names no element when a ref is let go: once the commit is done, drop the ones gone from the page.
      this.sweepQueued = true;
      queueMicrotask(() => {
        this.sweepQueued = false;
        for (const row of this.observed) if (!row.isConnected) this.forget(row);
      });
    }
  };

  /** Scrolls item `index` just into view if it is not (the `auto` alignment). */
  scrollToIndex(index: number) {
    if (index < 0 || index >= this.heights.count) return;
    const top = this.alignedTop(index);
    this.target = top === null || this.heights.isMeasured(index) ? null : index;
    if (top !== null) this.scrollTo(top);
  }

  private readonly onScroll = () => {
    const top = this.scroller?.scrollTop ?? 0;
    const { viewport } = this.view;
    const moved = !sameRange(
      this.heights.rangeAt(this.view.top, viewport, this.overscan),
      this.heights.rangeAt(top, viewport, this.overscan),
    );
    this.top = top;
    if (moved) this.publish({ top });
  };

  private onBox(entries: readonly ResizeObserverEntry[]) {
    const height = entries.at(-1)?.contentRect.height || UNMEASURED_HEIGHT;
    if (height !== this.view.viewport) this.publish({ viewport: height });
  }

  private onRows(entries: readonly ResizeObserverEntry[]) {
    // Layout is fresh when ResizeObservers report, so reading the scroll position costs nothing
    // here, and it may have moved since the last scroll event (a focused row scrolled into view).
    this.top = this.scroller?.scrollTop ?? this.top;
    const sizes: { index: number; height: number; above: boolean }[] = [];
    for (const entry of entries) {
      const row = entry.target as HTMLElement;
      if (!row.isConnected) {
        this.forget(row);
        continue;
      }
      const index = Number(row.dataset.index);
      const height = entry.borderBoxSize?.[0]?.blockSize ?? entry.contentRect.height;
      // A row not laid out (under `display: none`) measures 0: it keeps the height it had.
      if (!Number.isInteger(index) || height === 0) continue;
      // Whether it starts above the view is judged before any of these heights are taken in.
      sizes.push({ index, height, above: this.heights.offsetOf(index) < this.top });
    }
    const rendered = this.renderedRange();
    let changed = false;
    let shift = 0;
    for (const { index, height, above } of sizes) {
      const change = this.heights.setHeight(index, height);
      if (change !== 0) changed = true;
      if (above) shift += change;
    }
    if (this.target !== null) {
      const target = this.target;
      if (this.heights.isMeasured(target) || target >= this.heights.count) this.target = null;
      const top = this.alignedTop(target);
      if (top !== null) return this.scrollTo(top);
    } else if (shift !== 0) {
      // A row above the view changed height and moved what is in view by as much: scroll by it too,
      // before the frame is painted, so the reader's place stays put.
      return this.scrollTo(this.top + shift);
    }
    // Heights of rendered rows are already laid out as measured, and the spacers stand for rows not
    // rendered: unless the rows to render change, a render would give the page it has. A new row
    // always reports, and one taller than the estimate narrows the reach: the rows beyond it are
    // let go after the frame, so a capture's frame holds no second render and layout (issue #16).
    const reach = this.renderedRange();
    if (!changed || sameRange(rendered, reach)) return;
    if (reach && rendered && withinRange(reach, rendered)) this.remeasureAfterFrame();
    else this.remeasure();
  }

  /** A render with the heights as measured now. */
  private remeasure() {
    this.publish({ measured: this.view.measured + 1 });
  }

  /** The same, in a task after the frame being drawn: for a render that only lets rows go. */
  private remeasureAfterFrame() {
    if (this.narrowQueued) return;
    this.narrowQueued = true;
    setTimeout(() => {
      this.narrowQueued = false;
      this.remeasure();
    }, 0);
  }

  /** The items a render would show now, at the published view. */
  private renderedRange(): WindowRange | null {
    return this.heights.rangeAt(this.view.top, this.view.viewport, this.overscan);
  }

  /** Where to scroll for item `index` to be in view, or null when it already is. */
  private alignedTop(index: number): number | null {
    const start = this.heights.offsetOf(index);
    const end = start + this.heights.heightAt(index);
    const { viewport } = this.view;
    if (start < this.top) return start;
    // An item taller than the view shows its start.
    if (end > this.top + viewport) return Math.min(start, end - viewport);
    return null;
  }

  private scrollTo(top: number) {
    this.top = Math.max(0, top);
    if (this.scroller) this.scroller.scrollTop = this.top;
    this.publish({ top: this.top });
  }

  private forget(row: Element) {
    this.rows?.unobserve(row);
    this.observed.delete(row);
  }

  private publish(change: Partial<WindowView>) {
    this.view = { ...this.view, ...change };
    for (const listener of this.listeners) listener();
  }
}
