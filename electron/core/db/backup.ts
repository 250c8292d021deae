import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';

/** A sortable, file-name-safe UTC stamp: 2026-03-05T09-31-05Z. */
export function fileStamp(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-');
}

/**
 * Copies the open database with SQLite's online backup API (consistent even with a WAL) into
 * `backupDir`, named after the file, the reason and the time. Returns the copy's path.
 */
export async function backupDatabase(
  db: Database.Database,
  options: { filePath: string; backupDir: string; reason: string; now: number },
): Promise<string> {
  fs.mkdirSync(options.backupDir, { recursive: true });
  const base = path.basename(options.filePath).replace(/\.[^.]*$/, '');
  const target = path.join(options.backupDir, `${base}.${options.reason}.${fileStamp(options.now)}.sqlite`);
  await db.backup(target);
  return target;
}
