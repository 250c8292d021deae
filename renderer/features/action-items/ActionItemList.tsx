import { useLayoutEffect, useRef, useState } from 'react';
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { ActionItem } from '../../../shared/types';
import { checkActionItem } from '../../../shared/domain/actionItems/quality';
import { moveBy, moveItem } from '../../../shared/domain/actionItems/rank';
import { useApp } from '../../store/useApp';
import { SortableActionItemRow } from './SortableActionItemRow';

const INSTRUCTIONS =
  'To move an action item, press Space or Enter on its handle to pick it up, use the arrow keys to move it, ' +
  'and press Space or Enter to drop it, or Escape to cancel. Alt+Up and Alt+Down move the focused item one place.';

function announcementsFor(items: readonly ActionItem[]): Announcements {
  const total = items.length;
  const title = (id: string | number) => items.find((item) => item.id === id)?.title ?? 'the item';
  const place = (id: string | number) => items.findIndex((item) => item.id === id) + 1;
  return {
    onDragStart: ({ active }) => `Picked up “${title(active.id)}”, priority ${place(active.id)} of ${total}.`,
    onDragOver: ({ active, over }) =>
      over
        ? `“${title(active.id)}” would move to priority ${place(over.id)} of ${total}.`
        : `“${title(active.id)}” is outside the list.`,
    onDragEnd: ({ active, over }) =>
      over
        ? `“${title(active.id)}” dropped at priority ${place(over.id)} of ${total}.`
        : `“${title(active.id)}” dropped; the order is unchanged.`,
    onDragCancel: ({ active }) =>
      `Moving “${title(active.id)}” cancelled; it stays at priority ${place(active.id)} of ${total}.`,
  };
}

/**
 * The meeting's action items in priority order. Order changes come from dragging (mouse, touch,
 * or the keyboard sensor on a handle) or from Alt+↑/↓ on any field of a row; both go through
 * rank.ts and the same optimistic save.
 */
export function ActionItemList({ items }: { items: readonly ActionItem[] }) {
  const reorder = useApp((state) => state.reorderActionItems);
  const update = useApp((state) => state.updateActionItem);
  const remove = useApp((state) => state.removeActionItem);
  const focusQuickAdd = useApp((state) => state.focusQuickAdd);
  const [moveMessage, setMoveMessage] = useState('');
  const refocus = useRef<HTMLElement | null>(null);
  const ids = items.map((item) => item.id);
  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so a click on the handle stays a click.
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    // On touch, a short press picks an item up and a swipe still scrolls the list.
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  // Moving a row moves its DOM node, and a moved node loses focus; give it back.
  const order = ids.join(',');
  useLayoutEffect(() => {
    const element = refocus.current;
    refocus.current = null;
    if (element && element.isConnected && document.activeElement !== element) element.focus();
  }, [order]);

  function move(item: ActionItem, delta: -1 | 1) {
    const next = moveBy(ids, item.id, delta);
    if (next === ids) return;
    refocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setMoveMessage(`“${item.title}” moved to priority ${next.indexOf(item.id) + 1} of ${ids.length}.`);
    void reorder(next);
  }

  function handleDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    const next = moveItem(ids, ids.indexOf(String(active.id)), ids.indexOf(String(over.id)));
    if (next !== ids) void reorder(next);
  }

  async function handleRemove(item: ActionItem, index: number) {
    const neighbour = items[index + 1] ?? items[index - 1];
    if (!(await remove(item.id))) return;
    // Focus goes to the next row's handle (or the quick-add box), never to the page's top.
    const handle =
      neighbour &&
      document.querySelector<HTMLElement>(`[data-item-id="${neighbour.id}"] .action-row__handle`);
    if (handle) handle.focus();
    else focusQuickAdd();
  }

  return (
    <>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={handleDragEnd}
        accessibility={{
          announcements: announcementsFor(items),
          screenReaderInstructions: { draggable: INSTRUCTIONS },
        }}
      >
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          <ol className="action-list" aria-label="Action items in priority order">
            {items.map((item, index) => (
              <SortableActionItemRow
                key={item.id}
                item={item}
                position={index + 1}
                total={items.length}
                findings={checkActionItem(item)}
                onUpdate={(patch) => update(item.id, patch)}
                onRemove={() => void handleRemove(item, index)}
                onMove={(delta) => move(item, delta)}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <p className="visually-hidden" role="status" aria-live="polite">
        {moveMessage}
      </p>
    </>
  );
}
