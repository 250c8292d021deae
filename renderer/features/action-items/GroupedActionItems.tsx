import { memo, useMemo } from 'react';
import type { ActionItem } from '../../../shared/types';
import { QUESTION_LABELS } from '../../../shared/domain/actionItems/defaults';
import {
  ACTION_STATUS_LABELS,
  ACTION_TYPES,
  ACTION_TYPE_LABELS,
  QUESTIONS,
} from '../../../shared/domain/vocabulary';
import { findingsOf } from './findingsOf';
import { useToday } from './useToday';

export type Grouping = 'question' | 'type';

interface Group {
  key: string;
  label: string;
  items: { item: ActionItem; position: number }[];
}

function groupsOf(items: readonly ActionItem[], grouping: Grouping): Group[] {
  const ranked = items.map((item, index) => ({ item, position: index + 1 }));
  const groups: Group[] =
    grouping === 'question'
      ? [
          ...QUESTIONS.map((question) => ({ key: question, label: QUESTION_LABELS[question], items: [] })),
          { key: 'none', label: 'No question', items: [] },
        ]
      : ACTION_TYPES.map((type) => ({ key: type, label: ACTION_TYPE_LABELS[type], items: [] }));
  for (const entry of ranked) {
    const key = grouping === 'question' ? (entry.item.question ?? 'none') : entry.item.type;
    groups.find((group) => group.key === key)?.items.push(entry);
  }
  return groups.filter((group) => group.items.length > 0);
}

/**
 * The same items grouped by the question they answer or by their type, each keeping its place in
 * the one priority order (issue #4): a reading view for the room, so editing and reordering stay
 * in the ranked list.
 */
export function GroupedActionItems({
  items,
  grouping,
}: {
  items: readonly ActionItem[];
  grouping: Grouping;
}) {
  const groups = useMemo(() => groupsOf(items, grouping), [items, grouping]);
  return (
    <div className="action-groups">
      {groups.map((group) => (
        <section key={group.key} className="action-group" aria-labelledby={`action-group-${group.key}`}>
          <h3 id={`action-group-${group.key}`}>
            {group.label} <span className="panel__aside">{group.items.length}</span>
          </h3>
          <ol className="action-group__list">
            {group.items.map(({ item, position }) => (
              <GroupedItem key={item.id} item={item} position={position} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

/** One item of a group, memoised on its record and place: an add re-renders only the new one. */
const GroupedItem = memo(function GroupedItem({ item, position }: { item: ActionItem; position: number }) {
  const today = useToday();
  const gaps = findingsOf(item, today).length;
  return (
    <li className="action-group__item">
      <span className="action-group__position" aria-label={`Priority ${position}`}>
        {position}
      </span>
      <span className="action-group__title">{item.title}</span>
      <span className="muted">
        {[item.owner || 'no owner', item.dueDate ?? 'no due date', ACTION_STATUS_LABELS[item.status]].join(' · ')}
        {gaps > 0 ? ` · ${gaps} ${gaps === 1 ? 'suggestion' : 'suggestions'}` : ''}
      </span>
    </li>
  );
});
