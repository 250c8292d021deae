import { useMemo } from 'react';
import type { ActionItem } from '../../../shared/types';
import type { Question } from '../../../shared/domain/vocabulary';
import { QUESTION_LABELS } from '../../../shared/domain/actionItems/defaults';
import { useStableCallback } from '../../components/useStableCallback';
import { WindowedList } from '../../components/WindowedList';
import { useApp } from '../../store/useApp';
import { ACTION_LIST_WINDOW_FROM, ACTION_ROW_ESTIMATE } from './ActionItemList';
import { ActionItemRow } from './ActionItemRow';
import { findingsOf } from './findingsOf';
import { useToday } from './useToday';
import { QuickAddActionItem } from './QuickAddActionItem';
import { useRemoveActionItem } from './useRemoveActionItem';
import './actionItems.css';
import './actionItemList.css';

interface Answering {
  item: ActionItem;
  /** Its place in the meeting's one priority order, 1-based. */
  position: number;
}

const answeringKey = (entry: Answering) => entry.item.id;

/**
 * A question step's action items: a quick-add box bound to the question, then the items that
 * answer it, each editable in place and numbered by its place in the meeting's one priority
 * order. Reordering stays in the ranked list, where every item is in view.
 */
export function QuestionActionItems({
  question,
  items,
}: {
  question: Question;
  /** The meeting's items in priority order. */
  items: readonly ActionItem[];
}) {
  const update = useApp((state) => state.updateActionItem);
  const today = useToday();
  const copyAsIssue = useApp((state) => state.copyActionItemAsIssue);
  const remove = useRemoveActionItem();
  const answering = useMemo(
    () =>
      items
        .map((item, index) => ({ item, position: index + 1 }))
        .filter(({ item }) => item.question === question),
    [items, question],
  );
  const removeItem = useStableCallback((item: ActionItem) => {
    const index = answering.findIndex((entry) => entry.item.id === item.id);
    void remove(item, (answering[index + 1] ?? answering[index - 1])?.item);
  });
  const copy = useStableCallback((id: string) => void copyAsIssue(id));
  return (
    <>
      <QuickAddActionItem question={question} />
      {answering.length === 0 ? (
        <p className="muted">None yet. Each item should say what will change, who owns it and by when.</p>
      ) : (
        <WindowedList
          items={answering}
          keyOf={answeringKey}
          windowFrom={ACTION_LIST_WINDOW_FROM}
          estimate={ACTION_ROW_ESTIMATE}
          className="action-list"
          aria-label={`Action items answering ${QUESTION_LABELS[question]}`}
          renderItem={({ item, position }, index, measure) => (
            <ActionItemRow
              key={item.id}
              item={item}
              index={index}
              measureRef={measure}
              position={position}
              total={items.length}
              findings={findingsOf(item, today)}
              onUpdate={update}
              onRemove={removeItem}
              onCopyAsIssue={copy}
            />
          )}
        />
      )}
    </>
  );
}
