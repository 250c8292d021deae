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
 * `backupDir`, named after the file, the reason and the time. Returns the copy's path. The copy
 * is written under a `.partial` name, checked page by page, and only then renamed: a copy cut
 * short (a crash, a full disk) or of a damaged file never carries a backup's name, so it can
 * neither be mistaken for a good copy nor count as today's.
 */
export async function backupDatabase(
  db: Database.Database,
  options: { filePath: string; backupDir: string; reason: string; now: number },
): Promise<string> {
  fs.mkdirSync(options.backupDir, { recursive: true });
  const base = path.basename(options.filePath).replace(/\.[^.]*$/, '');
  const target = path.join(options.backupDir, `${base}.${options.reason}.${fileStamp(options.now)}.sqlite`);
  const partial = `${target}${PARTIAL_SUFFIX}`;
  try {
    await db.backup(partial);
    verifyCopy(db, partial);
    fs.renameSync(partial, target);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  return target;
}

/** The name a copy has while it is written and checked. */
export const PARTIAL_SUFFIX = '.partial';

/**
 * Runs SQLite's full integrity check on the copy, attached to the live connection (so the
 * driver that opened the database, whichever runtime it was built for, reads the copy too).
 */
function verifyCopy(db: Database.Database, copyPath: string): void {
  db.prepare('ATTACH DATABASE ? AS backup_copy').run(copyPath);
  try {
    const check = db.pragma('backup_copy.integrity_check(1)', { simple: true });
    if (check !== 'ok')
      throw new Error(`the copy failed its integrity check (${String(check)}): the database is damaged`);
  } finally {
    db.exec('DETACH DATABASE backup_copy');
  }
}
