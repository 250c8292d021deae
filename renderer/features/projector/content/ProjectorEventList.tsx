import type { Milestone } from '../../../../shared/domain/timeline/metrics';
import {
  formatEventDay,
  formatEventTime,
  formatZoneLabel,
  spansSeveralDays,
} from '../../../../shared/domain/timeline/zonedTime';
import { EVENT_KIND_LABELS } from '../../../../shared/domain/vocabulary';
import type { Meeting, TimelineEvent } from '../../../../shared/types';
import { OUTCOME_LABELS } from '../../timeline/eventForm';
import { PLACEMENT_LABELS, placementOf } from '../../timeline/eventPlacement';
import { countOf, FittedList } from '../FittedList';

/**
 * More than any screen shows: only these newest events are laid out and measured, so a log of
 * 10,000 costs the projector no more than one of forty.
 */
const MEASURED_EVENTS = 40;

interface ProjectorEventListProps {
  meeting: Meeting;
  /** Live events in time order. */
  events: readonly TimelineEvent[];
  start: Milestone | null;
  resolved: Milestone | null;
  content: unknown;
}

/**
 * The event log as the room reads it: the newest facts at the bottom, where new ones appear as
 * they are typed, each with its time in the meeting's zone, kind, outcome, description and actor,
 * and the events outside the incident marked in words as the console marks them.
 */
export function ProjectorEventList({ meeting, events, start, resolved, content }: ProjectorEventListProps) {
  const { timeZone } = meeting;
  const measured = events.slice(-MEASURED_EVENTS);
  const unmeasured = events.length - measured.length;
  const showDay = spansSeveralDays(events, timeZone);
  // The offset the incident had, not today's, as the console's event log says it.
  const zoneAt = meeting.startedAt ?? events[0]?.at ?? meeting.createdAt;
  return (
    <FittedList
      className="projector-events"
      title={
        <>
          Events <span className="projector-list__aside">times in {formatZoneLabel(timeZone, zoneAt)}</span>
        </>
      }
      items={measured}
      anchor={measured.length - 1}
      content={content}
      hiddenNote={(before) =>
        before + unmeasured > 0
          ? `+ ${countOf(before + unmeasured, 'earlier event', 'earlier events')}`
          : null
      }
      empty="No events yet."
      renderItem={(event) => {
        const placement = placementOf(event, start, resolved);
        const placementLabel = PLACEMENT_LABELS[placement];
        return (
          <li key={event.id} className={`projector-event projector-event--${placement}`}>
            <span className="projector-event__time">
              {showDay ? (
                <span className="projector-event__day">{formatEventDay(event.at, timeZone)} </span>
              ) : null}
              <time dateTime={new Date(event.at).toISOString()}>{formatEventTime(event.at, timeZone)}</time>
              {placementLabel ? <span className="projector-event__placement">{placementLabel}</span> : null}
            </span>
            <span className={`projector-event__kind event-kind--${event.kind}`}>
              {EVENT_KIND_LABELS[event.kind]}
              {event.outcome ? (
                <span className={`projector-event__outcome projector-event__outcome--${event.outcome}`}>
                  {OUTCOME_LABELS[event.outcome]}
                </span>
              ) : null}
            </span>
            <span className="projector-event__what">
              {event.description}
              {event.actor ? <span className="projector-event__actor"> · {event.actor}</span> : null}
            </span>
          </li>
        );
      }}
    />
  );
}
