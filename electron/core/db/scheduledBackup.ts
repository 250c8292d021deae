import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { backupDatabase } from './backup';

/** One copy a day is enough to lose at most a day if the file is damaged, and cheap to keep. */
export const SCHEDULED_BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000;
/** A week of daily copies; migration copies are kept apart and never rotated. */
export const SCHEDULED_BACKUPS_KEPT = 7;

const REASON = 'scheduled';

/**
 * The "on a schedule" backup of DESIGN.md section 4: when the newest scheduled copy of this file
 * is a day old (or there is none) and the database holds a meeting, a fresh copy is taken with
 * SQLite's online backup API and the oldest scheduled copies beyond a week are removed. Returns
 * the new copy's path, or null when none was due.
 */
export async function backupIfDue(
  db: Database.Database,
  options: { filePath: string; backupDir: string; now: number; nativeBinding?: string; signal?: AbortSignal },
): Promise<string | null> {
  const base = path.basename(options.filePath).replace(/\.[^.]*$/, '');
  const prefix = `${base}.${REASON}.`;
  const existing = scheduledCopies(options.backupDir, prefix);
  const newest = existing.at(-1);
  if (newest && options.now - newest.takenAt < SCHEDULED_BACKUP_INTERVAL_MS) return null;
  const hasMeetings = db.prepare('SELECT 1 FROM meetings LIMIT 1').get() !== undefined;
  if (!hasMeetings) return null;
  const copy = await backupDatabase(db, { ...options, reason: REASON });
  for (const old of existing.slice(0, Math.max(0, existing.length + 1 - SCHEDULED_BACKUPS_KEPT))) {
    fs.rmSync(old.file, { force: true });
  }
  return copy;
}

/** This file's scheduled copies, oldest first, with the time each was taken (from its name). */
function scheduledCopies(backupDir: string, prefix: string): { file: string; takenAt: number }[] {
  let names: string[];
  try {
    names = fs.readdirSync(backupDir);
  } catch {
    return [];
  }
  return (
    names
      .filter((name) => name.startsWith(prefix) && name.endsWith('.sqlite'))
      .map((name) => {
        // The stamp is fileStamp(): 2026-03-05T09-31-05Z, a sortable ISO time with '-' for ':'.
        const stamp = name
          .slice(prefix.length, -'.sqlite'.length)
          .replace(/T(\d\d)-(\d\d)-(\d\d)Z$/, 'T$1:$2:$3Z');
        return { file: path.join(backupDir, name), takenAt: Date.parse(stamp) };
      })
      // An empty file is no copy, whatever its name says (one cut short before copies were renamed into place).
      .filter((copy) => Number.isFinite(copy.takenAt) && fs.statSync(copy.file).size > 0)
      .sort((a, b) => a.takenAt - b.takenAt)
  );
}
