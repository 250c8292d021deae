import { elapsedSeconds, formatClock } from '../../../shared/domain/agenda/timer';
import type { AgendaStep } from '../../../shared/types';

const minutes = (seconds: number) => Math.round(seconds / 60);

function stateOf(step: AgendaStep, currentStepId: string | null): string {
  if (step.id === currentStepId) return 'current';
  if (step.skipped) return 'skipped';
  if (step.completed) return 'done';
  return 'upcoming';
}

/** The mark in place of the step number (shape, not only colour), and its words for readers. */
const STATE_MARKS: Record<string, { mark?: string; words: string }> = {
  current: { mark: '▶', words: 'Now' },
  skipped: { mark: '–', words: 'Skipped' },
  done: { mark: '✓', words: 'Done' },
  upcoming: { words: '' },
};

/**
 * The agenda down the side of the console: every step with its actual time ("4:05 of 5 min")
 * and timebox, and
 * whether it is current, done or skipped (in words, not only colour). A click goes to the step.
 */
export function AgendaRail({
  agenda,
  currentStepId,
  now,
  onGoTo,
}: {
  agenda: AgendaStep[];
  currentStepId: string | null;
  now: number;
  onGoTo: (stepId: string) => void;
}) {
  return (
    <nav className="agenda-rail" aria-label="Agenda">
      <ol className="agenda-rail__list">
        {agenda.map((step, index) => {
          const state = stateOf(step, currentStepId);
          const actual = formatClock(elapsedSeconds(step, now));
          return (
            <li key={step.id} className={`agenda-rail__step agenda-rail__step--${state}`}>
              <button
                type="button"
                className="agenda-rail__button"
                aria-current={state === 'current' ? 'step' : undefined}
                aria-keyshortcuts={index < 9 ? String(index + 1) : undefined}
                onClick={() => onGoTo(step.id)}
              >
                <span className="agenda-rail__number" aria-hidden="true">
                  {STATE_MARKS[state]?.mark ?? index + 1}
                </span>
                <span className="agenda-rail__title">{step.title}</span>
                <span className="agenda-rail__minutes">
                  {step.accumulatedSeconds > 0 || step.runningSince !== null ? `${actual} of ` : ''}
                  {minutes(step.plannedSeconds)} min
                </span>
                {STATE_MARKS[state]?.words ? (
                  <span className="visually-hidden">{`, ${STATE_MARKS[state].words}`}</span>
                ) : null}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
