import { randomUUID } from 'node:crypto';
import { isMethodName, type EventName, type EventPayload, type MethodName } from '../../shared/contract';
import { describeIssues, fail, formatPath, ok, type Result } from '../../shared/contract/errors';
import { openDatabaseSession } from './db/session';
import { parseCallInput } from './callInput';
import type { Store } from './repos/store';
import { DatabaseOpenError } from './db/databaseOpenError';
import { sqliteFailure, type SqliteFailure } from './db/sqliteFailure';
import {
  HandlerError,
  type HandlerContext,
  type Handler,
  type Handlers,
  type Host,
} from './handlers/context';
import { meetingHandlers } from './handlers/meetings';
import { recordHandlers } from './handlers/records';
import { libraryHandlers } from './handlers/library';
import { databaseHandlers } from './handlers/database';
import { liveHandlers } from './handlers/live';
import { actionItemHandlers } from './handlers/actionItems';
import { reportHandlers } from './handlers/report';
import { mergeHandlers } from './handlers/merge';
import { timelineImportHandlers } from './handlers/timelineImport';
import { timelineParkHandlers } from './handlers/timelinePark';
import { templateHandlers } from './handlers/templates';
import { roomHandlers } from './handlers/room';
import { createRoomHub } from './room/roomHub';
import { coachHandlers } from './handlers/coach';
import { joinHandlers } from './handlers/join';
import { createJoinedRoom } from './join/joinedRoom';

/** Every contract method's handler; `satisfies` makes a missing one a compile error. */
export const handlers = {
  ...meetingHandlers,
  ...recordHandlers,
  ...libraryHandlers,
  ...databaseHandlers,
  ...liveHandlers,
  ...actionItemHandlers,
  ...reportHandlers,
  ...mergeHandlers,
  ...timelineImportHandlers,
  ...timelineParkHandlers,
  ...templateHandlers,
  ...roomHandlers,
  ...coachHandlers,
  ...joinHandlers,
} satisfies Handlers;

export interface CoreOptions {
  /** The SQLite file; created when missing. */
  dbPath: string;
  /** Folder of the example bundles (resources/examples). */
  examplesDir: string;
  host: Host;
  /** The better_sqlite3.node for this runtime; Node's own build when left out. */
  nativeBinding?: string;
  now?: () => number;
  newId?: () => string;
}

export type CoreEventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export type Core = Awaited<ReturnType<typeof createCore>>;

/**
 * The whole back end in plain Node: the database session and one handler per contract method.
 * `call` is the only way in: it validates the raw payload against the contract (callInput.ts:
 * nothing is written when it fails), runs the handler, and answers a `Result` — it never throws,
 * since an exception cannot cross IPC intact. Events go out after the handler's transaction committed.
 */
