import { ERROR_CODES } from '../../../shared/contract/errors';
import { isCaptureMethod } from './captureDrafts';
import type { OutboxFailure } from './outbox';
import { readStoredJson, writeStoredJson } from './storedJson';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isRefusal = (value: unknown): value is OutboxFailure =>
  isObject(value) &&
  isObject(value.entry) &&
  typeof value.entry.id === 'string' &&
  typeof value.entry.method === 'string' &&
  isCaptureMethod(value.entry.method) &&
  isObject(value.entry.input) &&
  isObject(value.error) &&
  (ERROR_CODES as readonly unknown[]).includes(value.error.code) &&
  typeof value.error.message === 'string';

/**
 * The captures the hub refused for good, each with its reason, kept in the page's storage under
 * one key per room until the note-taker discards one or takes it back into its form: the text
 * they typed survives a reload. Read one by one, so a damaged entry costs only itself.
 */
export function storedRefusals(storage: Storage, room: string) {
  const key = `hindsight.room.refused.${room}`;
  const stored = readStoredJson(storage, key, (value): value is unknown[] => Array.isArray(value), []);
  let refusals = stored.filter(isRefusal);
  const save = () => writeStoredJson(storage, key, refusals.length === 0 ? null : refusals);
  const without = (id: string) => refusals.filter((kept) => kept.entry.id !== id);
  return {
    list: () => refusals,
    has: (id: string) => refusals.some((kept) => kept.entry.id === id),
    /**
     * Keeps a refusal (a capture refused again is kept once) and answers whether storage holds
     * it now; when full, it is shown until a reload only, so the caller keeps its own copy.
     */
    keep({ entry, error }: OutboxFailure): boolean {
      // The hub's reason in words; its per-field issues could be many, and the words say them.
      refusals = [...without(entry.id), { entry, error: { code: error.code, message: error.message } }];
      return save();
    },
    discard(id: string): void {
      refusals = without(id);
      save();
    },
  };
}
