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
import type { AgendaStep } from '../../../shared/types';
import { moveBy, moveItem } from '../../../shared/domain/actionItems/rank';
import { useApp } from '../../store/useApp';
import { SortableAgendaStepRow } from './SortableAgendaStepRow';

const INSTRUCTIONS =
  'To move a step, press Space or Enter on its handle to pick it up, use the arrow keys to move it, ' +
  'and press Space or Enter to drop it, or Escape to cancel. Alt+Up and Alt+Down move the focused step one place.';

function announcementsFor(steps: readonly AgendaStep[]): Announcements {
  const total = steps.length;
  const title = (id: string | number) => steps.find((step) => step.id === id)?.title ?? 'the step';
  const place = (id: string | number) => steps.findIndex((step) => step.id === id) + 1;
  return {
    onDragStart: ({ active }) =>
      `Picked up step “${title(active.id)}”, position ${place(active.id)} of ${total}.`,
    onDragOver: ({ active, over }) =>
      over
        ? `Step “${title(active.id)}” would move to position ${place(over.id)} of ${total}.`
        : `Step “${title(active.id)}” is outside the agenda.`,
    onDragEnd: ({ active, over }) =>
      over
        ? `Step “${title(active.id)}” dropped at position ${place(over.id)} of ${total}.`
        : `Step “${title(active.id)}” dropped; the order is unchanged.`,
    onDragCancel: ({ active }) =>
      `Moving step “${title(active.id)}” cancelled; it stays at position ${place(active.id)} of ${total}.`,
  };
}

/**
 * The agenda's steps in order. Order changes come from dragging (mouse, touch, or the keyboard
 * sensor on a handle) or from Alt+↑/↓ anywhere in a row; both go through rank.ts and one
 * `agendaSteps.reorder` call.
 */
export function AgendaStepList({
  steps,
  currentStepId,
}: {
  steps: readonly AgendaStep[];
  currentStepId: string | null;
}) {
  const reorder = useApp((state) => state.reorderAgendaSteps);
  const update = useApp((state) => state.updateAgendaStep);
  const remove = useApp((state) => state.removeAgendaStep);
  const [moveMessage, setMoveMessage] = useState('');
  const refocus = useRef<HTMLElement | null>(null);
  const ids = steps.map((step) => step.id);
  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so a click on the handle stays a click.
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    // On touch, a short press picks a step up and a swipe still scrolls.
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  // A moved row's DOM node moves too, and a moved node loses focus; give it back.
  const order = ids.join(',');
  useLayoutEffect(() => {
    const element = refocus.current;
    refocus.current = null;
    if (element && element.isConnected && document.activeElement !== element) element.focus();
  }, [order]);

  function move(step: AgendaStep, delta: -1 | 1) {
    const next = moveBy(ids, step.id, delta);
    if (next === ids) return;
    refocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setMoveMessage(`Step “${step.title}” moved to position ${next.indexOf(step.id) + 1} of ${ids.length}.`);
    void reorder(next);
  }

  function handleDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    const next = moveItem(ids, ids.indexOf(String(active.id)), ids.indexOf(String(over.id)));
    if (next !== ids) void reorder(next);
  }

  return (
    <>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={handleDragEnd}
        accessibility={{
          announcements: announcementsFor(steps),
          screenReaderInstructions: { draggable: INSTRUCTIONS },
        }}
      >
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          <div className="agenda-editor__columns" aria-hidden="true">
            <span />
            <span>Title</span>
            <span>Minutes</span>
            <span>Prompt</span>
          </div>
          <ol className="agenda-editor__list" aria-label="Agenda steps in order">
            {steps.map((step, index) => (
              <SortableAgendaStepRow
                key={step.id}
                step={step}
                position={index + 1}
                total={steps.length}
                isCurrent={step.id === currentStepId}
                onUpdate={(patch) => update(step.id, patch)}
                onRemove={() => void remove(step.id)}
                onMove={(delta) => move(step, delta)}
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
