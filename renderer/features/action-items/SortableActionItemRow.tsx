import { useSortableRow, type SortableRowProps } from '../../components/SortableList';
import { ActionItemRow, type ActionItemRowProps } from './ActionItemRow';

/** The row as an item of the ranked SortableList; ActionItemRow itself stays presentational. */
export function SortableActionItemRow(props: Omit<ActionItemRowProps, keyof SortableRowProps>) {
  return <ActionItemRow {...props} {...useSortableRow(props.item.id)} />;
}
