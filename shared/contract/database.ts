import { z } from 'zod';
import { method } from './define';

/** Whether the database file is open, and if not, why (shown on the recovery screen). */
export type DatabaseStatus =
  | { state: 'open'; path: string }
  | { state: 'unavailable'; path: string; reason: DatabaseProblem; message: string };

export type DatabaseProblem = 'not-a-database' | 'newer-schema' | 'unreadable' | 'unwritable';

/** The answer to "move the damaged file aside": where it went, and the fresh database's state. */
export interface MovedAside {
  movedTo: string;
  status: DatabaseStatus;
}

/**
 * A damaged or unreadable database is never deleted or overwritten (DESIGN.md section 4):
 * these are the only methods served while it is unavailable, and they let the person choose.
 */
export const databaseMethods = {
  'database.status': method(z.object({})).returns<DatabaseStatus>(),
  /** Renames the unreadable file next to itself and starts a new, empty database at its path. */
  'database.moveAsideAndStartFresh': method(z.object({})).returns<MovedAside>(),
  /**
   * Opens another database file chosen in a dialog and answers its status; `null` when the
   * dialog was cancelled. A healthy database stays open when the chosen file cannot be used.
   */
  'database.openOther': method(z.object({})).returns<DatabaseStatus | null>(),
} as const;
