import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DatabaseOpenError } from './databaseOpenError';
import { MIGRATIONS, type Migration } from './migrations';
import { migrate } from './migrate';
import { HINDSIGHT_APPLICATION_ID, isLegacyHindsight, readHeader, type FileHeader } from './identify';
import { sqliteFailure } from './sqliteFailure';

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
 * nothing (they read the header, then look inside on a read-only connection), so a damaged,
 * foreign or newer file is reported without a single byte of it, its WAL or its journal changing.
 * They read a few pages whatever the file's size: the full check, which reads every page, runs
 * after the open in a worker (see session.ts and integrityCheck.ts), so start-up does not grow
 * with the library.
 */
export async function openDatabase(filePath: string, options: OpenDatabaseOptions): Promise<Db> {
  const latest = (options.migrations ?? MIGRATIONS).at(-1)?.version ?? 0;
  inspect(filePath, options.nativeBinding, latest);
  const db = connect(filePath, options.nativeBinding);
  try {
    unlessUnwritable(filePath, () => {
      db.pragma('journal_mode = WAL');
      // FULL: a commit is on disk before the UI is told "saved" (WAL's default NORMAL may lose the last ones).
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
    });
    await migrateOrExplain(db, filePath, options);
    // After the migration and its copy: files from before the mark get it now, once.
    unlessUnwritable(filePath, () => db.pragma(`application_id = ${HINDSIGHT_APPLICATION_ID}`));
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

/** A pragma that writes, on a full disk or a read-only file: the recovery screen says which. */
function unlessUnwritable(filePath: string, write: () => void): void {
  try {
    write();
  } catch (error) {
    const failure = sqliteFailure(error);
    if (failure?.kind === 'disk-full' || failure?.kind === 'read-only') {
      throw new DatabaseOpenError('unwritable', filePath, failure.detail);
    }
    throw error;
  }
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
    if (!readonly) fs.mkdirSync(path.dirname(filePath), { recursive: true });
    return new Database(filePath, { readonly, fileMustExist: readonly, ...driver });
  } catch (error) {
    throw new DatabaseOpenError('unreadable', filePath, (error as Error).message);
  }
}

/**
 * Refuses a file that is not a Hindsight database, or is from a newer Hindsight. Foreign
 * files are recognised from the header alone where it says so (another program's
 * application_id), and otherwise on a read-only connection, which neither rolls back a hot
 * journal nor checkpoints a WAL: the file is refused exactly as it was found.
 */
function inspect(filePath: string, nativeBinding: string | undefined, latest: number): void {
  let header: FileHeader;
  try {
    header = readHeader(filePath);
  } catch (error) {
    throw new DatabaseOpenError('unreadable', filePath, (error as Error).message);
  }
  if (header.kind === 'absent') return;
  if (header.kind === 'not-sqlite')
    throw new DatabaseOpenError('not-a-database', filePath, 'it is not a SQLite database');
  if (header.applicationId !== 0 && header.applicationId !== HINDSIGHT_APPLICATION_ID) {
    const id = `0x${header.applicationId.toString(16).padStart(8, '0')}`;
    throw new DatabaseOpenError(
      'not-a-database',
      filePath,
      `it is another program's SQLite database (application id ${id})`,
    );
  }
  const inside = lookInside(filePath, nativeBinding);
  const empty = inside.version === 0 && inside.tables.size === 0;
  if (header.applicationId === 0 && !empty && (inside.version === 0 || !isLegacyHindsight(inside.tables))) {
    inside.forgetSidecars();
    throw new DatabaseOpenError(
      'not-a-database',
      filePath,
      'it is a SQLite database, but not a Hindsight one',
    );
  }
  try {
    refuseNewer(inside.version, latest, filePath);
  } catch (error) {
    inside.forgetSidecars();
    throw error;
  }
}

/**
 * Reads the schema version and table names, and the first row of every table, on a read-only
 * connection.
 * Such a connection creates an empty `-wal` and `-shm` beside a WAL-mode file that had none;
 * `forgetSidecars` removes those again when the file is refused (only empty ones it made, so a
 * WAL that another program opened meanwhile is left alone).
 */
function lookInside(filePath: string, nativeBinding: string | undefined) {
  const madeHere = ['-wal', '-shm'].filter((suffix) => !fs.existsSync(filePath + suffix));
  const forgetSidecars = () => {
    for (const suffix of madeHere) {
      const sidecar = filePath + suffix;
      if (suffix === '-wal' && fs.existsSync(sidecar) && fs.statSync(sidecar).size > 0) return;
      fs.rmSync(sidecar, { force: true });
    }
  };
  const db = connect(filePath, nativeBinding, true);
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    const rows = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
      name: string;
    }[];
    // Truncation shows when the file is opened, damage inside a page only when it is read: each
    // table's root and first leaf are a few pages, so a file whose first pages are garbage is
    // refused at once. Damage further in, and in indexes, is the background check's.
    for (const { name } of rows) db.prepare(`SELECT * FROM "${name.replace(/"/g, '""')}" LIMIT 1`).get();
    return { version, tables: new Set(rows.map((row) => row.name)), forgetSidecars };
  } catch (error) {
    forgetSidecars();
    throw unusable(error, filePath);
  } finally {
    db.close();
  }
}

function unusable(error: unknown, filePath: string): DatabaseOpenError {
  const code = (error as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB')
    return new DatabaseOpenError('not-a-database', filePath, 'it is not a SQLite database');
  if (code === 'SQLITE_READONLY_ROLLBACK') {
    return new DatabaseOpenError(
      'unreadable',
      filePath,
      'the program that last wrote it stopped in the middle of a change (its rollback journal is beside it); open it in that program first',
    );
  }
  const damaged = sqliteFailure(error);
  return new DatabaseOpenError(
    'unreadable',
    filePath,
    damaged?.kind === 'damaged' ? damaged.detail : (error as Error).message,
  );
}

/**
 * A failed migration has rolled back (the file stays at its last whole version, and the copy
 * taken before it is kept): reported like any other unusable file, so opening never crashes.
 */
async function migrateOrExplain(db: Db, filePath: string, options: OpenDatabaseOptions): Promise<void> {
  const { backupDir, now, nativeBinding } = options;
  const migrateOptions = { backupDir, now, nativeBinding, filePath };
  try {
    await migrate(db, migrateOptions, options.migrations);
  } catch (error) {
    const version = db.pragma('user_version', { simple: true }) as number;
    const failure = sqliteFailure(error);
    const unwritable = failure?.kind === 'disk-full' || failure?.kind === 'read-only';
    throw new DatabaseOpenError(
      unwritable ? 'unwritable' : 'unreadable',
      filePath,
      `updating it from schema ${version} failed (${unwritable ? failure.detail : (error as Error).message})`,
    );
  }
}
