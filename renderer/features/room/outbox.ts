import type { ContractError, Result } from '../../../shared/contract/errors';
import { readStoredJson } from './storedJson';

/** One capture waiting to reach the hub: the call, with the record id the browser made. */
export interface OutboxEntry {
  id: string;
  method: string;
  input: Record<string, unknown>;
}

export interface OutboxFailure {
  entry: OutboxEntry;
  error: ContractError;
}

/** Errors that mean "not now", not "never": the entry stays and is sent again. */
const RETRYABLE = new Set(['transport', 'rate-limited', 'database-unavailable']);

/**
 * The note-taker's outbox: every capture is written here (localStorage, so a reload or a
 * closed tab loses nothing) before it is sent, and leaves only when the hub answered it. Sent
 * one at a time in the order captured; an entry sent twice (the answer was lost) is harmless,
 * because the hub's add is idempotent by the record's id.
 */
export function createOutbox(storage: Storage, key: string, onChange: (entries: OutboxEntry[]) => void) {
  let entries = readStoredJson(storage, key, (stored) => Array.isArray(stored), [] as OutboxEntry[]);
  const write = () => {
    storage.setItem(key, JSON.stringify(entries));
    onChange(entries);
  };
  let flushing: Promise<OutboxFailure[]> | null = null;

  async function sendAll(send: (entry: OutboxEntry) => Promise<Result<unknown>>): Promise<OutboxFailure[]> {
    const failures: OutboxFailure[] = [];
    while (entries.length > 0) {
      const entry = entries[0]!;
      const result = await send(entry);
      if (!result.ok && RETRYABLE.has(result.error.code)) break;
      if (!result.ok) failures.push({ entry, error: result.error });
      entries = entries.filter((waiting) => waiting.id !== entry.id);
      write();
    }
    return failures;
  }

  return {
    entries: () => entries,
    /** Keeps the capture (written before this returns), to be sent by `flush`. */
    add(entry: OutboxEntry): void {
      entries = [...entries, entry];
      write();
    },
    /**
     * Sends what waits, oldest first, stopping at the first "not now". Answers the entries the
     * hub refused for good (e.g. invalid input), which leave the outbox so they cannot block it.
     */
    flush(send: (entry: OutboxEntry) => Promise<Result<unknown>>): Promise<OutboxFailure[]> {
      flushing ??= sendAll(send).finally(() => {
        flushing = null;
      });
      return flushing;
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
