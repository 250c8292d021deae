import { useEffect } from 'react';

interface LibraryShortcuts {
  newMeeting: () => void;
  focusSearch: () => void;
}

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return (
    target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'submit'].includes(target.type)
  );
}

/**
 * The library's window-wide keys: Ctrl/Cmd+N new meeting, `/` or Ctrl/Cmd+F search. Keys pressed
 * inside a dialog belong to the dialog, and `/` typed into a field is just a slash.
 */
export function useLibraryShortcuts({ newMeeting, focusSearch }: LibraryShortcuts): void {
  useEffect(() => {
    function handleKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey) return;
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      const command = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (command && !event.shiftKey && key === 'n') newMeeting();
      else if (command && !event.shiftKey && key === 'f') focusSearch();
      else if (!command && key === '/' && !isTextEntry(event.target)) focusSearch();
      else return;
      event.preventDefault();
    }
    window.addEventListener('keydown', handleKeyDown);
    return () => window.removeEventListener('keydown', handleKeyDown);
  }, [newMeeting, focusSearch]);
}
