import { createContext, useContext, useState } from 'react';
import { readStoredJson } from './storedJson';

/** Text typed into the capture forms and not yet submitted, by field. */
export interface Drafts {
  read(field: string): string;
  write(field: string, text: string): void;
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
  return {
    read: (field) => drafts[field] ?? '',
    write(field, text) {
      const { [field]: _previous, ...others } = drafts;
      drafts = text === '' ? others : { ...others, [field]: text };
      try {
        if (Object.keys(drafts).length === 0) storage.removeItem(key);
        else storage.setItem(key, JSON.stringify(drafts));
      } catch {
        // Storage full: the draft stays on screen only.
      }
    },
  };
}

/** Where the capture forms keep drafts; none (plain state) unless the view provides it. */
export const DraftsContext = createContext<Drafts | null>(null);

/** A capture field's text, kept as a draft while it is typed. */
export function useDraft(field: string): [string, (text: string) => void] {
  const drafts = useContext(DraftsContext);
  const [text, setText] = useState(() => drafts?.read(field) ?? '');
  return [
    text,
    (next) => {
      setText(next);
      drafts?.write(field, next);
    },
  ];
}
