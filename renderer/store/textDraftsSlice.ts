import { useCallback } from 'react';
import type { SliceCreator } from './sliceCreator';
import { useApp } from './useApp';

/**
 * The text of the one-line add boxes (quick-add, Add note, Add lesson, the parking-lot box…), by
 * meeting and box, kept in the store rather than in the box: switching tabs, steps or meetings
 * mid-sentence unmounts the box, and a refused add answered after that still finds where its text
 * goes back.
 */
export interface TextDraftsSlice {
  textDrafts: Readonly<Record<string, string>>;
  setTextDraft(key: string, text: string | ((current: string) => string)): void;
}

export const createTextDraftsSlice = (): SliceCreator<TextDraftsSlice> => (set) => ({
  textDrafts: {},
  setTextDraft(key, text) {
    set((state) => {
      const next = typeof text === 'function' ? text(state.textDrafts[key] ?? '') : text;
      const { [key]: _previous, ...others } = state.textDrafts;
      // An emptied box leaves no entry behind.
      return { textDrafts: next === '' ? others : { ...others, [key]: next } };
    });
  },
});

/** Where a meeting's draft of one add box is kept (`box` names it within the meeting, e.g. `notes/detect`). */
export function textDraftKey(meetingId: string | null, box: string): string {
  return `${meetingId ?? ''}/${box}`;
}

/** The open meeting's draft of one add box (`box` as in `textDraftKey`), and its setter, like useState's. */
export function useTextDraft(box: string): [string, (text: string | ((current: string) => string)) => void] {
  const key = useApp((state) => textDraftKey(state.overview.meetingId, box));
  const text = useApp((state) => state.textDrafts[key] ?? '');
  const setTextDraft = useApp((state) => state.setTextDraft);
  const setText = useCallback(
    (next: string | ((current: string) => string)) => setTextDraft(key, next),
    [key, setTextDraft],
  );
  return [text, setText];
}

/** Whether any add box of any meeting holds text not yet added. */
export const selectTextDraftsUnsaved = (state: TextDraftsSlice): boolean =>
  Object.values(state.textDrafts).some((text) => text.trim() !== '');
