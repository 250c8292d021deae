import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DatabaseOpenError } from './databaseOpenError';
import { MIGRATIONS, type Migration } from './migrations';
import { migrate } from './migrate';

export interface OpenDatabaseOptions {
  /** The better_sqlite3.node built for the running runtime (see electron/core/nativeBinding.ts). */
  nativeBinding?: string;
  /** Folder for the copies taken before a migration. */
  backupDir: string;
  now: () => number;
  /** The shipped migrations unless a test passes its own. */
  migrations?: readonly Migration[];
}

type Db = Database.Database;

/**
 * Opens (or creates) the database at `filePath`, checks it is one of ours and not from a newer
 * Hindsight, then sets the durability pragmas and migrates. The checks come first and write
 * nothing (a file with a WAL beside it is checked read-only, see `inspectReadOnly`), so a damaged,
 * foreign or newer file is reported without a single byte of it, or of its WAL, changing.
 */
export async function openDatabase(filePath: string, options: OpenDatabaseOptions): Promise<Db> {
  const latest = (options.migrations ?? MIGRATIONS).at(-1)?.version ?? 0;
  if (fs.existsSync(`${filePath}-wal`)) {
    refuseNewer(inspectReadOnly(filePath, options.nativeBinding), latest, filePath);
  }
  const db = connect(filePath, options.nativeBinding);
  try {
    refuseNewer(readSchemaVersion(db, filePath), latest, filePath);
    db.pragma('journal_mode = WAL');
    // FULL: a commit is on disk before the UI is told "saved" (WAL's default NORMAL may lose the last ones).
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    await migrateOrExplain(db, filePath, options);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function refuseNewer(version: number, latest: number, filePath: string): void {
  if (version <= latest) return;
  throw new DatabaseOpenError(
    'newer-schema',
    filePath,
    `it was written by a newer version of Hindsight (schema ${version}; this version knows up to ${latest})`,
  );
}

function connect(filePath: string, nativeBinding: string | undefined, readonly = false): Db {
  const driver = nativeBinding ? { nativeBinding } : {};
  // A driver built for another runtime fails here, before the file is involved: it must not be
  // reported as a damaged database, or the person might move a healthy file aside.
  try {
    new Database(':memory:', driver).close();
  } catch (error) {
    throw new Error(`The SQLite driver could not be loaded (${(error as Error).message}).`, { cause: error });
  }
  try {
    fs.mkdirSync(path.dirname(filePath), { recursive: true });
    return new Database(filePath, { readonly, ...driver });
  } catch (error) {
    throw new DatabaseOpenError('unreadable', filePath, (error as Error).message);
  }
}

/**
 * A WAL left beside the file (by a crash, or copied along with it) is checkpointed into the file
 * and deleted when the last read-write connection closes: checking such a file on one would
 * change the very file that is then refused. A read-only connection reads the WAL and leaves it.
 */
function inspectReadOnly(filePath: string, nativeBinding: string | undefined): number {
  const db = connect(filePath, nativeBinding, true);
  try {
    return readSchemaVersion(db, filePath);
  } finally {
    db.close();
  }
}

/** Reads `user_version` and the schema table; SQLite only notices garbage when it reads a page. */
function readSchemaVersion(db: Db, filePath: string): number {
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    const objects = (db.prepare('SELECT count(*) AS n FROM sqlite_master').get() as { n: number }).n;
    // Truncation is caught above (SQLite compares the header's page count with the file size);
    // damage inside the pages only shows when they are read.
    const check = db.pragma('quick_check(1)', { simple: true });
    if (check !== 'ok') throw Object.assign(new Error(String(check)), { code: 'SQLITE_CORRUPT' });
    // Version 0 with tables is some other program's database (picked in "open another"):
    // running our migrations would write our tables into it.
    if (version === 0 && objects > 0) {
      throw new DatabaseOpenError(
        'not-a-database',
        filePath,
        'it is a SQLite database, but not a Hindsight one',
      );
    }
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

/**
 * A failed migration has rolled back (the file stays at its last whole version, and the copy
 * taken before it is kept): reported like any other unusable file, so opening never crashes.
 */
async function migrateOrExplain(db: Db, filePath: string, options: OpenDatabaseOptions): Promise<void> {
  const migrateOptions = { backupDir: options.backupDir, now: options.now, filePath };
  try {
    await migrate(db, migrateOptions, options.migrations);
  } catch (error) {
    const version = db.pragma('user_version', { simple: true }) as number;
    throw new DatabaseOpenError(
      'unreadable',
      filePath,
      `updating it from schema ${version} failed (${(error as Error).message})`,
    );
  }
}
