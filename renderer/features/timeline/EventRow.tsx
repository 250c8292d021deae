import { memo } from 'react';
import { EVENT_KIND_LABELS } from '../../../shared/domain/vocabulary';
import { formatEventDay, formatEventTime } from '../../../shared/domain/timeline/zonedTime';
import type { TimelineEvent } from '../../../shared/types';
import { Button } from '../../components/Button';
import { useApp } from '../../store/useApp';
import { selectMeetingClock } from '../clock/clockSlice';
import { CoachedText } from '../coach/CoachedText';
import { SavingMark, useSaving } from '../notices/SavingMark';
import { EventWording } from '../coach/EventWording';
import { editButtonId } from './EventEditRow';
import { OUTCOME_LABELS } from './eventForm';
import { PLACEMENT_LABELS, type EventPlacement } from './eventPlacement';
import { eventRowAttributes, type RowPosition } from './rowAttributes';

interface EventRowProps extends RowPosition {
  event: TimelineEvent;
  timeZone: string;
  /** Whether to print the day as well: only when the log spans more than one day. */
  showDay: boolean;
  placement: EventPlacement;
  /** Moves the event to the parking lot (the table also runs it on Ctrl/⌘+Shift+P in the row). */
  onPark(eventId: string): void;
}

/** Only http(s) evidence becomes a link (DESIGN.md section 4: nothing else is opened). */
function isWebLink(text: string): boolean {
  return /^https?:\/\/\S+$/i.test(text);
}

/** `grafana.example.com/d/edge…`: the host and the start of the path, so a long link fits a cell. */
function shortLink(url: string): string {
  const bare = url.replace(/^https?:\/\//i, '');
  return bare.length > 32 ? `${bare.slice(0, 31)}…` : bare;
}

/**
 * One fact of the log, read-only, with Edit, Park and Delete. Clicking the row selects it (it
 * takes the focus, so Ctrl/⌘+Shift+P parks it) and highlights it on the strip too. Memoised on
 * its props (the record among them): adding one event re-renders that row, not the window; the
 * rows it moves down get a new index, which re-renders their `<tr>` but not their cells.
 */
export const EventRow = memo(function EventRow({ rowIndex, rowRef, ...cells }: EventRowProps) {
  const { event, placement } = cells;
  const saving = useSaving(event.id);
  const highlighted = useApp((state) => state.timeline.highlightedId === event.id);
  const highlightEvent = useApp((state) => state.highlightEvent);
  return (
    <tr
      {...eventRowAttributes(event.id, { rowIndex, rowRef })}
      className={`event-row event-row--${placement}${highlighted ? ' event-row--highlighted' : ''}`}
      aria-current={highlighted ? 'true' : undefined}
      aria-busy={saving || undefined}
      tabIndex={-1}
      onClick={() => highlightEvent(event.id)}
      onFocus={() => highlightEvent(event.id)}
    >
      <EventCells {...cells} saving={saving} />
    </tr>
  );
});

/** The row's cells: what the record says, and its actions. */
const EventCells = memo(function EventCells({
  event,
  timeZone,
  showDay,
  placement,
  onPark,
  saving,
}: Omit<EventRowProps, keyof RowPosition> & { saving: boolean }) {
  const editEvent = useApp((state) => state.editEvent);
  const removeEvent = useApp((state) => state.removeEvent);
  const clock = useApp(selectMeetingClock);
  const time = formatEventTime(event.at, timeZone, clock);
  const placementLabel = PLACEMENT_LABELS[placement];
  return (
    <>
      <td className="event-row__time">
        {showDay ? <span className="event-row__day">{formatEventDay(event.at, timeZone)} </span> : null}
        <time dateTime={new Date(event.at).toISOString()}>{time}</time>
        {placementLabel ? <span className="event-row__placement">{placementLabel}</span> : null}
      </td>
      <td className={`event-row__kind event-kind--${event.kind}`}>
        {EVENT_KIND_LABELS[event.kind]}
        {event.outcome ? <span className="event-row__outcome">{OUTCOME_LABELS[event.outcome]}</span> : null}
      </td>
      <td className="event-row__description">
        <CoachedText
          text={event.description}
          coach={{ kind: 'timeline', record: event, field: 'description' }}
        />
        {saving ? <SavingMark /> : null}
      </td>
      <td>{event.actor}</td>
      <td className="event-row__evidence">
        {isWebLink(event.evidence) ? (
          <a href={event.evidence} target="_blank" rel="noreferrer" title={event.evidence}>
            {shortLink(event.evidence)}
          </a>
        ) : (
          event.evidence
        )}
      </td>
      <td className="event-row__actions">
        <EventWording
          text={event.description}
          coach={{ kind: 'timeline', record: event, field: 'description' }}
          name={`the ${time} event`}
        />
        <Button
          id={editButtonId(event.id)}
          variant="quiet"
          aria-label={`Edit the ${time} event`}
          onClick={() => editEvent(event.id)}
        >
          Edit
        </Button>
        <Button
          variant="quiet"
          aria-label={`Park the ${time} event in the parking lot`}
          aria-keyshortcuts="Control+Shift+P Meta+Shift+P"
          title="Not a fact? Move it to the parking lot (Ctrl/⌘+Shift+P)"
          onClick={() => onPark(event.id)}
        >
          Park
        </Button>
        <Button
          variant="quiet"
          aria-label={`Delete the ${time} event`}
          onClick={() => void removeEvent(event.id, timeZone)}
        >
          Delete
        </Button>
      </td>
    </>
  );
});
