// The full integrity check, run in a worker thread so that it never holds up the main process
// (integrityCheck.ts starts it). Node runs this file as it is under Vitest (type stripping), and
// electron/build/build.mjs bundles it beside the main process and the CLI: it imports nothing of
// ours but types, which are erased.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { IntegrityCheckRequest, IntegrityVerdict } from './integrityCheck';

function check({ filePath, nativeBinding }: IntegrityCheckRequest): IntegrityVerdict {
  let db: Database.Database | undefined;
  try {
    // Read-only: the check takes its own snapshot and never writes, checkpoints or rolls back.
    db = new Database(filePath, {
      readonly: true,
      fileMustExist: true,
      ...(nativeBinding ? { nativeBinding } : {}),
    });
    const result = db.pragma('integrity_check(1)', { simple: true });
    return result === 'ok'
      ? { kind: 'ok' }
      : { kind: 'failed', code: 'SQLITE_CORRUPT', message: String(result) };
  } catch (error) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    return { kind: 'failed', code: typeof code === 'string' ? code : '', message: String(message ?? error) };
  } finally {
    db?.close();
  }
}

parentPort?.postMessage(check(workerData as IntegrityCheckRequest));
