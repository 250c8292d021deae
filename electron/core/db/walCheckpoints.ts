import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

/** What the worker needs: the file, and the driver built for this runtime (see nativeBinding.ts). */
export interface CheckpointRequest {
  filePath: string;
  nativeBinding?: string;
}

/**
 * A checkpoint's result: the WAL's pages and how many of them are now in the database file;
 * `caughtUp` when no commit came while it copied the last of them (the next write then starts
 * the WAL over).
 */
export type CheckpointOutcome =
  { kind: 'done'; walPages: number; copied: number; caughtUp: boolean } | { kind: 'failed'; message: string };

/**
 * How long after a write its checkpoint starts: while the person types, one checkpoint a second,
 * of a few pages each, instead of SQLite's one every 1,000 pages inside whichever write crossed it.
 */
export const CHECKPOINT_DELAY_MS = 1000;

/**
 * Once checkpointed, SQLite writes the WAL again from its start and cuts the file back to this:
 * one large import would otherwise leave a WAL that large for good. About 1,000 pages, what
 * SQLite's own checkpoints let it grow to.
 */
export const WAL_SIZE_LIMIT_BYTES = 4 * 1024 * 1024;

/**
 * A WAL this long that the worker could not catch up with (commits kept coming while it copied)
 * is caught up on the writing connection, between two writes: no commit can land meanwhile, so
 * the next write starts the WAL over. It copies only what came during the worker's last pass.
 */
const CATCH_UP_PAGES = 1000;

/** The worker's script: the source under Vitest, the `.cjs` that build.mjs writes beside the bundle. */
const WAL_CHECKPOINT_WORKER_SCRIPT = path.join(
  __dirname,
  __filename.endsWith('.ts') ? 'walCheckpointWorker.ts' : 'walCheckpointWorker.cjs',
);

/**
 * Takes the WAL's checkpoints off the write path of `db`, the connection every write goes through.
 * SQLite's automatic checkpoint runs inside the commit that takes the WAL past 1,000 pages, so
 * that one write also copied 4 MB into the database file and synced it (issue 16: a saved
 * figure's rare long presses). Here `wrote` (after each commit) schedules a PASSIVE checkpoint a
 * moment later, run by a worker thread on its own connection: writes go on committing meanwhile,
 * and the WAL holds about a second of writes (see CATCH_UP_PAGES for when commits outrun the
 * worker). A checkpoint never risks a commit: SQLite copies
 * only whole committed transactions, and a copy cut short is done again from the WAL.
 * `close` ends the worker and, on the way out, empties the WAL into the file (TRUNCATE).
 */
export function startWalCheckpoints(
  db: Database.Database,
  request: CheckpointRequest,
  delayMs = CHECKPOINT_DELAY_MS,
) {
  db.pragma('wal_autocheckpoint = 0');
  db.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT_BYTES}`);
  let worker: Worker | null = null;
  let pending: NodeJS.Timeout | null = null;
  let running: Promise<CheckpointOutcome> | null = null;
  /** A commit came while a checkpoint ran: another follows it. */
  let wroteSince = false;
  let closed = false;

  /** Started on the first checkpoint: a session that only reads never starts one. */
  function started(): Worker {
    if (worker) return worker;
    const made = new Worker(WAL_CHECKPOINT_WORKER_SCRIPT, { workerData: request });
    made.unref();
    made.once('exit', () => {
      if (worker === made) worker = null;
    });
    return (worker = made);
  }

  function ask(): Promise<CheckpointOutcome> {
    const asked = started();
    return new Promise<CheckpointOutcome>((resolve) => {
      const answered = (outcome: CheckpointOutcome) => {
        asked.off('message', answered);
        asked.off('error', failed);
        asked.off('exit', stopped);
        resolve(outcome);
      };
      const failed = (error: Error) => answered({ kind: 'failed', message: error.message });
      const stopped = (code: number) =>
        answered({ kind: 'failed', message: `the worker stopped (exit code ${code})` });
      asked.on('message', answered);
      asked.once('error', failed);
      asked.once('exit', stopped);
      asked.postMessage('checkpoint');
    });
  }

  /** The catch-up of CATCH_UP_PAGES on the writing connection; what went wrong, or null. */
  function caughtUpHere(): string | null {
    try {
      db.pragma('wal_checkpoint(PASSIVE)');
      return null;
    } catch (error) {
      return (error as Error).message;
    }
  }

  function step(): Promise<CheckpointOutcome> {
    pending = null;
    wroteSince = false;
    const current = ask().then((outcome) => {
      running = null;
      if (closed) return outcome;
      const catchUp = outcome.kind === 'done' && !outcome.caughtUp && outcome.walPages >= CATCH_UP_PAGES;
      const failure = outcome.kind === 'failed' ? outcome.message : catchUp ? caughtUpHere() : null;
      // Not fatal: the WAL keeps every commit, and the next checkpoint (or the close) copies it.
      if (failure) console.error(`[hindsight] a checkpoint of ${request.filePath} failed: ${failure}`);
      if (wroteSince) wrote();
      return outcome;
    });
    running = current;
    return current;
  }

  /** A commit: its checkpoint starts `delayMs` later, in the worker (one for all commits meanwhile). */
  function wrote(): void {
    if (closed || pending) return;
    if (running) {
      wroteSince = true;
      return;
    }
    pending = setTimeout(step, delayMs);
    pending.unref();
  }

  return {
    wrote,
    /** Runs the scheduled checkpoint now; resolves with the last one's outcome (null when none ran). */
    async checkpointNow(): Promise<CheckpointOutcome | null> {
      if (pending) {
        clearTimeout(pending);
        return step();
      }
      return running;
    },
    /**
     * Before `db` closes: no more checkpoints in the worker, and the WAL emptied into the file on
     * this connection (a busy or read-only file keeps its WAL, which the next open reads as ever).
     * Resolves when the worker has let go of the file.
     */
    close(): Promise<void> {
      closed = true;
      if (pending) clearTimeout(pending);
      pending = null;
      const exited = worker
        ? new Promise<void>((resolve) => {
            worker!.once('exit', () => resolve());
            worker!.postMessage('close');
          })
        : Promise.resolve();
      try {
        db.pragma('wal_checkpoint(TRUNCATE)');
      } catch {
        // A read-only or full disk: the WAL stays beside the file, whole, for the next open.
      }
      return exited;
    },
  };
}

export type WalCheckpoints = ReturnType<typeof startWalCheckpoints>;
