import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { DatabaseStatus, MovedAside } from '../../../shared/contract/database';
import { createStore, type Store } from '../repos/store';
import { openDatabase } from './openDatabase';
import { DatabaseOpenError } from './databaseOpenError';
import { fileStamp } from './backup';
import { backupIfDue } from './scheduledBackup';
import { checkIntegrityAfterPause } from './integrityCheck';
import { startWalCheckpoints, type WalCheckpoints } from './walCheckpoints';

/**
 * How long after an open the full check starts: long enough for the first window to load and
 * paint, short enough that damage is found before much is typed.
 */
const CHECK_PAUSE_MS = 1000;

/** Copies of a database (before migrations, and daily) live in `backups/` beside it. */
const backupDirOf = (filePath: string) => path.join(path.dirname(filePath), 'backups');

type State =
  | {
      kind: 'open';
      path: string;
      db: Database.Database;
      store: Store;
      check: ReturnType<typeof checkIntegrityAfterPause>;
      checkpoints: WalCheckpoints;
    }
  | { kind: 'unavailable'; path: string; error: DatabaseOpenError }
  | { kind: 'closed'; path: string };

export type DatabaseSession = Awaited<ReturnType<typeof openDatabaseSession>>;

/**
 * The database the core is working on. Opening never throws: a file that cannot be used leaves
 * the session `unavailable` with the reason, and the person decides (move aside, open another).
 *
 * An open answers after the cheap checks; the full integrity check (which reads the whole file)
 * then runs in a worker on a second, read-only connection (integrityCheck.ts), and the daily
 * copy is taken after it.
 * Damage it finds turns the session `unavailable` exactly as damage met by a call does
 * (`markUnusable`), and `onUnusable` tells the core, which tells every window.
 */
