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
import { useApp } from '../../../store/useApp';
import { selectMeetingClock } from '../../clock/clockSlice';

/**
 * More than any screen shows: only this many events around the one in view are laid out and
 * measured, so a log of 10,000 costs the projector no more than one of forty.
 */
const MEASURED_EVENTS = 40;
/** Events kept below the walked one when they fit, so the room sees what comes next. */
const WALK_AFTER = 2;

/**
 * The run of events to measure: the newest ones, or, while the console walks the log, those
 * around the walked event (its index among them is the anchor).
 */
export function measuredRun(events: readonly TimelineEvent[], walkedId: string | null) {
  const walked = walkedId === null ? -1 : events.findIndex((event) => event.id === walkedId);
  if (walked === -1) {
    const from = Math.max(0, events.length - MEASURED_EVENTS);
    return { from, to: events.length, anchor: events.length - from - 1, walked: false };
  }
  const from = Math.max(0, Math.min(walked - MEASURED_EVENTS / 2, events.length - MEASURED_EVENTS));
  const to = Math.min(events.length, from + MEASURED_EVENTS);
  return { from, to, anchor: walked - from, walked: true };
}

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
 * and the events outside the incident marked in words as the console marks them. While the
 * console walks the log (`walkEventId`), the walked event is marked and shown with the events
 * before it and the next ones after it.
 */
export function ProjectorEventList({ meeting, events, start, resolved, content }: ProjectorEventListProps) {
  const { timeZone } = meeting;
  const clock = useApp(selectMeetingClock);
  const run = measuredRun(events, meeting.walkEventId);
  const measured = events.slice(run.from, run.to);
  const walkedIndex = run.walked ? run.anchor : -1;
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
      anchor={run.anchor}
      after={run.walked ? WALK_AFTER : 0}
      content={content}
      hiddenNote={(before, after) =>
        [
          before + run.from > 0 ? `+ ${countOf(before + run.from, 'earlier event', 'earlier events')}` : null,
          after + events.length - run.to > 0
            ? `+ ${countOf(after + events.length - run.to, 'later event', 'later events')}`
            : null,
        ]
          .filter(Boolean)
          .join(' · ') || null
      }
      empty="No events yet."
      renderItem={(event, index) => {
        const placement = placementOf(event, start, resolved);
        const placementLabel = PLACEMENT_LABELS[placement];
        const walked = index === walkedIndex;
        return (
          <li
            key={event.id}
            className={`projector-event projector-event--${placement}${walked ? ' projector-event--walked' : ''}`}
            aria-current={walked ? 'true' : undefined}
          >
            <span className="projector-event__time">
              {showDay ? (
                <span className="projector-event__day">{formatEventDay(event.at, timeZone)} </span>
              ) : null}
              <time dateTime={new Date(event.at).toISOString()}>
                {formatEventTime(event.at, timeZone, clock)}
              </time>
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
