/**
 * A value this page kept in localStorage, or `fallback` when there is none or it cannot be read
 * (another version's format, a hand-edited entry): the page then starts as if it had none.
 */
export function readStoredJson<T>(
  storage: Storage,
  key: string,
  isValid: (value: unknown) => value is T,
  fallback: T,
): T {
  try {
    const stored = JSON.parse(storage.getItem(key) ?? 'null') as unknown;
    return isValid(stored) ? stored : fallback;
  } catch {
    return fallback;
  }
}

/**
 * Keeps `value` (or, for null, removes the key) and answers whether storage holds it now: false
 * when storage is full, which is no reason to throw out of a capture.
 */
export function writeStoredJson(storage: Storage, key: string, value: unknown): boolean {
  try {
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}
