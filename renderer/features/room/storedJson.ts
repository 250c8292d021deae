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
