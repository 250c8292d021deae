import type { AgendaStep, Meeting, TimelineEvent } from '../../types';
import { orderedSteps } from '../agenda/walk';
import type { ClockFormat } from '../format/clock';
import { formatEventDay, formatEventTime } from './zonedTime';

/**
 * The parking-lot text an event becomes: `09:31:05 on 2026-03-05 (Europe/Berlin): Gateway pods
 * restarted`. The time is the meeting's clock, as the log showed it, and the zone is named in
 * words, where a bare `+00:00` read as a machine's timestamp to the room (issue #12 item 18).
 * A fact parked by mistake goes back with Undo, which restores the event itself.
 */
export function parkedEventText(
  event: Pick<TimelineEvent, 'at' | 'description'>,
  timeZone: string,
  clock: ClockFormat,
): string {
  const day = formatEventDay(event.at, timeZone);
  return `${formatEventTime(event.at, timeZone, clock)} on ${day} (${timeZone}): ${event.description}`;
}

/**
 * The step a parked event is kept with: the step the meeting is on, else the agenda's event-log
 * step (where facts and opinions get separated), else none (a custom agenda without one).
 */
export function parkingStepId(
  meeting: Pick<Meeting, 'currentStepId'>,
  agenda: readonly AgendaStep[],
): string | null {
  const steps = orderedSteps(agenda);
  const current = steps.find((step) => step.id === meeting.currentStepId);
  return (current ?? steps.find((step) => step.kind === 'event-log'))?.id ?? null;
}
