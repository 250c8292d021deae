import type { DatabaseProblem } from '../../../shared/contract/database';

/**
 * A database file that cannot be used. Its message names the file and says it was left as it
 * was: the app then offers to move it aside or to open another file, and never deletes it.
 */
export class DatabaseOpenError extends Error {
  constructor(
    readonly problem: DatabaseProblem,
    readonly path: string,
    detail: string,
  ) {
    super(`Cannot open the database ${path}: ${detail}. The file has not been changed.`);
    this.name = 'DatabaseOpenError';
  }
}
