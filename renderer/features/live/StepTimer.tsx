import { formatClock, readTimer, type TimerReading } from '../../../shared/domain/agenda/timer';
import type { AgendaStep } from '../../../shared/types';

/** What a timer shows: the clock text, the state in words, and the phase for styling. */
export function describeTimer(step: AgendaStep, now: number) {
  const reading: TimerReading = readTimer(step, now);
  const neverStarted = !reading.running && reading.elapsedSeconds === 0;
  const clock =
    reading.phase === 'overtime'
      ? `+${formatClock(reading.overtimeSeconds)}`
      : formatClock(reading.remainingSeconds);
  // Colour is never the only signal (WCAG 1.4.1): the state is also written out.
  const status =
    reading.phase === 'overtime'
      ? 'Over time'
      : neverStarted
        ? 'Not started'
        : !reading.running
          ? 'Paused'
          : reading.phase === 'last-minute'
            ? 'Last minute'
            : 'Remaining';
  return { reading, clock, status, neverStarted };
}

/**
 * The big timer of the current step, for the console and the projector alike: counts down,
 * turns amber in the last minute, and past zero turns red and counts up ("+1:23").
 */
export function StepTimer({
  step,
  now,
  size = 'large',
}: {
  step: AgendaStep;
  now: number;
  size?: 'large' | 'huge';
}) {
  const { reading, clock, status } = describeTimer(step, now);
  const classes = [
    'step-timer',
    `step-timer--${size}`,
    `step-timer--${reading.phase}`,
    reading.running ? 'step-timer--running' : 'step-timer--paused',
  ].join(' ');
  return (
    <div className={classes} role="timer" aria-label={`${status}: ${clock}`}>
      <span className="step-timer__clock">{clock}</span>
      <span className="step-timer__status">{status}</span>
    </div>
  );
}
