import {
  createContext,
  useContext,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type HTMLAttributes,
  type ReactNode,
} from 'react';
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
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { moveBy, moveItem } from '../../shared/domain/actionItems/rank';
import { useStableCallback } from './useStableCallback';

/** How a list names its items and their places in what it tells a screen reader. */
export interface SortableWords {
  /** Put before an item's title ("step" → "Picked up step “Impact”"); none for a bare title. */
  noun?: string;
  /** The word for a place: "priority 2 of 5", "position 2 of 5". */
  place: string;
  /** Where a dragged item can be outside of: "the list", "the agenda". */
  listName: string;
  /** What a screen reader says on a handle: how to move with the keyboard. */
  instructions: string;
}

interface SortableListProps<T extends { id: string }> {
  items: readonly T[];
  titleOf(item: T): string;
  words: SortableWords;
  /** Saves a new order (every id, first to last). */
  onReorder(orderedIds: readonly string[]): void;
  /** The list itself, whose rows use `useSortableRow`. */
  children: ReactNode;
}

/** Moves the item with this id one place up (−1) or down (+1): Alt+↑/↓ on its row. */
const MoveContext = createContext<(id: string, delta: -1 | 1) => void>(() => {});

/**
 * A list reordered by dragging a row's handle — with the mouse, a touch, or the keyboard
 * sensor — or with Alt+↑/↓ on a row, all through rank.ts; every move is announced with the
 * item's title and its new place. Rows get their drag wiring from `useSortableRow`.
 */
export function SortableList<T extends { id: string }>({
  items,
  titleOf,
  words,
  onReorder,
  children,
}: SortableListProps<T>) {
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

  const say = sentences(words, items, titleOf);

  // One function for the whole life of the list: every row reads it from context, and a new
  // one per render would re-render every (memoised) row.
  const move = useStableCallback((id: string, delta: -1 | 1) => {
    const next = moveBy(ids, id, delta);
    if (next === ids) return;
    refocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setMoveMessage(`${say.subject(id)} moved to ${say.place(next.indexOf(id) + 1)}.`);
    onReorder(next);
  });

  function handleDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    const next = moveItem(ids, ids.indexOf(String(active.id)), ids.indexOf(String(over.id)));
    if (next !== ids) onReorder(next);
  }

  return (
    <>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={handleDragEnd}
        accessibility={{
          announcements: say.announcements,
          screenReaderInstructions: { draggable: words.instructions },
        }}
      >
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          <MoveContext.Provider value={move}>{children}</MoveContext.Provider>
        </SortableContext>
      </DndContext>
      <p className="visually-hidden" role="status" aria-live="polite">
        {moveMessage}
      </p>
    </>
  );
}

/** The sentences a list announces, in its own words. */
function sentences<T extends { id: string }>(
  words: SortableWords,
  items: readonly T[],
  titleOf: (item: T) => string,
) {
  const total = items.length;
  const place = (position: number) => `${words.place} ${position} of ${total}`;
  const at = (id: string | number) => place(items.findIndex((item) => item.id === id) + 1);
  // "picked up step “Impact”" inside a sentence, "Step “Impact” moved…" at its start.
  const object = (id: string | number) => {
    const item = items.find((candidate) => candidate.id === id);
    if (!item) return `the ${words.noun ?? 'item'}`;
    return words.noun ? `${words.noun} “${titleOf(item)}”` : `“${titleOf(item)}”`;
  };
  const subject = (id: string | number) => object(id).charAt(0).toUpperCase() + object(id).slice(1);
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${object(active.id)}, ${at(active.id)}.`,
    onDragOver: ({ active, over }) =>
      over
        ? `${subject(active.id)} would move to ${at(over.id)}.`
        : `${subject(active.id)} is outside ${words.listName}.`,
    onDragEnd: ({ active, over }) =>
      over
        ? `${subject(active.id)} dropped at ${at(over.id)}.`
        : `${subject(active.id)} dropped; the order is unchanged.`,
    onDragCancel: ({ active }) => `Moving ${object(active.id)} cancelled; it stays at ${at(active.id)}.`,
  };
  return { announcements, subject, place };
}

/** What a sortable row needs to be dragged: its element, its style while moving, its handle. */
export interface SortableRowProps {
  rowRef(element: HTMLLIElement | null): void;
  style: CSSProperties;
  dragging: boolean;
  /** Registers the drag handle's element (dnd-kit's activator node). */
  setHandleNode(element: HTMLElement | null): void;
  /** dnd-kit's attributes and listeners for the drag handle. */
  handleProps: HTMLAttributes<HTMLButtonElement>;
  /** Alt+↑ / Alt+↓ on the row: one place up (−1) or down (+1). */
  onMove(delta: -1 | 1): void;
}

/**
 * A row of a SortableList (STYLE B5): the hook owns `useSortable` and the list's Alt+↑/↓, so
 * the row itself stays presentational. Only the handle starts a drag, which leaves a row's
 * fields free to edit.
 */
export function useSortableRow(id: string): SortableRowProps {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({ id });
  const move = useContext(MoveContext);
  return {
    onMove: (delta) => move(id, delta),
    rowRef: setNodeRef,
    style: { transform: CSS.Translate.toString(transform), transition },
    dragging: isDragging,
    setHandleNode: setActivatorNodeRef,
    handleProps: { ...attributes, ...listeners },
  };
}

/** Alt+↑ / Alt+↓ on a row: −1 or +1, or null for any other key. */
export function altArrowDelta(event: { altKey: boolean; key: string }): -1 | 1 | null {
  if (!event.altKey) return null;
  return event.key === 'ArrowUp' ? -1 : event.key === 'ArrowDown' ? 1 : null;
}
