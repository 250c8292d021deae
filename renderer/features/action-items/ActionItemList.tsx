import type { ActionItem } from '../../../shared/types';
import { checkActionItem } from '../../../shared/domain/actionItems/quality';
import { SortableList, type SortableWords } from '../../components/SortableList';
import { useApp } from '../../store/useApp';
import { SortableActionItemRow } from './SortableActionItemRow';
import { useRemoveActionItem } from './useRemoveActionItem';

const WORDS: SortableWords = {
  place: 'priority',
  listName: 'the list',
  instructions:
    'To move an action item, press Space or Enter on its handle to pick it up, use the arrow keys to move it, ' +
    'and press Space or Enter to drop it, or Escape to cancel. Alt+Up and Alt+Down move the focused item one place.',
};

/**
 * The meeting's action items in priority order. Order changes come from dragging (mouse, touch,
 * or the keyboard sensor on a handle) or from Alt+↑/↓ on any field of a row; both go through
 * rank.ts and the same optimistic save.
 */
export function ActionItemList({
  items,
  reviewedId = null,
}: {
  items: readonly ActionItem[];
  /** The item the Action review is on, marked in the list. */
  reviewedId?: string | null;
}) {
  const reorder = useApp((state) => state.reorderActionItems);
  const update = useApp((state) => state.updateActionItem);
  const copyAsIssue = useApp((state) => state.copyActionItemAsIssue);
  const remove = useRemoveActionItem();
  return (
    <SortableList
      items={items}
      titleOf={(item) => item.title}
      words={WORDS}
      onReorder={(ids) => void reorder(ids)}
    >
      <ol className="action-list" aria-label="Action items in priority order">
        {items.map((item, index) => (
          <SortableActionItemRow
            key={item.id}
            item={item}
            position={index + 1}
            total={items.length}
            findings={checkActionItem(item)}
            reviewed={item.id === reviewedId}
            onUpdate={(patch) => update(item.id, patch)}
            onRemove={() => void remove(item, items[index + 1] ?? items[index - 1])}
            onCopyAsIssue={() => void copyAsIssue(item.id)}
          />
        ))}
      </ol>
    </SortableList>
  );
}
