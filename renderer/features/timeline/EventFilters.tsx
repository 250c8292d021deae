import { useId } from 'react';
import { EVENT_KIND_LABELS, EVENT_KINDS } from '../../../shared/domain/vocabulary';
import { Button } from '../../components/Button';
import type { EventFilterState } from './useEventFilter';

interface EventFiltersProps {
  filter: EventFilterState;
  /** How many events the log holds, live ones only. */
  total: number;
}

/**
 * Filters over the event log: a text box and one toggle chip per kind (pressed = shown). The
 * count says in words how many events are shown, and is announced politely as it changes.
 */
export function EventFilters({ filter, total }: EventFiltersProps) {
  const searchId = useId();
  // The header already says how many events there are; this says how many the filter leaves.
  const count = filter.active
    ? `Showing ${filter.shown.length.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} events`
    : '';
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
}
