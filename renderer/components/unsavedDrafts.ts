import { useEffect, useState } from 'react';

/**
 * Text typed and not yet saved, one entry per component holding some: a field being edited, an
 * autosave that failed, and the App for all the text the store keeps (capture rows, add boxes,
 * the parking-lot box). A window closed, reloaded or quit over any of them asks first (the main
 * process's will-prevent-unload dialog), instead of dropping the text.
 */
const unsaved = new Set<object>();

/** Marks this component's text as unsaved while `isUnsaved` holds. */
export function useUnsavedDraft(isUnsaved: boolean): void {
  const [holder] = useState(() => ({}));
  useEffect(() => {
    if (!isUnsaved) return;
    unsaved.add(holder);
    return () => void unsaved.delete(holder);
  }, [isUnsaved, holder]);
}

/** Whether any text in this window is unsaved. */
export function hasUnsavedDrafts(): boolean {
  return unsaved.size > 0;
}

/**
 * Refuses the page's unload while text is unsaved (`beforeunload`), which Electron turns into
 * its will-prevent-unload event for the main process to ask. Returns the function that stops.
 */
export function guardUnsavedDrafts(target: Window): () => void {
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!hasUnsavedDrafts()) return;
    event.preventDefault();
    // Older engines read the legacy field instead of the default being prevented.
    event.returnValue = '';
  };
  target.addEventListener('beforeunload', onBeforeUnload);
  return () => target.removeEventListener('beforeunload', onBeforeUnload);
}