export async function createCore(options: CoreOptions) {
  const now = options.now ?? Date.now;
  const newId = options.newId ?? randomUUID;
  const listeners = new Set<CoreEventListener>();
  const session = await openDatabaseSession({
    path: options.dbPath,
    nativeBinding: options.nativeBinding,
    now,
    // Damage found by the background check or by a call: every window turns to the recovery screen.
    onUnusable: () => {
      for (const listener of listeners) listener('databaseChanged', {});
    },
  });
  // The app may stay open for days; unref() so the timer never keeps a CLI run alive.
  const backupTimer = setInterval(() => void session.scheduledBackup(), BACKUP_CHECK_INTERVAL_MS);
  backupTimer.unref();
  const exportedFiles = new Set<string>();

  /** Sends a committed change to every listener: a failing one must not stop the others. */
  function broadcast(event: EventName, payload: unknown): void {
    for (const listener of listeners) {
      try {
        listener(event, payload as never);
      } catch (error) {
        console.error(`[hindsight] a ${event} listener failed`, error);
      }
    }
  }

  const room = createRoomHub({
    host: options.host.room,
    store: () => session.store(),
    now,
    newId,
    call: (name, raw) => call(name, raw),
    together,
    emit: broadcast,
  });
  listeners.add((event, payload) => room.onCoreEvent(event, payload));

  // Read once per open database rather than on every write (a recovery may open another file).
  let device: { store: Store; id: string } | null = null;
  const deviceId = () => {
    const store = session.store();
    if (device?.store === store) return device.id;
    let id = store.readSetting('device_id');
    if (!id) {
      id = newId();
      store.writeSetting('device_id', id);
    }
    device = { store, id };
    return id;
  };

  const joined = createJoinedRoom({ store: () => session.store(), now, deviceId, emit: broadcast });
  if (session.status().state === 'open') joined.resume();

  /** The group of calls being started inside `together`, and how its one commit went. */
  let group: { failure: Result<never> | null } | null = null;

  /**
   * Runs `start`, and every call it starts writes inside one transaction: each call's own
   * transaction becomes a savepoint (a refused call still leaves nothing), and the group costs
   * one commit, so one fsync (synchronous = FULL) instead of one per call. `start` must only
   * start calls: their answers and events come once the commit returned (a call awaits its
   * handler, so it resumes after `start`'s transaction ended), and when the commit fails every
   * call of the group answers that failure and sends no event. A handler's work after its first
   * await is outside the group, as it would be outside any call's transaction.
   */
  function together<T>(start: () => T): T {
    if (session.status().state !== 'open' || group) return start();
    const current: { failure: Result<never> | null } = { failure: null };
    group = current;
    let started = null as { value: T } | null;
    try {
      session.store().transaction(() => {
        started = { value: start() };
      });
    } catch (error) {
      if (!started) throw error;
      const failure = sqliteFailure(error);
      current.failure =
        failure?.kind === 'damaged' ? damaged(failure.detail) : toFailure('a room write', error, failure);
    } finally {
      group = null;
    }
    return started!.value;
  }

  async function call(name: string, raw: unknown): Promise<Result<unknown>> {
    const inGroup = group;
    if (!isMethodName(name)) return fail('unknown-method', `“${name}” is not a Hindsight method.`);
    const status = session.status();
    // Only the recovery methods are served without a database, even those that need no table.
    if (status.state !== 'open' && !name.startsWith('database.')) {
      return fail('database-unavailable', status.message);
    }
    // Inside a try like the handler: `call` answers, it never throws (a room client's call is
    // answered from its promise, and nothing catches a rejection there).
    let parsed: ReturnType<typeof parseCallInput>;
    try {
      parsed = parseCallInput(name, raw);
    } catch (error) {
      return toFailure(name, error, null);
    }
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        message: issue.message,
      }));
      return fail('invalid-input', `Not saved: ${describeIssues(issues).replace(/\n/g, '; ')}.`, issues);
    }
    const queued: [EventName, unknown][] = [];
    const context: HandlerContext = {
      store: session.store,
      session,
      now,
      newId,
      deviceId,
      emit: (event, payload) => queued.push([event, payload]),
      host: options.host,
      examplesDir: options.examplesDir,
      exportedFiles,
      room,
      joined,
    };
    let value: unknown;
    try {
      const handler = handlers[name] as Handler<MethodName>;
      value = await handler(parsed.data as never, context);
    } catch (error) {
      if (inGroup?.failure) return inGroup.failure;
      const failure = sqliteFailure(error);
      if (failure?.kind === 'damaged') return damaged(failure.detail);
      return toFailure(name, error, failure);
    }
    if (inGroup?.failure) return inGroup.failure;
    // The change is committed: a failing listener must not turn the answer into "nothing saved".
    for (const [event, payload] of queued) broadcast(event, payload);
    return ok(value);
  }

  /**
   * Damage found by a call (before the background check got there, or in a page written since):
   * the session turns unavailable and tells every window, so the recovery screen offers to move
   * the file aside instead of each call answering a bare error.
   */
  function damaged(detail: string): Result<never> {
    return fail('database-unavailable', session.markUnusable(detail).message);
  }

  return {
    call,
    together,
    /** Listens to committed changes; returns the function that stops listening. */
    onEvent(listener: CoreEventListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    session,
    /** The room hub, so a shell can close the room on quit (core.close does too). */
    room,
    /** Stops everything at once; resolves when the room is shut and no background copy touches the files. */
    async close(): Promise<void> {
      clearInterval(backupTimer);
      const roomClosed = room.close();
      joined.close();
      listeners.clear();
      session.close();
      await Promise.all([roomClosed, session.idle()]);
    },
  };
}

/** How often a running app looks whether the daily backup copy is due. */
const BACKUP_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/** What the person can do about each write the database refused; nothing was saved in any. */
const WRITE_REFUSALS = {
  'read-only': 'Give Hindsight write access to the file and its folder, or open another database.',
  'disk-full': 'Free some space on the disk, then try again.',
  busy: 'Try again when the other program (another Hindsight, its command line, a backup tool) is done.',
} as const;

function toFailure(name: string, error: unknown, failure: SqliteFailure | null): Result<never> {
  if (error instanceof HandlerError) return fail(error.code, error.message, error.issues);
  if (error instanceof DatabaseOpenError) return fail('database-unavailable', error.message);
  if (failure && failure.kind !== 'damaged') {
    const detail = failure.detail.charAt(0).toUpperCase() + failure.detail.slice(1);
    return fail(failure.kind, `${detail}: nothing was saved. ${WRITE_REFUSALS[failure.kind]}`);
  }
  console.error(`[hindsight] ${name} failed`, error);
  return fail(
    'internal',
    `Something went wrong in ${name}: ${(error as Error).message ?? String(error)}. Nothing was saved.`,
  );
}
