/**
 * How many items at the start (`head`) and at the end (`tail`) of a list are the same before and
 * after a change: the same object, or two that `same` (when given) says are the same. A view's
 * list changes an item at a time (one placed, replaced or taken out, the rest the same objects),
 * so what is derived from it per item need only be worked out again for the stretch between
 * (issue #16: the event strip's typed arrays, a window's heights). Identical items are passed
 * over without a call to `same`: at 50,000 events the call per item was most of the scan.
 */
export function unchangedEnds<T>(
  before: readonly T[],
  after: readonly T[],
  same?: (a: T, b: T) => boolean,
): { head: number; tail: number } {
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
