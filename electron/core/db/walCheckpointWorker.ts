// The WAL's checkpoints, run in a worker thread on a connection of its own (walCheckpoints.ts
// starts it), so that copying the WAL into the database file never runs inside a write on the
// main process. Node runs this file as it is under Vitest (type stripping), and
// electron/build/build.mjs bundles it beside the main process and the CLI: it imports nothing of
// ours but types, which are erased.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { CheckpointOutcome, CheckpointRequest } from './walCheckpoints';

const { filePath, nativeBinding } = workerData as CheckpointRequest;

function open(): Database.Database {
  const db = new Database(filePath, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  // FULL: the WAL is synced before its pages are copied and the file after, as the writing
  // connection's own checkpoints were; a checkpoint cut short leaves the WAL whole.
  db.pragma('synchronous = FULL');
  return db;
}

let db: Database.Database | null = null;

/** What `PRAGMA wal_checkpoint` answers: the WAL's pages, and how many of them are in the file. */
interface WalState {
  busy: number;
  log: number;
  checkpointed: number;
}

/**
 * A pass runs beside the commits, and SQLite writes the WAL again from its start only once all
 * of it is copied: passes follow, each copying what commits appended during the one before (so
 * each shorter), until one finds nothing new, or copies nothing (a reader still needs the rest).
 */
const MAX_PASSES = 8;

/**
 * PASSIVE: copies what no reader still needs and never waits for a lock, so the writing
 * connection goes on committing meanwhile; what it could not copy waits for the next checkpoint.
 */
function checkpoint(): CheckpointOutcome {
  try {
    db ??= open();
    let last = (db.pragma('wal_checkpoint(PASSIVE)') as WalState[])[0]!;
    for (let passes = 1; passes < MAX_PASSES && last.checkpointed < last.log; passes += 1) {
      const previous = last;
      last = (db.pragma('wal_checkpoint(PASSIVE)') as WalState[])[0]!;
      if (last.checkpointed === previous.checkpointed) break;
    }
    const pinned = last.checkpointed < last.log;
    return { kind: 'done', walPages: last.log, copied: last.checkpointed, pinned };
  } catch (error) {
    return { kind: 'failed', message: String((error as Error).message ?? error) };
  }
}

parentPort?.on('message', (message: 'checkpoint' | 'close') => {
  if (message === 'checkpoint') {
    parentPort!.postMessage(checkpoint());
    return;
  }
  db?.close();
  db = null;
  parentPort!.close();
});
