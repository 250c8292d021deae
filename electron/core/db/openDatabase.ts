import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DatabaseOpenError } from './databaseOpenError';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { migrate } from './migrate';

export interface OpenDatabaseOptions {
  /** The better_sqlite3.node built for the running runtime (see electron/core/nativeBinding.ts). */
  nativeBinding?: string;
  /** Folder for the copies taken before a migration. */
  backupDir: string;
  now: () => number;
}

type Db = Database.Database;

/**
 * Opens (or creates) the database at `filePath`, checks it is one of ours and not from a newer
 * Hindsight, then sets the durability pragmas and migrates. The checks are read-only and come
 * first, so a damaged or foreign file is reported without a single byte of it changing.
 */
export async function openDatabase(filePath: string, options: OpenDatabaseOptions): Promise<Db> {
  fs.mkdirSync(path.dirname(filePath), { recursive: true });
  const db = connect(filePath, options.nativeBinding);
  try {
    const version = readSchemaVersion(db, filePath);
    if (version > LATEST_SCHEMA_VERSION) {
      throw new DatabaseOpenError(
        'newer-schema',
        filePath,
        `it was written by a newer version of Hindsight (schema ${version}; this version knows up to ${LATEST_SCHEMA_VERSION})`,
      );
    }
    db.pragma('journal_mode = WAL');
    // FULL: a commit is on disk before the UI is told "saved" (WAL's default NORMAL may lose the last ones).
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    await migrate(db, { backupDir: options.backupDir, now: options.now, filePath });
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function connect(filePath: string, nativeBinding: string | undefined): Db {
  try {
    return new Database(filePath, nativeBinding ? { nativeBinding } : {});
  } catch (error) {
    throw new DatabaseOpenError('unreadable', filePath, (error as Error).message);
  }
}

/** Reads `user_version` and the schema table; SQLite only notices garbage when it reads a page. */
function readSchemaVersion(db: Db, filePath: string): number {
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    const check = db.pragma('quick_check(1)', { simple: true });
    if (check !== 'ok') throw Object.assign(new Error(String(check)), { code: 'SQLITE_CORRUPT' });
    return version;
  } catch (error) {
    if (error instanceof DatabaseOpenError) throw error;
    const code = (error as { code?: string }).code ?? '';
    const detail =
      code === 'SQLITE_NOTADB'
        ? 'it is not a SQLite database'
        : code.startsWith('SQLITE_CORRUPT')
          ? `it is damaged (${(error as Error).message})`
          : (error as Error).message;
    throw new DatabaseOpenError(code === 'SQLITE_NOTADB' ? 'not-a-database' : 'unreadable', filePath, detail);
  }
}
