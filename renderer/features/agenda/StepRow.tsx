import type { KeyboardEvent, ReactNode } from 'react';
import { altArrowDelta, type SortableRowProps } from '../../components/SortableList';
import { InlineTextField } from '../action-items/InlineTextField';

/** What a person edits on a step, in a meeting's agenda and in a template alike. */
export interface StepFields {
  title: string;
  prompt: string;
  plannedSeconds: number;
}

export interface StepRowProps extends SortableRowProps {
  step: StepFields & { id: string; skipped?: boolean };
  /** 1-based place in the agenda. */
  position: number;
  total: number;
  onUpdate(patch: Partial<StepFields>): Promise<boolean>;
  /** The row's buttons (skip, remove), at its end. */
  actions: ReactNode;
}

const MAX_MINUTES = 24 * 60;

/** Whole minutes from the typed text, or why it cannot be a timebox. */
export function readMinutes(text: string): number | string {
  const minutes = Number(text.trim());
  return Number.isInteger(minutes) && minutes >= 1 && minutes <= MAX_MINUTES
    ? minutes
    : `Enter whole minutes from 1 to ${MAX_MINUTES}.`;
}

/** One step in an agenda editor: its title, timebox and prompt edited in place. */
export function StepRow({
  step,
  position,
  total,
  setHandleNode,
  handleProps,
  rowRef,
  style,
  dragging,
  onUpdate,
  onMove,
  actions,
}: StepRowProps) {
  function handleKeyDown(event: KeyboardEvent<HTMLLIElement>) {
    const delta = altArrowDelta(event);
    if (delta === null) return;
    event.preventDefault();
    onMove(delta);
  }
  const classes = ['agenda-editor__step', step.skipped ? 'agenda-editor__step--skipped' : null]
    .concat(dragging ? 'agenda-editor__step--dragging' : null)
    .filter(Boolean)
    .join(' ');
  return (
    <li ref={rowRef} style={style} className={classes} data-step-id={step.id} onKeyDown={handleKeyDown}>
      <button
        type="button"
        ref={setHandleNode}
        className="agenda-editor__handle"
        aria-label={`Move “${step.title}”, step ${position} of ${total}`}
        aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
        {...handleProps}
      >
        <span aria-hidden="true">⠿</span>
        <span className="agenda-editor__number" aria-hidden="true">
          {position}
        </span>
      </button>
      <div className="agenda-editor__fields">
        <InlineTextField
          label="Title"
          labelHidden
          className="agenda-editor__title"
          value={step.title}
          maxLength={200}
          onCommit={(title) =>
            title.trim() === '' ? Promise.resolve('A step needs a title.') : onUpdate({ title })
          }
        />
        <InlineTextField
          label="Minutes"
          labelHidden
          className="agenda-editor__minutes"
          inputMode="numeric"
          value={String(Math.round(step.plannedSeconds / 60))}
          onCommit={(text) => {
            const minutes = readMinutes(text);
            return typeof minutes === 'string'
              ? Promise.resolve(minutes)
              : onUpdate({ plannedSeconds: minutes * 60 });
          }}
        />
        <InlineTextField
          label="Prompt"
          labelHidden
          className="agenda-editor__prompt"
          value={step.prompt}
          maxLength={2000}
          onCommit={(prompt) => onUpdate({ prompt })}
        />
      </div>
      <div className="agenda-editor__actions">{actions}</div>
    </li>
  );
}
