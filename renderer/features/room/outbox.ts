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

/** The hub's "never" for an entry: kept somewhere else before the entry leaves; false if it could not be. */
type KeepRefusal = (failure: OutboxFailure) => boolean;

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
  const holds = (id: string) => entries.some((waiting) => waiting.id === id);
  const remove = (id: string) => {
    if (!holds(id)) return;
    entries = entries.filter((waiting) => waiting.id !== id);
    write();
  };
  let flushing: Promise<void> | null = null;

  async function sendAll(send: (entry: OutboxEntry) => Promise<Result<unknown>>, keep: KeepRefusal) {
    // Refused, but its refusal could not be kept (storage full): it stays, passed over until the
    // next flush, so it blocks nothing and its text is never in neither place.
    const passedOver = new Set<string>();
    for (;;) {
      const entry = entries.find((waiting) => !passedOver.has(waiting.id));
      if (!entry) return;
      const result = await send(entry);
      if (!result.ok && RETRYABLE.has(result.error.code)) return;
      // Removed while it travelled (discarded): nothing is left to keep.
      if (!holds(entry.id)) continue;
      if (result.ok || keep({ entry, error: result.error })) remove(entry.id);
      else passedOver.add(entry.id);
    }
  }

  return {
    entries: () => entries,
    /** Keeps the capture (written before this returns), to be sent by `flush`. */
    add(entry: OutboxEntry): void {
      entries = [...entries, entry];
      write();
    },
    /** Takes an entry out unsent (a refusal the note-taker discarded); none there, nothing done. */
    remove,
    /**
     * Sends what waits, oldest first, stopping at the first "not now". An entry the hub refused
     * for good is handed to `keep` first, and leaves once kept, so it cannot block the outbox.
     */
    flush(send: (entry: OutboxEntry) => Promise<Result<unknown>>, keep: KeepRefusal): Promise<void> {
      flushing ??= sendAll(send, keep).finally(() => {
        flushing = null;
      });
      return flushing;
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
