/**
 * `records` as stand-ins that count how often their `id` is read, so a test can tell a binary
 * search (a few dozen reads) from a scan of the list (one read per record) without timing it.
 */
export function countingIdReads<T extends object>(records: readonly T[]): { list: T[]; reads(): number } {
  let reads = 0;
  const list = records.map(
    (record) =>
      new Proxy(record, {
        get(target, property, receiver) {
          if (property === 'id') reads++;
          return Reflect.get(target, property, receiver) as unknown;
        },
      }),
  );
  return { list, reads: () => reads };
}