export async function openDatabaseSession(options: {
  path: string;
  nativeBinding?: string;
  now: () => number;
  /** The open file turned out damaged (by the background check or a call), and is closed. */
  onUnusable?: (error: DatabaseOpenError) => void;
}) {
  let state: State = { kind: 'closed', path: options.path };
  /**
   * Background work (a check, a copy) still winding down or running: a close stops it, and
   * `idle` waits until it has let go of the files, so nothing writes beside a file once it is
   * closed and its folder can be moved or removed.
   */
  const background = new Set<Promise<unknown>>();
  let stopCopies = new AbortController();
  function inBackground(work: Promise<unknown>): void {
    background.add(work);
    void work.finally(() => background.delete(work)).catch(() => undefined);
  }

  /**
   * Switches to `filePath` when it opens. When it cannot be used and a healthy database is open,
   * that one stays open (the answer still says why the other file was refused): picking the
   * wrong file in "open another" must not leave the person with nothing.
   */
  async function open(filePath: string): Promise<DatabaseStatus> {
    try {
      const db = await openDatabase(filePath, {
        nativeBinding: options.nativeBinding,
        backupDir: backupDirOf(filePath),
        now: options.now,
      });
      let store: Store;
      let checkpoints: WalCheckpoints;
      try {
        checkpoints = startWalCheckpoints(db, { filePath, nativeBinding: options.nativeBinding });
        store = createStore(db, checkpoints.wrote);
      } catch (error) {
        db.close();
        throw error;
      }
      // Only now, with the new file proven usable, is the one that was open closed.
      close();
      const check = checkIntegrityAfterPause(
        { filePath, nativeBinding: options.nativeBinding },
        CHECK_PAUSE_MS,
        async (outcome) => {
          // Stopped by a close, or superseded: the verdict is only about this connection's file.
          if (state.kind !== 'open' || state.db !== db) return;
          if (outcome.kind === 'damaged') markUnusable(outcome.detail);
          else if (outcome.kind === 'ok') await scheduledBackup();
          else console.error(`[hindsight] the integrity check of ${filePath} did not run: ${outcome.detail}`);
        },
      );
      state = { kind: 'open', path: filePath, db, store, check, checkpoints };
      return status();
    } catch (error) {
      if (!(error instanceof DatabaseOpenError)) throw error;
      if (state.kind === 'open') return unavailable(filePath, error);
      state = { kind: 'unavailable', path: filePath, error };
      return status();
    }
  }

  function unavailable(filePath: string, error: DatabaseOpenError): DatabaseStatus {
    return { state: 'unavailable', path: filePath, reason: error.problem, message: error.message };
  }

  /** Takes the daily copy when due. A failed copy is logged, never allowed to stop the work. */
  async function scheduledBackup(): Promise<void> {
    if (state.kind !== 'open') return;
    const { db, path: filePath } = state;
    const copy = backupIfDue(db, {
      filePath,
      backupDir: backupDirOf(filePath),
      now: options.now(),
      nativeBinding: options.nativeBinding,
      signal: stopCopies.signal,
    });
    inBackground(copy);
    try {
      await copy;
    } catch (error) {
      // A copy cut short by the app closing (or another file opened) is no failure to report.
      if (!db.open) return;
      console.error(`[hindsight] scheduled backup of ${filePath} failed`, error);
    }
  }

  function status(): DatabaseStatus {
    if (state.kind === 'open') return { state: 'open', path: state.path };
    const error =
      state.kind === 'unavailable'
        ? state.error
        : new DatabaseOpenError('unreadable', state.path, 'it is closed');
    return unavailable(state.path, error);
  }

  /** The open file turned out damaged while in use: closed, and reported like a damaged file at open. */
  function markUnusable(detail: string): DatabaseOpenError {
    const error = new DatabaseOpenError('unreadable', state.path, detail);
    close();
    state = { kind: 'unavailable', path: state.path, error };
    options.onUnusable?.(error);
    return error;
  }

  function close(): void {
    if (state.kind === 'open') {
      state.check.stop();
      inBackground(state.check.finished());
      stopCopies.abort();
      stopCopies = new AbortController();
      inBackground(state.checkpoints.close());
      state.db.close();
    }
    state = { kind: 'closed', path: state.path };
  }

  await open(options.path);

  return {
    open,
    status,
    close,
    markUnusable,
    scheduledBackup,
    /**
     * Resolves when the last open's background work is done: the full check (after which a
     * damaged file is `unavailable`) and the daily copy. The CLI waits for it before its command.
     */
    settled: (): Promise<void> => (state.kind === 'open' ? state.check.settled() : Promise.resolve()),
    /** Runs the WAL checkpoint a write scheduled now, in its worker (see walCheckpoints.ts). */
    checkpointNow: () => (state.kind === 'open' ? state.checkpoints.checkpointNow() : Promise.resolve(null)),
    /** Resolves when no background work of a closed connection touches its files any more. */
    idle: async (): Promise<void> => {
      await Promise.allSettled([...background]);
    },
    /** The open database's store; throws the reason it is unavailable otherwise. */
    store(): Store {
      if (state.kind === 'open') return state.store;
      throw state.kind === 'unavailable'
        ? state.error
        : new DatabaseOpenError('unreadable', state.path, 'it is closed');
    },
    /**
     * Renames the unusable file (and its WAL sidecars) to `<name>.unreadable-<time>` beside it,
     * never deleting anything, then starts a fresh database at the original path.
     */
    async moveAsideAndStartFresh(): Promise<MovedAside> {
      const original = state.path;
      close();
      const movedTo = unusedPath(`${original}.unreadable-${fileStamp(options.now())}`);
      try {
        fs.renameSync(original, movedTo);
      } catch (error) {
        // Nothing moved (a locked file, a read-only folder): back to where the person was.
        await open(original);
        throw new Error(`Could not move ${original} aside: ${(error as Error).message}`, { cause: error });
      }
      for (const suffix of ['-wal', '-shm']) {
        if (fs.existsSync(original + suffix)) fs.renameSync(original + suffix, movedTo + suffix);
      }
      return { movedTo, status: await open(original) };
    },
  };
}

/**
 * `wanted`, or `wanted-2`, `-3`… when taken: a rename onto an existing file would replace it,
 * and a file moved aside earlier in the same second must not be lost.
 */
function unusedPath(wanted: string): string {
  let candidate = wanted;
  for (let n = 2; ['', '-wal', '-shm'].some((suffix) => fs.existsSync(candidate + suffix)); n += 1) {
    candidate = `${wanted}-${n}`;
  }
  return candidate;
}
