import { formatClock, type ClockFormat } from '../../../shared/domain/format/clock';
import { formatDuration } from '../../../shared/domain/format/duration';
import { useApp } from '../../store/useApp';
import { selectMeetingClock } from '../clock/clockSlice';
import { meetingClock } from '../../../shared/domain/agenda/walk';
import type { AgendaStep, Meeting } from '../../../shared/types';

/**
 * The room's wall-clock time (the machine's zone, not the incident's): when the meeting ends,
 * in the meeting's clock like every other time on the console.
 */
function clockTime(ms: number, clock: ClockFormat): string {
  const date = new Date(ms);
  return formatClock({ hour: date.getHours(), minute: date.getMinutes(), second: date.getSeconds() }, clock, {
    seconds: false,
  });
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
  const clockFormat = useApp(selectMeetingClock);
  const late = clock.driftSeconds >= 60;
  return (
    <p className={`meeting-clock${late ? ' meeting-clock--late' : ''}`} aria-label="Meeting clock">
      <span>
        {Math.round(clock.plannedSeconds / 60)} min planned · planned end{' '}
        <strong>{clockTime(clock.plannedEndMs, clockFormat)}</strong>
      </span>
      <span>
        projected end <strong>{clockTime(clock.projectedEndMs, clockFormat)}</strong> (
        {drift(clock.driftSeconds)})
      </span>
    </p>
  );
}
