/**
 * Errors that cross the process boundary. Methods never throw across IPC (electron#24427 loses
 * the error's type): every call resolves to a `Result`, and the renderer shows `message` and,
 * for input problems, each issue next to the field its `path` names.
 */

export const ERROR_CODES = [
  /** The payload failed its schema; `issues` names every bad field. Nothing was written. */
  'invalid-input',
  /** A meeting bundle failed validation; `issues` holds JSON paths. Nothing was written. */
  'invalid-bundle',
  /** The record named does not exist (or was deleted). */
  'not-found',
  /** The request contradicts what is stored, e.g. importing a meeting that is already there. */
  'conflict',
  /** The caller may not do this (a note-taker calling outside the room's capabilities). Nothing was written. */
  'forbidden',
  /** Too many calls too fast, or too many waiting: try again shortly. Nothing was written. */
  'rate-limited',
  /** The database could not be opened; only `database.*` methods are served until it is. */
  'database-unavailable',
  /** A file could not be read or written. */
  'file-error',
  /** The database file (or its folder) is read-only. Nothing was written. */
  'read-only',
  /** The disk holding the database is full. Nothing was written. */
  'disk-full',
  /** Another program held the database's write lock past the busy timeout. Nothing was written. */
  'busy',
  /** The name is not a contract method (the bridge refuses it before anything is sent). */
  'unknown-method',
  /** The call did not reach the main process or its answer did not come back. */
  'transport',
  /** A bug: the message is logged and shown, the data is untouched. */
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface Issue {
  /** Where the problem is, as a JSON path: `title`, `timeline[3].at`. Empty for the whole value. */
  path: string;
  message: string;
}

export interface ContractError {
  code: ErrorCode;
  message: string;
  issues?: Issue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ContractError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(
  code: ErrorCode,
  message: string,
  issues?: Issue[],
): { ok: false; error: ContractError } {
  return { ok: false, error: issues ? { code, message, issues } : { code, message } };
}

/** Formats a schema path (`['timeline', 3, 'at']`) the way people read JSON: `timeline[3].at`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return out === '' ? name : `${out}.${name}`;
  }, '');
}

/** One line per issue, for a CLI or a log: `timeline[3].at: not a date`. */
export function describeIssues(issues: readonly Issue[]): string {
  return issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('\n');
}

/** How many problems a refusal lists: enough to fix a file by, few enough to read and to hold. */
export const MAX_LISTED_ISSUES = 100;

/**
 * Collects issues up to `limit`. Validation of a large input stops once it is `full`: a file of a
 * million broken records would otherwise build tens of millions of issues and exhaust the heap.
 */
export function issueCollector(limit = MAX_LISTED_ISSUES) {
  const issues: Issue[] = [];
  return {
    issues,
    get full(): boolean {
      return issues.length >= limit;
    },
    add(path: readonly PropertyKey[], message: string): void {
      if (issues.length < limit) issues.push({ path: formatPath(path), message });
    },
  };
}
