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
 * `pinned` when the rest could not be copied because a reader still needs it.
 */
export type CheckpointOutcome =
  { kind: 'done'; walPages: number; copied: number; pinned: boolean } | { kind: 'failed'; message: string };

/**
 * How long the core must have written nothing before the worker checkpoints: a person typing
 * leaves such pauses between lines, and the few pages written since the last one are copied
 * then, beside no write, so SQLite's own checkpoint (below) never comes due.
 */
export const CHECKPOINT_IDLE_MS = 250;

/**
 * SQLite's automatic checkpoint, inside the commit that takes the WAL past this many pages: on
 * only while writes come with no pause (a script, a room's burst), whose commits it keeps
 * overwriting a short WAL; BURST_COMMITS in a row turn it on, and the next pause off again.
 */
const AUTOCHECKPOINT_PAGES = 1000;

/** About AUTOCHECKPOINT_PAGES at the 4–6 pages a record's write appends. */
const BURST_COMMITS = 200;

/**
 * Once checkpointed, SQLite writes the WAL again from its start and cuts the file back to this:
 * one large import would otherwise leave a WAL that large for good. About AUTOCHECKPOINT_PAGES.
 */
export const WAL_SIZE_LIMIT_BYTES = 4 * 1024 * 1024;

/** The worker's script: the source under Vitest, the `.cjs` that build.mjs writes beside the bundle. */
const WAL_CHECKPOINT_WORKER_SCRIPT = path.join(
  __dirname,
  __filename.endsWith('.ts') ? 'walCheckpointWorker.ts' : 'walCheckpointWorker.cjs',
);

/**
 * Takes the WAL's checkpoints off the write path of `db`, the connection every write goes through.
 * SQLite's automatic checkpoint runs inside the commit that takes the WAL past 1,000 pages, so
 * that one write also copies ~4 MB into the database file and syncs it; and when a reader (the
 * integrity check after an open, a backup, the command line) held its snapshot meanwhile, the
 * first write after it copies everything written since, an import of 50,000 events included
 * (issue 16: a saved figure's rare long presses). Here `wrote` (after each commit) schedules a
 * PASSIVE checkpoint for when no write has come for CHECKPOINT_IDLE_MS, run by a worker thread on
 * its own connection, so the WAL is copied while the person pauses and starts over at the next
 * write; a WAL a reader kept from being copied waits for the next pause after the reader, not
 * for a write. Only a burst with no pause turns SQLite's own back on. A checkpoint never risks a
 * commit: SQLite copies only whole committed transactions, and a copy cut short is done again
 * from the WAL. `close` ends the worker and, on the way out, empties the WAL into the file (TRUNCATE).
 */
export function startWalCheckpoints(db: Database.Database, request: CheckpointRequest) {
  db.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT_BYTES}`);
  db.pragma('wal_autocheckpoint = 0');
  let autocheckpoint = false;
  /** Commits since the last checkpoint started. */
  let commits = 0;
  let worker: Worker | null = null;
  let pending: NodeJS.Timeout | null = null;
  /** When the last commit came (Date.now()): the checkpoint waits CHECKPOINT_IDLE_MS after it. */
  let lastCommitAt = 0;
  let running: Promise<CheckpointOutcome> | null = null;
  /** A commit came while a checkpoint ran: another follows it. */
  let wroteSince = false;
  let closed = false;

  function setAutocheckpoint(on: boolean): void {
    if (on === autocheckpoint) return;
    autocheckpoint = on;
    db.pragma(`wal_autocheckpoint = ${on ? AUTOCHECKPOINT_PAGES : 0}`);
  }

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

  /**
   * Arms the checkpoint for the pause after the last commit. A commit only notes its time: the
   * timer, once it fires, waits again for what is left of the pause if a commit came meanwhile
   * (re-arming the timer on every commit cost a write ~5 µs once fsync left the CPU cold).
   */
  function schedule(): void {
    if (!pending) arm(CHECKPOINT_IDLE_MS);
  }

  function arm(afterMs: number): void {
    (pending = setTimeout(() => {
      const left = CHECKPOINT_IDLE_MS - (Date.now() - lastCommitAt);
      // At most a whole pause again, should the clock have been set back meanwhile.
      if (left > 0) arm(Math.min(left, CHECKPOINT_IDLE_MS));
      else void step();
    }, afterMs)).unref();
  }

  function step(): Promise<CheckpointOutcome> {
    pending = null;
    wroteSince = false;
    commits = 0;
    const current = ask().then((outcome) => {
      running = null;
      if (closed) return outcome;
      if (outcome.kind === 'failed') {
        // Not fatal: the WAL keeps every commit, and the next checkpoint (or the close) copies it.
        console.error(`[hindsight] a checkpoint of ${request.filePath} failed: ${outcome.message}`);
      } else {
        setAutocheckpoint(commits >= BURST_COMMITS);
        // A reader still needs the rest: tried again at the next pause, never left to a write.
        if (outcome.pinned) schedule();
      }
      if (wroteSince) schedule();
      return outcome;
    });
    running = current;
    return current;
  }

  /** A commit: the checkpoint waits until no commit has come for CHECKPOINT_IDLE_MS. */
  function wrote(): void {
    if (closed) return;
    lastCommitAt = Date.now();
    commits += 1;
    if (commits >= BURST_COMMITS) setAutocheckpoint(true);
    if (running) wroteSince = true;
    else schedule();
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
