/**
 * How many items at the start (`head`) and at the end (`tail`) of a list are the same before and
 * after a change, by `same`: a view's list changes an item at a time (one placed, replaced or
 * taken out, the rest the same objects), so what is derived from it per item need only be worked
 * out again for the stretch between (issue #16: the event strip's typed arrays, a window's heights).
 */
export function unchangedEnds<T>(
  before: readonly T[],
  after: readonly T[],
  same: (a: T, b: T) => boolean,
): { head: number; tail: number } {
  const shorter = Math.min(before.length, after.length);
  let head = 0;
  while (head < shorter && same(before[head]!, after[head]!)) head++;
  let tail = 0;
  while (tail < shorter - head && same(before[before.length - 1 - tail]!, after[after.length - 1 - tail]!)) tail++;
  return { head, tail };
}
