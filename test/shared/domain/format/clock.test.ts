import { describe, expect, it } from 'vitest';
import { clockOfHourCycle, formatClock, resolveClock } from '../../../../shared/domain/format/clock';
import { formatEventDateTime, formatEventTime } from '../../../../shared/domain/timeline/zonedTime';

const at = (hour: number, minute: number, second = 0) => ({ hour, minute, second });

describe('formatClock', () => {
  it('writes a 24-hour time with two-digit hours, with or without seconds', () => {
    expect(formatClock(at(9, 5, 7), '24h')).toBe('09:05:07');
    expect(formatClock(at(21, 5, 7), '24h', { seconds: false })).toBe('21:05');
    expect(formatClock(at(0, 0), '24h')).toBe('00:00:00');
  });

  it('writes a 12-hour time with AM/PM, midnight as 12 AM and noon as 12 PM', () => {
    expect(formatClock(at(9, 5, 7), '12h')).toBe('9:05:07 AM');
    expect(formatClock(at(21, 5, 7), '12h', { seconds: false })).toBe('9:05 PM');
    expect(formatClock(at(0, 10), '12h')).toBe('12:10:00 AM');
    expect(formatClock(at(12, 0), '12h')).toBe('12:00:00 PM');
    expect(formatClock(at(23, 59, 59), '12h')).toBe('11:59:59 PM');
  });
});

describe('clockOfHourCycle', () => {
  it('reads h11 and h12 as the 12-hour clock and everything else as 24-hour', () => {
    expect(clockOfHourCycle('h12')).toBe('12h');
    expect(clockOfHourCycle('h11')).toBe('12h');
    expect(clockOfHourCycle('h23')).toBe('24h');
    expect(clockOfHourCycle('h24')).toBe('24h');
    expect(clockOfHourCycle(undefined)).toBe('24h');
  });

  it('follows what a locale uses', () => {
    const cycle = (locale: string) =>
      new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
    expect(clockOfHourCycle(cycle('en-US'))).toBe('12h');
    expect(clockOfHourCycle(cycle('en-GB'))).toBe('24h');
    expect(clockOfHourCycle(cycle('de-DE'))).toBe('24h');
  });
});

describe('resolveClock', () => {
  it('takes the computer’s clock only when the meeting follows it', () => {
    expect(resolveClock('system', '12h')).toBe('12h');
    expect(resolveClock('system', '24h')).toBe('24h');
    expect(resolveClock('24h', '12h')).toBe('24h');
    expect(resolveClock('12h', '24h')).toBe('12h');
  });
});

describe('formatEventTime in a clock', () => {
  // 2026-03-05 23:27:09 UTC is 00:27:09 the next day in Berlin.
  const lateEvening = Date.UTC(2026, 2, 5, 23, 27, 9);

  it('shows the zone’s wall clock in the meeting’s clock', () => {
    expect(formatEventTime(lateEvening, 'Europe/Berlin')).toBe('00:27:09');
    expect(formatEventTime(lateEvening, 'Europe/Berlin', '12h')).toBe('12:27:09 AM');
    expect(formatEventTime(lateEvening, 'UTC', '12h', { seconds: false })).toBe('11:27 PM');
    expect(formatEventDateTime(lateEvening, 'Europe/Berlin', '12h')).toBe('2026-03-06 12:27:09 AM');
  });
});
