import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ContractError, Result } from '../../../shared/contract/errors';
import { useUnsavedDraft } from '../../components/unsavedDrafts';

/** Where a field's typed text stands: the "Saved" mark is only ever set from a core answer. */
export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

export const AUTOSAVE_DELAY_MS = 600;

interface AutosaveOptions {
  /** The committed value, from the records every `meetingChanged` carries. */
  value: string;
  /** Writes the text through the contract; only an `ok` answer counts as saved. */
  save(text: string): Promise<Result<unknown>>;
  /**
   * Told of a save refused once the field is gone (unmounted before the answer, or its save on
   * unmount refused): no field is left to show the error or hold the text.
   */
  onRefusedGone(text: string, error: ContractError): void;
  delayMs?: number;
}

/**
 * Save-as-you-type for one text field (issue #6 point 7). Typing restarts a debounce; the text
 * is written when it fires, and at once on blur, unmount, a hidden page and `pagehide`, so a
 * closed or reloaded window loses nothing; a save still on its way at unmount is still answered,
 * and a refusal then goes to `onRefusedGone`. While the field is focused or has unsaved text, a
 * reload of the records does not overwrite the draft: the person's typing wins.
 */
export function useAutosave({ value, save, onRefusedGone, delayMs = AUTOSAVE_DELAY_MS }: AutosaveOptions) {
  const [draft, setDraftState] = useState(value);
  const [status, setStatus] = useState<AutosaveStatus>('idle');
  // Pending text is sent by the flush on unload below; a refused save's text is held only here.
  useUnsavedDraft(status === 'failed');
  const [error, setError] = useState<ContractError | null>(null);
  const live = useRef({
    draft: value,
    saved: value,
    committed: value,
    focused: false,
    inFlight: false,
    mounted: true,
  });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The last render's, which outlive the field: a save answered after unmount still reaches them.
  const latest = useRef({ save, onRefusedGone });
  useLayoutEffect(() => {
    latest.current = { save, onRefusedGone };
  });

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const state = live.current;
    // One write at a time: the write in flight loops until the draft it leaves behind is saved.
    if (state.inFlight) return;
    if (state.draft === state.saved) {
      if (state.mounted) setStatus((status) => (status === 'pending' ? 'idle' : status));
      return;
    }
    state.inFlight = true;
    try {
      while (state.draft !== state.saved) {
        const text = state.draft;
        const committedBefore = state.committed;
        if (state.mounted) setStatus('saving');
        const result = await latest.current.save(text);
        if (!result.ok) {
          if (state.mounted) {
            setError(result.error);
            setStatus('failed');
          } else {
            // What the field last held goes on, which may be more than the text refused.
            latest.current.onRefusedGone(state.draft, result.error);
          }
          return;
        }
        // Our own write is now the committed value, unless its change event already brought
        // the value as saved (the event may come before the answer: "+20m" saved as a time).
        state.saved = text;
        if (state.committed === committedBefore) state.committed = text;
      }
      if (state.mounted) {
        setError(null);
        setStatus('saved');
      }
    } finally {
      state.inFlight = false;
    }
  }, []);

  const setDraft = useCallback(
    (text: string) => {
      live.current.draft = text;
      setDraftState(text);
      setStatus('pending');
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush],
  );

  // A committed change from elsewhere (the other window, a merge) shows unless this field has
  // typing of its own that is not yet saved, or the person is in it.
  const adopt = useCallback((committed: string) => {
    const state = live.current;
    state.committed = committed;
    if (state.focused || state.inFlight || state.draft !== state.saved || state.draft === committed) return;
    state.draft = committed;
    state.saved = committed;
    setDraftState(committed);
  }, []);
  useEffect(() => adopt(value), [adopt, value]);

  useEffect(() => {
    const state = live.current;
    state.mounted = true;
    const flushNow = () => void flush();
    const flushWhenHidden = () => document.visibilityState === 'hidden' && flushNow();
    window.addEventListener('pagehide', flushNow);
    window.addEventListener('beforeunload', flushNow);
    document.addEventListener('visibilitychange', flushWhenHidden);
    return () => {
      window.removeEventListener('pagehide', flushNow);
      window.removeEventListener('beforeunload', flushNow);
      document.removeEventListener('visibilitychange', flushWhenHidden);
      state.mounted = false;
      flushNow();
    };
  }, [flush]);

  const onFocus = useCallback(() => {
    live.current.focused = true;
  }, []);
  const onBlur = useCallback(() => {
    const state = live.current;
    state.focused = false;
    // A change committed elsewhere while the person sat in the field, without typing, shows now.
    if (state.draft === state.saved) adopt(state.committed);
    else void flush();
  }, [adopt, flush]);

  return { draft, setDraft, status, error, flush, onFocus, onBlur };
}
