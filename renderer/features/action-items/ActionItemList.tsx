import type { ActionItem } from '../../../shared/types';
import { SortableList, type SortableWords } from '../../components/SortableList';
import { useStableCallback } from '../../components/useStableCallback';
import { WindowedList } from '../../components/WindowedList';
import { useApp } from '../../store/useApp';
import { findingsOf } from './findingsOf';
import { useToday } from './useToday';
import { SortableActionItemRow } from './SortableActionItemRow';
import { useRemoveActionItem } from './useRemoveActionItem';

const WORDS: SortableWords = {
  place: 'priority',
  listName: 'the list',
  instructions:
    'To move an action item, press Space or Enter on its handle to pick it up, use the arrow keys to move it, ' +
    'and press Space or Enter to drop it, or Escape to cancel. Alt+Up and Alt+Down move the focused item one place.',
};

/** From this many items on, a list renders only the rows in view (each row is a whole editor). */
export const ACTION_LIST_WINDOW_FROM = 40;
/** A row's typical height in px, to seed the scrollbar; rows are measured as they render. */
export const ACTION_ROW_ESTIMATE = 230;
const itemKey = (item: ActionItem) => item.id;

/**
 * The meeting's action items in priority order. Order changes come from dragging (mouse, touch,
 * or the keyboard sensor on a handle) or from Alt+↑/↓ on any field of a row; both go through
 * rank.ts and the same optimistic save. Rows are memoised and long lists windowed, so adding
 * one item costs the same at 20 items as at 2,000 (issue #16).
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
  const today = useToday();
  const update = useApp((state) => state.updateActionItem);
  const copyAsIssue = useApp((state) => state.copyActionItemAsIssue);
  const remove = useRemoveActionItem();
  const removeItem = useStableCallback((item: ActionItem) => {
    const index = items.findIndex((candidate) => candidate.id === item.id);
    void remove(item, items[index + 1] ?? items[index - 1]);
  });
  const copy = useStableCallback((id: string) => void copyAsIssue(id));
  return (
    <SortableList items={items} titleOf={(item) => item.title} words={WORDS} onReorder={(ids) => void reorder(ids)}>
      <WindowedList
        items={items}
        keyOf={itemKey}
        windowFrom={ACTION_LIST_WINDOW_FROM}
        estimate={ACTION_ROW_ESTIMATE}
        className="action-list"
        aria-label="Action items in priority order"
        scrollToKey={reviewedId}
        renderItem={(item, index, measure) => (
          <SortableActionItemRow
            key={item.id}
            item={item}
            index={index}
            measureRef={measure}
            position={index + 1}
            total={items.length}
            findings={findingsOf(item, today)}
            reviewed={item.id === reviewedId}
            onUpdate={update}
            onRemove={removeItem}
            onCopyAsIssue={copy}
          />
        )}
      />
    </SortableList>
  );
}
