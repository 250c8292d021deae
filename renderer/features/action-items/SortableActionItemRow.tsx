import { memo } from 'react';
import { useSortableRow, type SortableRowProps } from '../../components/SortableList';
import { ActionItemRow, type ActionItemRowProps } from './ActionItemRow';

/**
 * The row as an item of the ranked SortableList; ActionItemRow itself stays presentational.
 * Memoised like the row: dnd-kit re-renders it while a drag or the order changes, nothing else.
 */
export const SortableActionItemRow = memo(function SortableActionItemRow(
  props: Omit<ActionItemRowProps, keyof SortableRowProps>,
) {
  return <ActionItemRow {...props} {...useSortableRow(props.item.id)} />;
});
