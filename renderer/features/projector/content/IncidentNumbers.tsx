import { useId } from 'react';
import type { IncidentMetrics } from '../../../../shared/domain/timeline/metrics';
import type { RedFlag } from '../../../../shared/domain/timeline/redFlags';
import { formatDuration } from '../../../../shared/domain/format/duration';
import { FittedList } from '../FittedList';

/**
 * The incident's numbers and red flags, large: the values only. Where each end came from, and
 * the list of failed attempts, stay in the console's NumbersPanel; the room reads the events.
 */
export function IncidentNumbers({
  metrics,
  flags,
}: {
  metrics: IncidentMetrics;
  /** Memoised on the records and the clock, which both change them: a new list re-measures. */
  flags: readonly RedFlag[];
}) {
  const headingId = useId();
  return (
    <div className="projector-numbers">
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>The incident’s numbers</h2>
        <dl className="projector-numbers__list">
          {metrics.metrics.map((metric) => (
            <div key={metric.key} className="projector-numbers__item">
              <dt>{metric.label}</dt>
              <dd>{metric.seconds === null ? 'not known yet' : formatDuration(metric.seconds)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <FittedList
        className="projector-flags"
        title="Red flags"
        items={flags}
        anchor={0}
        content={flags}
        hiddenNote={(_before, after) => (after > 0 ? `+ ${after} more` : null)}
        empty="None so far."
        renderItem={(flag) => (
          <li key={flag.kind} className="projector-flag">
            <span className="projector-flag__mark" aria-hidden="true">
              ⚑
            </span>
            {flag.message}
          </li>
        )}
      />
    </div>
  );
}
