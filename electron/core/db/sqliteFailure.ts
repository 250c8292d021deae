/**
 * What a failed SQLite write means for the person, by the driver's error code: a full disk, a
 * read-only file, another program holding the write lock past the busy timeout, or damage. Null
 * for anything else (a bug, reported as such).
 */
export type SqliteFailure = { kind: 'disk-full' | 'read-only' | 'busy' | 'damaged'; detail: string };

export function sqliteFailure(error: unknown): SqliteFailure | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  if (code === 'SQLITE_FULL') return { kind: 'disk-full', detail: 'the disk is full' };
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_PERM') {
    return { kind: 'read-only', detail: 'the database file or its folder is read-only' };
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return { kind: 'busy', detail: 'another program kept the database locked for more than 5 seconds' };
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return { kind: 'damaged', detail: `it is damaged (${(error as Error).message})` };
  }
  return null;
}
