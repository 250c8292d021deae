import type { AgendaStep, Meeting, TimelineEvent } from '../../types';
import { orderedSteps } from '../agenda/walk';
import { formatEventDateTime, formatOffset, offsetMinutes } from './zonedTime';

/**
 * The parking-lot text an event becomes: `2026-03-05 09:31:05+01:00 Gateway pods restarted`.
 * The time is the meeting's clock with its offset, so it reads as the log showed it and still
 * names one instant; and it is a line the event log's text import reads, so a fact parked by
 * mistake can be pasted back.
 */
export function parkedEventText(event: Pick<TimelineEvent, 'at' | 'description'>, timeZone: string): string {
  const offset = formatOffset(offsetMinutes(timeZone, event.at));
  return `${formatEventDateTime(event.at, timeZone)}${offset} ${event.description}`;
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
