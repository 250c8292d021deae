import type Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations';
import { backupDatabase } from './backup';

/**
 * Brings the schema to the latest version, one migration per transaction, each setting
 * `user_version` in the same transaction (a crash leaves the file at a whole version).
 * A copy is taken first whenever a database that already holds data is about to change.
 * `migrations` is for tests that need a migration after the shipped ones.
 */
export async function migrate(
  db: Database.Database,
  options: { filePath: string; backupDir: string; now: () => number; nativeBinding?: string },
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<{ from: number; to: number; backupPath: string | null }> {
  const from = db.pragma('user_version', { simple: true }) as number;
  const pending = migrations.filter((migration) => migration.version > from);
  if (pending.length === 0) return { from, to: from, backupPath: null };

  // A brand-new file has nothing worth copying (openDatabase refuses version 0 with tables).
  const backupPath =
    from > 0
      ? await backupDatabase(db, {
          filePath: options.filePath,
          backupDir: options.backupDir,
          reason: `before-v${pending[0]!.version}`,
          now: options.now(),
          nativeBinding: options.nativeBinding,
        })
      : null;
  for (const migration of pending) {
    // IMMEDIATE: the write lock first, so a CLI opening the same file waits instead of failing.
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  return { from, to: pending.at(-1)!.version, backupPath };
}
