import type { ActionItem } from '../../../shared/types';
import { useApp } from '../../store/useApp';

/**
 * Deletes an item of a list (with Undo, from the slice) and moves focus to the row that takes
 * its place (its drag handle, or its title where the list has no handles) or else to the
 * quick-add box on screen, never to the page's top.
 */
export function useRemoveActionItem(): (
  item: ActionItem,
  neighbour: ActionItem | undefined,
) => Promise<void> {
  const remove = useApp((state) => state.removeActionItem);
  const focusQuickAdd = useApp((state) => state.focusQuickAdd);
  return async (item, neighbour) => {
    if (!(await remove(item.id))) return;
    const row = neighbour ? `[data-item-id="${neighbour.id}"]` : null;
    // In document order, so a row's handle wins over its title.
    const target =
      row &&
      document.querySelector<HTMLElement>(`${row} .action-row__handle, ${row} .action-row__title input`);
    if (target) target.focus();
    else focusQuickAdd();
  };
}
