import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ActionItemRow, type ActionItemRowProps } from './ActionItemRow';

/**
 * The row as a dnd-kit sortable (STYLE B5): this wrapper owns `useSortable`, so the row itself
 * stays presentational. Only the handle starts a drag, which leaves the fields free to edit.
 */
export function SortableActionItemRow(
  props: Omit<ActionItemRowProps, 'setHandleNode' | 'handleProps' | 'rowRef' | 'style' | 'dragging'>,
) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({
      id: props.item.id,
    });
  return (
    <ActionItemRow
      {...props}
      rowRef={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      dragging={isDragging}
      setHandleNode={setActivatorNodeRef}
      handleProps={{ ...attributes, ...listeners }}
    />
  );
}
