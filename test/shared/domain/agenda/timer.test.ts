import { describe, expect, it } from 'vitest';
import { elapsedSeconds, formatClock, pauseTimer, readTimer, startTimer } from '../../../../shared/domain/agenda/timer';

const T0 = Date.UTC(2026, 2, 5, 9, 0, 0);
const tenMinutes = { plannedSeconds: 600, accumulatedSeconds: 0, runningSince: null };

describe('readTimer', () => {
  it('shows the whole timebox for a timer that never ran', () => {
    expect(readTimer(tenMinutes, T0)).toEqual({
      running: false,
      elapsedSeconds: 0,
      remainingSeconds: 600,
      overtimeSeconds: 0,
      phase: 'normal',
    });
  });

  it('derives the remaining time from runningSince and the clock', () => {
    const running = { ...tenMinutes, accumulatedSeconds: 30, runningSince: T0 };
    expect(readTimer(running, T0 + 90_500)).toMatchObject({ running: true, remainingSeconds: 480, phase: 'normal' });
  });

  it('turns amber in the last minute', () => {
    const running = { ...tenMinutes, runningSince: T0 };
    expect(readTimer(running, T0 + 540_000).phase).toBe('last-minute');
    expect(readTimer(running, T0 + 539_000).phase).toBe('normal');
  });

  it('counts overtime up from zero once the timebox is spent', () => {
    const running = { ...tenMinutes, runningSince: T0 };
    expect(readTimer(running, T0 + 600_000)).toMatchObject({ remainingSeconds: 0, overtimeSeconds: 0, phase: 'overtime' });
    expect(readTimer(running, T0 + 725_000)).toMatchObject({ remainingSeconds: 0, overtimeSeconds: 125, phase: 'overtime' });
  });

  it('never counts a clock that went backwards as negative time', () => {
    const running = { ...tenMinutes, accumulatedSeconds: 12, runningSince: T0 };
    expect(elapsedSeconds(running, T0 - 60_000)).toBe(12);
  });

  it('does not call a zero-minute step that never ran overtime', () => {
    expect(readTimer({ plannedSeconds: 0, accumulatedSeconds: 0, runningSince: null }, T0).phase).toBe('last-minute');
  });
});

describe('pauseTimer and startTimer', () => {
  it('keep every millisecond across pauses', () => {
    let timer = startTimer(tenMinutes, T0);
    timer = pauseTimer(timer, T0 + 10_600);
    timer = startTimer(timer, T0 + 20_000);
    timer = pauseTimer(timer, T0 + 30_500);
    expect(timer).toEqual({ plannedSeconds: 600, accumulatedSeconds: 21.1, runningSince: null });
  });

  it('leave a timer alone when it is already in the asked state', () => {
    const running = startTimer(tenMinutes, T0);
    expect(startTimer(running, T0 + 5_000)).toBe(running);
    expect(pauseTimer(tenMinutes, T0)).toBe(tenMinutes);
  });
});

describe('formatClock', () => {
  it('writes minutes and seconds, and hours only when needed', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(65.9)).toBe('1:05');
    expect(formatClock(3600 + 62)).toBe('1:01:02');
  });
});
