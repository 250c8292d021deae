/**
 * The priority order of a meeting's action items. Drag-and-drop and the Alt+↑/↓ commands both
 * go through these functions, and the core checks a requested order with `orderProblem`, so the
 * list the person sees and the one that is stored follow one set of rules.
 */

/**
 * `ids` with the entry at `fromIndex` moved to `toIndex` (clamped to the list). Returns the same
 * array when nothing moves, so callers can skip a save.
 */
export function moveItem<T>(ids: readonly T[], fromIndex: number, toIndex: number): readonly T[] {
  if (fromIndex < 0 || fromIndex >= ids.length) return ids;
  const target = Math.min(Math.max(toIndex, 0), ids.length - 1);
  if (target === fromIndex) return ids;
  const moved = ids.slice();
  const [item] = moved.splice(fromIndex, 1);
  moved.splice(target, 0, item as T);
  return moved;
}

/** `ids` with `id` moved `delta` places (−1 is up, towards first); the same array at either end. */
export function moveBy<T>(ids: readonly T[], id: T, delta: number): readonly T[] {
  const from = ids.indexOf(id);
  return from === -1 ? ids : moveItem(ids, from, from + delta);
}

/**
 * Why `requested` cannot become the order of the list `current`, or null when it can: it must
 * name every current item exactly once and nothing else. A list that differs was built from a
 * stale view (an item added or removed elsewhere), and saving it would drop or revive items.
 */
export function orderProblem(
  current: readonly string[],
  requested: readonly string[],
  /** What the list holds, for the message (the agenda's steps share these rules). */
  listName = 'action items',
): string | null {
  const known = new Set(current);
  const seen = new Set<string>();
  for (const id of requested) {
    if (seen.has(id)) return `The order names item ${id} twice.`;
    seen.add(id);
    if (!known.has(id)) return `Item ${id} is not one of this meeting’s ${listName}.`;
  }
  const missing = current.filter((id) => !seen.has(id));
  if (missing.length > 0) {
    return `The order leaves out ${missing.length} of this meeting’s ${current.length} ${listName}.`;
  }
  return null;
}

/** True when two orders list the same ids in the same places. */
export function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

/**
 * `items` arranged in `orderedIds` order with ranks 0..n-1, as the core will store them; items
 * the order does not name keep their place after the named ones. For an optimistic update.
 */
export function applyOrder<T extends { id: string; rank: number }>(
  items: readonly T[],
  orderedIds: readonly string[],
): T[] {
  const place = new Map(orderedIds.map((id, index) => [id, index]));
  return items
    .slice()
    .sort(
      (a, b) =>
        (place.get(a.id) ?? orderedIds.length) - (place.get(b.id) ?? orderedIds.length) || a.rank - b.rank,
    )
    .map((item, index) => (item.rank === index ? item : { ...item, rank: index }));
}
