import { useApp } from '../../store/useApp';
import { useConsoleShortcuts } from '../live/useConsoleShortcuts';

/**
 * Ctrl+Shift+A (⌘+Shift+A on a Mac) from anywhere in an open meeting, typing included: puts the
 * cursor in the quick-add box on screen (a question step's own), or shows the action items and
 * focuses theirs, so an item said aloud is captured in one move.
 */
export function useQuickAddShortcut(): void {
  const focusQuickAdd = useApp((state) => state.focusQuickAdd);
  useConsoleShortcuts({ 'actionItems.quickAdd': focusQuickAdd }, { whileTyping: true });
}
