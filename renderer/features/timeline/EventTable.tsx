import type { Milestone } from '../../../shared/domain/timeline/metrics';
import { formatEventDay } from '../../../shared/domain/timeline/zonedTime';
import type { Meeting, TimelineEvent } from '../../../shared/types';
import { useApp } from '../../store/useApp';
import { EventEditRow } from './EventEditRow';
import { EventRow, type EventPlacement } from './EventRow';

interface EventTableProps {
  meeting: Meeting;
  /** Live events, already in time order. */
  events: readonly TimelineEvent[];
  start: Milestone | null;
  resolved: Milestone | null;
}

function placementOf(
  event: TimelineEvent,
  start: Milestone | null,
  resolved: Milestone | null,
): EventPlacement {
  if (start && event.at < start.at) return 'before-start';
  if (resolved && event.at > resolved.at) return 'after-resolution';
  return 'during';
}

/**
 * The event log as a table, always in time order. Events outside the incident (before its start,
 * after its resolution) stay in the log, since they are often the cause or the follow-up, but are
 * marked in words and style so nobody reads them as part of the outage.
 */
export function EventTable({ meeting, events, start, resolved }: EventTableProps) {
  const editingId = useApp((state) => state.timeline.editingId);
  const days = new Set(events.map((event) => formatEventDay(event.at, meeting.timeZone)));
  const showDay = days.size > 1;

  if (events.length === 0) {
    return (
      <p className="event-table__empty">
        No events yet. Type the first fact above: its time, what happened, who acted.
      </p>
    );
  }

  return (
    <table className="event-table">
      <caption className="event-log__hidden">Event log, in time order</caption>
      <thead>
        <tr>
          <th scope="col">Time</th>
          <th scope="col">Kind</th>
          <th scope="col">What happened</th>
          <th scope="col">Actor</th>
          <th scope="col">Evidence</th>
          <th scope="col">
            <span className="event-log__hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) =>
          event.id === editingId ? (
            <EventEditRow key={event.id} event={event} meeting={meeting} />
          ) : (
            <EventRow
              key={event.id}
              event={event}
              timeZone={meeting.timeZone}
              showDay={showDay}
              placement={placementOf(event, start, resolved)}
            />
          ),
        )}
      </tbody>
    </table>
  );
}
