/**
 * Timer math. A step's timer is never ticked into storage (DESIGN.md section 3): it is
 * `accumulatedSeconds` plus, while running, the time since `runningSince`. Every window and a
 * restarted app therefore derive the same reading from the same record and the clock.
 */

export interface TimerState {
  plannedSeconds: number;
  accumulatedSeconds: number;
  /** UTC ms when the timer was last started; null while paused or never started. */
  runningSince: number | null;
}

/** `normal` until the last minute, `last-minute` (amber) then `overtime` (red, counting up). */
export type TimerPhase = 'normal' | 'last-minute' | 'overtime';

export interface TimerReading {
  running: boolean;
  elapsedSeconds: number;
  /** Whole seconds left, never below zero. */
  remainingSeconds: number;
  /** Whole seconds past the timebox, zero while within it. */
  overtimeSeconds: number;
  phase: TimerPhase;
}

const LAST_MINUTE_SECONDS = 60;

/** Seconds the timer has run by `nowMs`; a clock that moved backwards never subtracts time. */
export function elapsedSeconds(timer: TimerState, nowMs: number): number {
  const sinceStart = timer.runningSince === null ? 0 : Math.max(0, nowMs - timer.runningSince) / 1000;
  return timer.accumulatedSeconds + sinceStart;
}

/** What a timer shows at `nowMs`. */
export function readTimer(timer: TimerState, nowMs: number): TimerReading {
  const elapsed = elapsedSeconds(timer, nowMs);
  const wholeElapsed = Math.floor(elapsed);
  const remainingSeconds = Math.max(0, timer.plannedSeconds - wholeElapsed);
  const overtimeSeconds = Math.max(0, wholeElapsed - timer.plannedSeconds);
  // A timer that never ran is not over its time, even with a zero-minute timebox.
  const timeUp = elapsed > 0 && wholeElapsed >= timer.plannedSeconds;
  const phase: TimerPhase = timeUp
    ? 'overtime'
    : remainingSeconds <= LAST_MINUTE_SECONDS
      ? 'last-minute'
      : 'normal';
  return {
    running: timer.runningSince !== null,
    elapsedSeconds: elapsed,
    remainingSeconds,
    overtimeSeconds,
    phase,
  };
}

/** The timer after pausing at `nowMs`: the running stretch is folded into the accumulation. */
export function pauseTimer<T extends TimerState>(timer: T, nowMs: number): T {
  if (timer.runningSince === null) return timer;
  return { ...timer, accumulatedSeconds: elapsedSeconds(timer, nowMs), runningSince: null };
}

/** The timer after starting (or resuming) at `nowMs`; starting a running timer changes nothing. */
export function startTimer<T extends TimerState>(timer: T, nowMs: number): T {
  if (timer.runningSince !== null) return timer;
  return { ...timer, runningSince: nowMs };
}

/** Formats seconds as m:ss, or h:mm:ss from an hour on. */
export function formatClock(totalSeconds: number): string {
  const whole = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const seconds = whole % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}
