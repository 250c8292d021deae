import { plannedTotalSeconds } from '../../../shared/domain/agenda/defaults';
import type { AgendaStep } from '../../../shared/types';
import { formatMinutes } from './formatTime';

/** The agenda in order with each step's timebox and the planned total (skipped steps left out). */
export function AgendaSummary({ steps }: { steps: readonly AgendaStep[] }) {
  const ordered = [...steps].sort((a, b) => a.position - b.position);
  return (
    <section className="panel" aria-labelledby="agenda-summary-title">
      <h2 id="agenda-summary-title">
        Agenda <span className="panel__aside">{formatMinutes(plannedTotalSeconds(ordered))} planned</span>
      </h2>
      <ol className="agenda-summary">
        {ordered.map((step) => (
          <li key={step.id} className={step.skipped ? 'agenda-summary__step--skipped' : undefined}>
            <span className="agenda-summary__title">{step.title}</span>
            <span className="agenda-summary__minutes">
              {step.skipped ? 'skipped' : formatMinutes(step.plannedSeconds)}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
