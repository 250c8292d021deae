import { memo, useId } from 'react';
import { EVENT_KIND_LABELS, EVENT_KINDS } from '../../../shared/domain/vocabulary';
import { Button } from '../../components/Button';
import type { EventFilterControls } from './useEventFilter';

interface EventFiltersProps {
  filter: EventFilterControls;
  /** How many events the filter leaves of the log, in words; empty when nothing is filtered. */
  count: string;
}

/**
 * Filters over the event log: a text box and one toggle chip per kind (pressed = shown). The
 * count says in words how many events are shown, and is announced politely as it changes.
 * Memoised: with no filter on, a capture changes nothing here (`filterCount`).
 */
export const EventFilters = memo(function EventFilters({ filter, count }: EventFiltersProps) {
  const searchId = useId();
  return (
    <div className="event-filters" role="search" aria-label="Filter the event log">
      <label className="event-filters__search" htmlFor={searchId}>
        <span>Find</span>
        <input
          id={searchId}
          type="search"
          value={filter.text}
          placeholder="Text in what happened, actor or evidence"
          autoComplete="off"
          onChange={(event) => filter.setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && filter.text !== '') {
              event.preventDefault();
              filter.setText('');
            }
          }}
        />
      </label>
      <div className="event-filters__kinds" role="group" aria-label="Kinds to show">
        {EVENT_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            className={`chip event-kind--${kind}`}
            aria-pressed={filter.kinds.includes(kind)}
            onClick={() => filter.toggleKind(kind)}
          >
            {EVENT_KIND_LABELS[kind]}
          </button>
        ))}
      </div>
      <p className="event-filters__count" aria-live="polite">
        {count}
      </p>
      {filter.active ? (
        <Button variant="quiet" onClick={filter.clear}>
          Show all events
        </Button>
      ) : null}
    </div>
  );
});

/**
 * How many events a filter leaves of the log, in words. The header already says how many there
 * are, so with no filter on this is empty.
 */
export function filterCount(active: boolean, shown: number, total: number): string {
  return active ? `Showing ${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} events` : '';
}
