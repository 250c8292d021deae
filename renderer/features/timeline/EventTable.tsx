import { useMemo, type KeyboardEvent } from 'react';
import { matchCommand } from '../../../shared/commands';
import type { Milestone } from '../../../shared/domain/timeline/metrics';
import { spansSeveralDays } from '../../../shared/domain/timeline/zonedTime';
import type { Meeting, TimelineEvent } from '../../../shared/types';
import { useApp } from '../../store/useApp';
import { useStableCallback } from '../../components/useStableCallback';
import { WindowBox } from '../../components/WindowBox';
import { EventEditRow } from './EventEditRow';
import { EventRow } from './EventRow';
import { placementOf } from './eventPlacement';
import { selectEventsLoadingText } from './eventsLoading';
import { useVirtualRows } from './useVirtualRows';

interface EventTableProps {
  meeting: Meeting;
  /** Live events to show, already in time order (and filtered). */
  events: readonly TimelineEvent[];
  /** How many live events the whole log has, shown or not (it decides the windowing). */
  logLength: number;
  start: Milestone | null;
  resolved: Milestone | null;
  /** Whether a filter hides some events, so an empty table says why. */
  filtered?: boolean;
}

/**
 * The event log as a table, always in time order. Events outside the incident (before its start,
 * after its resolution) stay in the log, since they are often the cause or the follow-up, but are
 * marked in words and style so nobody reads them as part of the outage. Long logs are windowed:
 * only the rows in view are in the page, and aria-rowcount/aria-rowindex tell assistive
 * technology where each one sits in the whole log.
 */
export function EventTable({
  meeting,
  events,
  logLength,
  start,
  resolved,
  filtered = false,
}: EventTableProps) {
  const editingId = useApp((state) => state.timeline.editingId);
  const highlightedId = useApp((state) => state.timeline.highlightedId);
  const parkEvent = useApp((state) => state.parkEvent);
  const loadingText = useApp(selectEventsLoadingText);
  const { scrollRef, windowed, slots, measureRow, onKeyDown, focusRow } = useVirtualRows(
    events,
    logLength,
    editingId,
    highlightedId,
  );
  // The events are in time order, so the first and the last decide it: an add elsewhere costs nothing.
  const [firstAt, lastAt] = [events[0]?.at ?? 0, events.at(-1)?.at ?? 0];
  const showDay = useMemo(
    () => spansSeveralDays([{ at: firstAt }, { at: lastAt }], meeting.timeZone),
    [firstAt, lastAt, meeting.timeZone],
  );

  /** Parks an event, then focuses the row that takes its place, so the keyboard carries on there. */
  const park = useStableCallback(async (eventId: string) => {
    const index = events.findIndex((event) => event.id === eventId);
    if (!(await parkEvent(eventId, meeting.timeZone))) return;
    const neighbour = index + 1 < events.length ? index + 1 : index - 1;
    if (neighbour >= 0) focusRow(neighbour);
  });

  function onTableKeyDown(keyEvent: KeyboardEvent<HTMLElement>) {
    const row = (keyEvent.target as HTMLElement).closest<HTMLElement>(
      'tr.event-row:not(.event-row--editing)',
    );
    if (row?.dataset.eventId && matchCommand(keyEvent)?.command.id === 'parkingLot.capture') {
      // Handled here, the key neither opens the capture box (its listener skips a handled key) nor,
      // in Electron, fires the menu's accelerator: menus only get keys the page left unhandled.
      keyEvent.preventDefault();
      if (!keyEvent.repeat) void park(row.dataset.eventId);
      return;
    }
    onKeyDown(keyEvent);
  }

  if (events.length === 0) {
    return (
      <p className="event-table__empty">
        {loadingText
          ? loadingText
          : filtered
            ? 'No events match the filter.'
            : 'No events yet. Type the first fact above: its time, what happened, who acted.'}
      </p>
    );
  }

  const table = (
    <table
      className={[
        'event-table',
        windowed && 'event-table--windowed',
        windowed && showDay && 'event-table--days',
      ]
        .filter(Boolean)
        .join(' ')}
      aria-rowcount={events.length + 1}
      onKeyDown={onTableKeyDown}
    >
      <caption className="visually-hidden">Event log, in time order</caption>
      <thead>
        <tr aria-rowindex={1}>
          <th scope="col">Time</th>
          <th scope="col">Kind</th>
          <th scope="col">What happened</th>
          <th scope="col">Actor</th>
          <th scope="col">Evidence</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {slots.map((slot) => {
          if (slot.kind === 'gap') {
            return (
              <tr
                key={slot.key}
                aria-hidden="true"
                className="event-table__gap"
                style={{ height: slot.height }}
              />
            );
          }
          const { item: event, index } = slot;
          const position = { rowIndex: index, rowRef: measureRow };
          return event.id === editingId ? (
            <EventEditRow key={event.id} event={event} meeting={meeting} {...position} />
          ) : (
            <EventRow
              key={event.id}
              event={event}
              timeZone={meeting.timeZone}
              showDay={showDay}
              placement={placementOf(event, start, resolved)}
              onPark={park}
              {...position}
            />
          );
        })}
      </tbody>
    </table>
  );

  return (
    <WindowBox windowed={windowed} scrollerClass="event-table__scroller" scrollRef={scrollRef}>
      {table}
    </WindowBox>
  );
}
