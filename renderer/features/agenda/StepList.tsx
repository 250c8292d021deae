import type { ReactNode } from 'react';
import { SortableList, useSortableRow, type SortableRowProps } from '../../components/SortableList';
import { StepRow, type StepFields, type StepRowProps } from './StepRow';
// The in-place fields are styled with the action items' list.
import '../action-items/actionItemList.css';
import './agendaEditor.css';

type Step = StepFields & { id: string; skipped?: boolean };

/**
 * Editable steps in order, as a meeting's agenda editor and the template editor show them:
 * fields edited in place, reordered by dragging a handle (mouse, touch, keyboard) or Alt+↑/↓.
 */
export function StepList<T extends Step>({
  steps,
  label,
  listName,
  onReorder,
  onUpdate,
  actionsOf,
}: {
  steps: readonly T[];
  /** The list's accessible name: "Agenda steps in order". */
  label: string;
  /** Where a dragged step can be outside of: "the agenda". */
  listName: string;
  onReorder(orderedIds: readonly string[]): void;
  onUpdate(step: T, patch: Partial<StepFields>): Promise<boolean>;
  actionsOf(step: T): ReactNode;
}) {
  const words = {
    noun: 'step',
    place: 'position',
    listName,
    instructions:
      'To move a step, press Space or Enter on its handle to pick it up, use the arrow keys to move it, ' +
      'and press Space or Enter to drop it, or Escape to cancel. Alt+Up and Alt+Down move the focused step one place.',
  };
  return (
    <SortableList items={steps} titleOf={(step) => step.title} words={words} onReorder={onReorder}>
      <div className="agenda-editor__columns" aria-hidden="true">
        <span />
        <span>Title</span>
        <span>Minutes</span>
        <span>Prompt</span>
      </div>
      <ol className="agenda-editor__list" aria-label={label}>
        {steps.map((step, index) => (
          <SortableStepRow
            key={step.id}
            step={step}
            position={index + 1}
            total={steps.length}
            onUpdate={(patch) => onUpdate(step, patch)}
            actions={actionsOf(step)}
          />
        ))}
      </ol>
    </SortableList>
  );
}

function SortableStepRow(props: Omit<StepRowProps, keyof SortableRowProps>) {
  return <StepRow {...props} {...useSortableRow(props.step.id)} />;
}
