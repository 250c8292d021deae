/**
 * What changed between two versions of a list. A view's list changes an item at a time (one
 * placed, replaced or taken out, the rest the same objects), so what is derived from it per item
 * need only be worked out again for the stretch between the unchanged start and the unchanged end
 * (issue #16: the event strip's typed arrays, a window's heights, the log's time order).
 */

/** One edit that made a list from another (`from`): `removed` items at `at` replaced by `added` ones. */
interface ListEdit {
  /** Weakly: a list must not keep every version before it alive. */
  from: WeakRef<readonly unknown[]>;
  at: number;
  removed: number;
  added: number;
}

const editsOf = new WeakMap<readonly unknown[], ListEdit>();

/** How many edits back `unchangedEnds` follows before it compares the lists instead. */
const MAX_EDITS_FOLLOWED = 8;

/**
 * `list` with `removed` items at `at` replaced by `added`, as a new array that remembers the
 * edit, so `unchangedEnds` answers for it without a pass over the list: at 50,000 events the
 * three passes of a capture's keypress (the time order, the strip's arrays, the window's heights)
 * and the copy were 1.5 ms of it, traced.
 */
export function spliced<T>(list: readonly T[], at: number, removed: number, ...added: T[]): T[] {
  // One copy. Of a packed array (JSON's, and every list here): 0.04 ms at 50,000 items in
  // Chromium; of a holey one (written into `new Array(length)`) 2 ms, so none is made.
  const next = list.toSpliced(at, removed, ...added);
  editsOf.set(next, { from: new WeakRef(list), at, removed, added: added.length });
  return next;
}

/** The ends `before` and `after` share by the edits that made `after` from it (`spliced`); null when unknown. */
function endsByEdits(
  before: readonly unknown[],
  after: readonly unknown[],
): { head: number; tail: number } | null {
  let head = Math.min(before.length, after.length);
  let tail = Number.POSITIVE_INFINITY;
  let list: readonly unknown[] | undefined = after;
  for (let followed = 0; followed <= MAX_EDITS_FOLLOWED; followed++) {
    if (list === before) return { head, tail: Number.isFinite(tail) ? tail : 0 };
    const edit: ListEdit | undefined = editsOf.get(list);
    if (!edit) return null;
    // The items after an edit keep their distance from the end through every later version.
    head = Math.min(head, edit.at);
    tail = Math.min(tail, list.length - edit.at - edit.added);
    list = edit.from.deref();
    if (!list) return null;
  }
  return null;
}

/**
 * How many items at the start (`head`) and at the end (`tail`) of a list are the same before and
 * after a change: the same object, or two that `same` (when given) says are the same. When
 * `after` was made from `before` by `spliced`, the edits say it without a pass over the list; an
 * item an edit put in that equals the one it took out then counts as changed, which only costs
 * the caller working that item out again. Otherwise the lists are compared from both ends, and
 * identical items are passed over without a call to `same`: at 50,000 events the call per item
 * was most of the scan.
 */
export function unchangedEnds<T>(
  before: readonly T[],
  after: readonly T[],
  same?: (a: T, b: T) => boolean,
): { head: number; tail: number } {
  const known = endsByEdits(before, after);
  if (known) return known;
  const shorter = Math.min(before.length, after.length);
  const [lastBefore, lastAfter] = [before.length - 1, after.length - 1];
  let head = 0;
  while (
    head < shorter &&
    (before[head] === after[head] || (same !== undefined && same(before[head]!, after[head]!)))
  )
    head++;
  let tail = 0;
  while (
    tail < shorter - head &&
    (before[lastBefore - tail] === after[lastAfter - tail] ||
      (same !== undefined && same(before[lastBefore - tail]!, after[lastAfter - tail]!)))
  )
    tail++;
  return { head, tail };
}
