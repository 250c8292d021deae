import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { AgendaStepRow, type AgendaStepRowProps } from './AgendaStepRow';

/**
 * The step as a dnd-kit sortable (STYLE B5): this wrapper owns `useSortable`, the row stays
 * presentational, and only the handle starts a drag so the fields stay free to edit.
 */
export function SortableAgendaStepRow(
  props: Omit<AgendaStepRowProps, 'setHandleNode' | 'handleProps' | 'rowRef' | 'style' | 'dragging'>,
) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({ id: props.step.id });
  return (
    <AgendaStepRow
      {...props}
      rowRef={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      dragging={isDragging}
      setHandleNode={setActivatorNodeRef}
      handleProps={{ ...attributes, ...listeners }}
    />
  );
}
