import { formatDuration } from '../../../shared/domain/format/duration';
import { meetingClock } from '../../../shared/domain/agenda/walk';
import type { AgendaStep, Meeting } from '../../../shared/types';

/** The room's wall-clock time (the machine's zone, not the incident's): when the meeting ends. */
function clockTime(ms: number): string {
  return new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }).format(ms);
}

function drift(seconds: number): string {
  if (Math.abs(seconds) < 30) return 'on time';
  return `${formatDuration(Math.abs(seconds))} ${seconds > 0 ? 'late' : 'early'}`;
}

/**
 * The meeting-level clock: the planned end (from the first timer plus every timebox) against the
 * end projected from the steps' actual times, in the facilitator's own clock time.
 */
export function MeetingClockLine({
  meeting,
  agenda,
  now,
}: {
  meeting: Meeting;
  agenda: AgendaStep[];
  now: number;
}) {
  const clock = meetingClock(agenda, meeting, now);
  const late = clock.driftSeconds >= 60;
  return (
    <p className={`meeting-clock${late ? ' meeting-clock--late' : ''}`} aria-label="Meeting clock">
      <span>
        {Math.round(clock.plannedSeconds / 60)} min planned · planned end{' '}
        <strong>{clockTime(clock.plannedEndMs)}</strong>
      </span>
      <span>
        projected end <strong>{clockTime(clock.projectedEndMs)}</strong> ({drift(clock.driftSeconds)})
      </span>
    </p>
  );
}
