import { memo } from 'react';
import { formatDuration } from '../../../shared/domain/format/duration';
import type { IncidentMetrics, Metric } from '../../../shared/domain/timeline/metrics';
import type { RedFlag } from '../../../shared/domain/timeline/redFlags';
import { formatEventTime } from '../../../shared/domain/timeline/zonedTime';
import { EVENT_KIND_LABELS } from '../../../shared/domain/vocabulary';
import { OUTCOME_LABELS } from './eventForm';
import { useApp } from '../../store/useApp';
import { selectMeetingClock } from '../clock/clockSlice';

/** Where a metric's ends came from, so a number read off the log is not taken for a typed one. */
function sourceNote(metric: Metric): string {
  const [fromName, toName] = metric.span.split(' → ');
  if (!metric.from || !metric.to) {
    return `needs ${[metric.from ? null : fromName, metric.to ? null : toName].filter(Boolean).join(' and ')}`;
  }
  const sources = new Set([metric.from.source, metric.to.source]);
  if (sources.size === 2) return 'meeting times and event log';
  return metric.from.source === 'meeting' ? 'meeting times' : 'event log';
}

interface NumbersPanelProps {
  metrics: IncidentMetrics;
  flags: readonly RedFlag[];
  timeZone: string;
}

/** Past this many, the failed attempts are counted rather than listed: a long log has hundreds. */
const MAX_LISTED_ATTEMPTS = 10;

/**
 * The incident's numbers and red flags, derived from the log (never stored). Memoised on them, so
 * a keystroke in the event log's filter or capture row leaves the panel be.
 */
export const NumbersPanel = memo(function NumbersPanel({ metrics, flags, timeZone }: NumbersPanelProps) {
  const clock = useApp(selectMeetingClock);
  return (
    <section className="numbers panel" aria-labelledby="numbers-heading">
      <div>
        <h2 id="numbers-heading">The incident’s numbers</h2>
        <dl className="numbers__list">
          {metrics.metrics.map((metric) => (
            <div key={metric.key} className="numbers__item">
              <dt>
                {metric.label} <span className="numbers__span">({metric.span})</span>
              </dt>
              <dd>
                <span className="numbers__value">
                  {metric.seconds === null ? '—' : formatDuration(metric.seconds)}
                </span>
                <span className="numbers__source">{sourceNote(metric)}</span>
              </dd>
            </div>
          ))}
        </dl>
      </div>
      <div>
        <h3>Red flags</h3>
        {flags.length === 0 ? (
          <p className="numbers__none">None so far.</p>
        ) : (
          <ul className="red-flags" aria-label="Red flags">
            {flags.map((flag) => (
              <li key={flag.kind} className="red-flag">
                <span className="red-flag__mark" aria-hidden="true">
                  ⚑
                </span>
                <span>
                  {flag.message}
                  {flag.kind === 'ineffective-mitigation' ? (
                    <ul className="red-flag__events">
                      {flag.events.slice(0, MAX_LISTED_ATTEMPTS).map((event) => (
                        <li key={event.id}>
                          {formatEventTime(event.at, timeZone, clock)} · {EVENT_KIND_LABELS[event.kind]} (
                          {event.outcome ? OUTCOME_LABELS[event.outcome].toLowerCase() : ''}):{' '}
                          {event.description}
                        </li>
                      ))}
                      {flag.events.length > MAX_LISTED_ATTEMPTS ? (
                        <li>
                          and {flag.events.length - MAX_LISTED_ATTEMPTS} more (filter the log by kind to see
                          them)
                        </li>
                      ) : null}
                    </ul>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
});
