import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { checkIntegrity } from './integrityCheck';

/** A sortable, file-name-safe UTC stamp: 2026-03-05T09-31-05Z. */
export function fileStamp(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-');
}

/**
 * Copies the open database with SQLite's online backup API (consistent even with a WAL) into
 * `backupDir`, named after the file, the reason and the time. Returns the copy's path. The copy
 * is written under a `.partial` name, checked page by page, and only then renamed: a copy cut
 * short (a crash, a full disk) or of a damaged file never carries a backup's name, so it can
 * neither be mistaken for a good copy nor count as today's.
 */
export async function backupDatabase(
  db: Database.Database,
  options: {
    filePath: string;
    backupDir: string;
    reason: string;
    now: number;
    nativeBinding?: string;
    /** Stops the copy (the database is being closed): nothing is left behind, and the promise rejects. */
    signal?: AbortSignal;
  },
): Promise<string> {
  options.signal?.throwIfAborted();
  fs.mkdirSync(options.backupDir, { recursive: true });
  const base = path.basename(options.filePath).replace(/\.[^.]*$/, '');
  const target = path.join(options.backupDir, `${base}.${options.reason}.${fileStamp(options.now)}.sqlite`);
  const partial = `${target}${PARTIAL_SUFFIX}`;
  try {
    await db.backup(partial);
    options.signal?.throwIfAborted();
    await verifyCopy(partial, options.nativeBinding, options.signal);
    options.signal?.throwIfAborted();
    fs.renameSync(partial, target);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  return target;
}

/** The name a copy has while it is written and checked. */
const PARTIAL_SUFFIX = '.partial';

/**
 * Runs SQLite's full integrity check on the copy, in a worker (it reads the whole copy, which
 * must not hold up the main process), with the driver that opened the database. The copy is in
 * WAL mode like its source, so the worker's read-only connection leaves an empty `-wal` and
 * `-shm` beside it: removed, since no other connection ever opens a copy being made.
 */
async function verifyCopy(copyPath: string, nativeBinding: string | undefined, signal?: AbortSignal): Promise<void> {
  const check = checkIntegrity({ filePath: copyPath, nativeBinding });
  // A stopped worker has let go of the copy once its outcome is in: only then is it removed.
  signal?.addEventListener('abort', check.stop, { once: true });
  const outcome = await check.outcome.finally(() => signal?.removeEventListener('abort', check.stop));
  for (const suffix of ['-wal', '-shm']) fs.rmSync(copyPath + suffix, { force: true });
  if (outcome.kind === 'damaged')
    throw new Error(`the copy failed its integrity check (${outcome.detail}): the database is damaged`);
  if (outcome.kind === 'unknown') throw new Error(`the copy could not be checked (${outcome.detail})`);
}
