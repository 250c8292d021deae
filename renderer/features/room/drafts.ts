import { createContext, useContext, useSyncExternalStore } from 'react';
import { readStoredJson, writeStoredJson } from './storedJson';

/** Text typed into the capture forms and not yet submitted, by field. */
export interface Drafts {
  read(field: string): string;
  /** Answers whether storage holds it now (false: storage full, the text stays on screen only). */
  write(field: string, text: string): boolean;
  /** Calls `listener` after every write: a form shows text put into it from elsewhere. */
  subscribe(listener: () => void): () => void;
}

const isTextMap = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((text) => typeof text === 'string');

/**
 * Drafts kept in the page's storage under one key per room (and so per meeting), so text typed
 * but not yet submitted survives a reload: the browser's note-taker page names its room by the
 * room code, Hindsight's joined room by the meeting's id. An emptied field (a submit clears it)
 * is removed; a full storage keeps the typing on screen, since the outbox matters more.
 */
export function storedDrafts(storage: Storage, room: string): Drafts {
  const key = `hindsight.room.drafts.${room}`;
  let drafts = readStoredJson(storage, key, isTextMap, {});
  const listeners = new Set<() => void>();
  return {
    read: (field) => drafts[field] ?? '',
    write(field, text) {
      const { [field]: _previous, ...others } = drafts;
      drafts = text === '' ? others : { ...others, [field]: text };
      listeners.forEach((listener) => listener());
      return writeStoredJson(storage, key, Object.keys(drafts).length === 0 ? null : drafts);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Where the capture forms keep drafts: the note-taker view provides it. */
export const DraftsContext = createContext<Drafts | null>(null);

/** A capture field's text, kept as a draft while it is typed (or put back into it). */
export function useDraft(field: string): [string, (text: string) => void] {
  const drafts = useContext(DraftsContext);
  if (!drafts) throw new Error('The capture forms keep their text in drafts: provide DraftsContext.');
  const text = useSyncExternalStore(drafts.subscribe, () => drafts.read(field));
  return [text, (next) => void drafts.write(field, next)];
}
