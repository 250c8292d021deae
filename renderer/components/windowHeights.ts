import { unchangedEnds } from '../../shared/domain/listEdits';

/** Height changes under this many px are layout rounding, not a new height: ignoring them lets measuring settle. */
export const SUB_PIXEL = 0.5;

/**
 * Rendered beyond each end of a list's view by default: a frame or two of a fast scroll (the
 * compositor scrolls ahead of the page, which renders the new rows on the scroll events). Every
 * row rendered is laid out, painted and reconciled again on each add that moves it (issue #16: 27
 * event rows for a 15-row view cost 2 ms of each capture's keypress and 1.8 ms of its frame), so
 * no more.
 */
export const OVERSCAN_PX = 240;

/** The items to render around a view, both ends included. */
export interface WindowRange {
  first: number;
  last: number;
}

/**
 * The heights of a windowed list's items and the offsets they add up to (issue #16). A height
 * measured once is kept by the item's key, so an insert or a move never shifts it onto another
 * item. Offsets are prefix sums, rebuilt lazily from the lowest index that changed and only as
 * far as an offset is asked for, and the list's height is a running sum: adding an event at the
 * end of 50,000 costs a scan for what changed and a few sums, adding one at the top with the view
 * there no sums beyond the view, and neither a pass over every item's layout. Items not measured
 * yet count as the estimate.
 */
export class WindowHeights<T> {
  private items: readonly T[] = [];
  private keyOf: (item: T) => string = () => '';
  /** Height by index, for the items as last synced (the buffer may be longer than the list). */
  private heights = new Float64Array(0);
  /** prefix[i] is the sum of heights[0..i); valid up to index `valid`. */
  private prefix = new Float64Array(1);
  private valid = 0;
  /** The sum of `heights` over the list, kept as they change: the list's height without a pass over it. */
  private sum = 0;
  private readonly measured = new Map<string, number>();
  /** Space between two items in px (a flex list's `gap`), which no item measures. */
  private gap = 0;

  constructor(private readonly estimate: number) {}

  get count(): number {
    return this.items.length;
  }

  /**
   * Takes the list as it now is. Only the stretch between the unchanged start and the unchanged
   * end is looked up by key; the unchanged end moves to its new place in one typed-array copy.
   */
  sync(items: readonly T[], keyOf: (item: T) => string, gap: number): void {
    this.gap = gap;
    const before = this.items;
    if (items === before && keyOf === this.keyOf) return;
    const { head, tail } = unchangedEnds(before, items, (a, b) => keyOf(a) === keyOf(b));
    this.reserve(items.length);
    for (let index = head; index < before.length - tail; index++) this.sum -= this.heights[index]!;
    this.heights.copyWithin(items.length - tail, before.length - tail, before.length);
    for (let index = head; index < items.length - tail; index++) {
      this.heights[index] = this.measured.get(keyOf(items[index]!)) ?? this.estimate;
      this.sum += this.heights[index]!;
    }
    this.valid = Math.min(this.valid, head);
    this.items = items;
    this.keyOf = keyOf;
  }

  keyAt(index: number): string | undefined {
    const item = this.items[index];
    return item === undefined ? undefined : this.keyOf(item);
  }

  heightAt(index: number): number {
    return index < this.count ? this.heights[index]! : this.estimate;
  }

  /** Whether item `index` has been measured (else its height is the estimate). */
  isMeasured(index: number): boolean {
    const key = this.keyAt(index);
    return key !== undefined && this.measured.has(key);
  }

  /**
   * Records item `index`'s measured height; answers by how much it changed (0 for a change
   * under SUB_PIXEL, which is dropped).
   */
  setHeight(index: number, height: number): number {
    const key = this.keyAt(index);
    if (key === undefined) return 0;
    const change = height - this.heights[index]!;
    if (Math.abs(change) < SUB_PIXEL) {
      this.measured.set(key, this.heights[index]!);
      return 0;
    }
    this.measured.set(key, height);
    this.heights[index] = height;
    this.sum += change;
    this.valid = Math.min(this.valid, index);
    return change;
  }

  /** Where item `index` starts, in px from the top of the first. */
  offsetOf(index: number): number {
    this.sumUpTo(index);
    return this.prefix[index]! + index * this.gap;
  }

  /** The height of the whole list. */
  total(): number {
    const count = this.count;
    return count === 0 ? 0 : this.sum + (count - 1) * this.gap;
  }

  /** The item at `offset` px from the top (the first or the last beyond either end). */
  indexAt(offset: number): number {
    const count = this.count;
    if (count === 0) return -1;
    // Summed only as far as the offset: a change above the view costs the items down to it.
    for (; this.valid < count && this.prefix[this.valid]! + this.valid * this.gap <= offset; this.valid++) {
      this.prefix[this.valid + 1] = this.prefix[this.valid]! + this.heights[this.valid]!;
    }
    let [low, high] = [0, Math.min(count - 1, this.valid)];
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.prefix[middle]! + middle * this.gap <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /**
   * The items within `overscan` px above the view at `top` to `overscan` px below its bottom;
   * null when there are none. A margin in px rather than in items: a list of tall items (an
   * action item is ~230 px) rendered several screens it did not show, each a cost of every add.
   */
  rangeAt(top: number, viewport: number, overscan: number): WindowRange | null {
    if (this.count === 0) return null;
    return { first: this.indexAt(Math.max(0, top - overscan)), last: this.indexAt(top + viewport + overscan) };
  }

  /** Room for `count` heights and their sums, grown by doubling so that a run of adds seldom copies. */
  private reserve(count: number): void {
    if (this.heights.length >= count) return;
    const capacity = Math.max(count, this.heights.length * 2);
    const heights = new Float64Array(capacity);
    heights.set(this.heights);
    const prefix = new Float64Array(capacity + 1);
    prefix.set(this.prefix);
    [this.heights, this.prefix] = [heights, prefix];
  }

  private sumUpTo(index: number): void {
    for (; this.valid < index; this.valid++) {
      this.prefix[this.valid + 1] = this.prefix[this.valid]! + this.heights[this.valid]!;
    }
  }
}
