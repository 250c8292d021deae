import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { sqliteFailure } from './sqliteFailure';

/** What the worker is asked: the file, and the driver built for this runtime (see nativeBinding.ts). */
export interface IntegrityCheckRequest {
  filePath: string;
  nativeBinding?: string;
}

/** The worker's answer: SQLite's own words when the check did not answer "ok". */
export type IntegrityVerdict = { kind: 'ok' } | { kind: 'failed'; code: string; message: string };

/** What a finished check means for the file. */
export type IntegrityOutcome =
  | { kind: 'ok' }
  | { kind: 'damaged'; detail: string }
  /** The check could not run (a stopped worker, a file removed meanwhile): says nothing about the file. */
  | { kind: 'unknown'; detail: string };

/**
 * The worker's script: the TypeScript source beside this file when it runs from source (Vitest),
 * or the `.cjs` that electron/build/build.mjs writes beside the bundle this file is part of
 * (dist/main inside app.asar, which Electron's worker threads read; dist/cli).
 */
const INTEGRITY_WORKER_SCRIPT = path.join(
  __dirname,
  __filename.endsWith('.ts') ? 'integrityCheckWorker.ts' : 'integrityCheckWorker.cjs',
);

/**
 * Runs SQLite's full `integrity_check` (every page and every index entry, so it reads the whole
 * file) on a read-only connection in a worker thread. `stop` ends the worker (the outcome is then
 * `unknown`); the worker never keeps a process alive on its own.
 */
export function checkIntegrity(request: IntegrityCheckRequest): {
  outcome: Promise<IntegrityOutcome>;
  stop(): void;
} {
  const worker = new Worker(INTEGRITY_WORKER_SCRIPT, { workerData: request });
  worker.unref();
  const outcome = new Promise<IntegrityOutcome>((resolve) => {
    worker.once('message', (verdict: IntegrityVerdict) => resolve(outcomeOf(verdict)));
    worker.once('error', (error) => resolve({ kind: 'unknown', detail: error.message }));
    worker.once('exit', (code) =>
      resolve({ kind: 'unknown', detail: `the check stopped (exit code ${code})` }),
    );
  });
  return { outcome, stop: () => void worker.terminate() };
}

function outcomeOf(verdict: IntegrityVerdict): IntegrityOutcome {
  if (verdict.kind === 'ok') return verdict;
  const failure = sqliteFailure(Object.assign(new Error(verdict.message), { code: verdict.code }));
  if (failure?.kind === 'damaged') return { kind: 'damaged', detail: failure.detail };
  return { kind: 'unknown', detail: verdict.message };
}

/**
 * The check after an open: it starts once the app has had `pauseMs` to start up (its first
 * window reads and paints meanwhile, without a whole-file read competing for the disk and a
 * core), or at once when someone waits for it (`settled`, as the CLI does before a command).
 * `settled` resolves when `then` has dealt with the outcome; `stop` cancels what has not run.
 */
export function checkIntegrityAfterPause(
  request: IntegrityCheckRequest,
  pauseMs: number,
  then: (outcome: IntegrityOutcome) => void | Promise<void>,
): { settled(): Promise<void>; stop(): void; finished(): Promise<void> } {
  let running: ReturnType<typeof checkIntegrity> | null = null;
  let done: Promise<void> | null = null;
  let stopped = false;
  const start = (): Promise<void> => {
    clearTimeout(timer);
    if (stopped) return Promise.resolve();
    done ??= (running = checkIntegrity(request)).outcome.then(then);
    return done;
  };
  const timer = setTimeout(start, pauseMs);
  timer.unref();
  return {
    settled: start,
    stop() {
      stopped = true;
      clearTimeout(timer);
      running?.stop();
    },
    /** Resolves when a check that started has ended and `then` is done; at once if none started. */
    finished: () => done ?? Promise.resolve(),
  };
}
