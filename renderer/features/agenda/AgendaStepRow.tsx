import type { CSSProperties, HTMLAttributes, KeyboardEvent, Ref } from 'react';
import type { AgendaStep } from '../../../shared/types';
import { Button } from '../../components/Button';
import { InlineTextField } from '../action-items/InlineTextField';
import type { AgendaStepPatch } from './agendaSlice';

export interface AgendaStepRowProps {
  step: AgendaStep;
  /** 1-based place in the agenda. */
  position: number;
  total: number;
  /** The step the meeting is on: it cannot be removed from under the running walk. */
  isCurrent: boolean;
  setHandleNode(element: HTMLElement | null): void;
  handleProps: HTMLAttributes<HTMLButtonElement>;
  rowRef?: Ref<HTMLLIElement>;
  style?: CSSProperties;
  dragging?: boolean;
  onUpdate(patch: AgendaStepPatch): Promise<boolean>;
  onRemove(): void;
  /** Alt+↑ / Alt+↓: one place earlier (−1) or later (+1). */
  onMove(delta: -1 | 1): void;
}

const MAX_MINUTES = 24 * 60;

/** Whole minutes from the typed text, or why it cannot be a timebox. */
function readMinutes(text: string): number | string {
  const minutes = Number(text.trim());
  return Number.isInteger(minutes) && minutes >= 1 && minutes <= MAX_MINUTES
    ? minutes
    : `Enter whole minutes from 1 to ${MAX_MINUTES}.`;
}

/** One step in the agenda editor: its title, timebox and prompt edited in place. */
export function AgendaStepRow({
  step,
  position,
  total,
  isCurrent,
  setHandleNode,
  handleProps,
  rowRef,
  style,
  dragging,
  onUpdate,
  onRemove,
  onMove,
}: AgendaStepRowProps) {
  function handleKeyDown(event: KeyboardEvent<HTMLLIElement>) {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    onMove(event.key === 'ArrowUp' ? -1 : 1);
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
          className="agenda-editor__title"
          value={step.title}
          maxLength={200}
          onCommit={(title) =>
            title.trim() === '' ? Promise.resolve('A step needs a title.') : onUpdate({ title })
          }
        />
        <InlineTextField
          label="Minutes"
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
          className="agenda-editor__prompt"
          value={step.prompt}
          maxLength={2000}
          onCommit={(prompt) => onUpdate({ prompt })}
        />
      </div>
      <div className="agenda-editor__actions">
        <Button
          variant="quiet"
          aria-label={`${step.skipped ? 'Unskip' : 'Skip'} “${step.title}”`}
          onClick={() => void onUpdate({ skipped: !step.skipped })}
        >
          {step.skipped ? 'Unskip' : 'Skip'}
        </Button>
        {step.kind === 'custom' && !isCurrent ? (
          <Button variant="quiet" aria-label={`Remove “${step.title}”`} onClick={onRemove}>
            Remove
          </Button>
        ) : null}
      </div>
    </li>
  );
}
