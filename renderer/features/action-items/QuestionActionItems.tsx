import type { ActionItem } from '../../../shared/types';
import type { Question } from '../../../shared/domain/vocabulary';
import { QUESTION_LABELS } from '../../../shared/domain/actionItems/defaults';
import { checkActionItem } from '../../../shared/domain/actionItems/quality';
import { useApp } from '../../store/useApp';
import { ActionItemRow } from './ActionItemRow';
import { QuickAddActionItem } from './QuickAddActionItem';
import { useRemoveActionItem } from './useRemoveActionItem';
import './actionItems.css';
import './actionItemList.css';

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
  const copyAsIssue = useApp((state) => state.copyActionItemAsIssue);
  const remove = useRemoveActionItem();
  const answering = items
    .map((item, index) => ({ item, position: index + 1 }))
    .filter(({ item }) => item.question === question);
  return (
    <>
      <QuickAddActionItem question={question} />
      {answering.length === 0 ? (
        <p className="muted">None yet. Each item should say what will change, who owns it and by when.</p>
      ) : (
        <ol className="action-list" aria-label={`Action items answering ${QUESTION_LABELS[question]}`}>
          {answering.map(({ item, position }, index) => (
            <ActionItemRow
              key={item.id}
              item={item}
              position={position}
              total={items.length}
              findings={checkActionItem(item)}
              onUpdate={(patch) => update(item.id, patch)}
              onRemove={() => void remove(item, (answering[index + 1] ?? answering[index - 1])?.item)}
              onCopyAsIssue={() => void copyAsIssue(item.id)}
            />
          ))}
        </ol>
      )}
    </>
  );
}
