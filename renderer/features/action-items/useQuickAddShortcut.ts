import { useEffect } from 'react';
import { useApp } from '../../store/useApp';

/**
 * Ctrl+Shift+A (⌘+Shift+A on a Mac) from anywhere in an open meeting: shows the action items
 * and puts the cursor in the quick-add box, so an item said aloud is captured in one move.
 */
export function useQuickAddShortcut(): void {
  const focusQuickAdd = useApp((state) => state.focusQuickAdd);
  useEffect(() => {
    function handleKeyDown(event: KeyboardEvent) {
      if (!(event.ctrlKey || event.metaKey) || !event.shiftKey || event.altKey) return;
      if (event.key.toLowerCase() !== 'a' || event.defaultPrevented) return;
      event.preventDefault();
      focusQuickAdd();
    }
    window.addEventListener('keydown', handleKeyDown);
    return () => window.removeEventListener('keydown', handleKeyDown);
  }, [focusQuickAdd]);
}
