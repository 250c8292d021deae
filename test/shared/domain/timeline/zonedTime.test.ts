import { describe, expect, it } from 'vitest';
import {
  formatEventDay,
  formatEventTime,
  formatZoneLabel,
  spansSeveralDays,
} from '../../../../shared/domain/timeline/zonedTime';

describe('formatEventTime', () => {
  it('shows the time of day in the meeting zone, to the second', () => {
    expect(formatEventTime(Date.UTC(2026, 2, 5, 8, 31, 5), 'Europe/Berlin')).toBe('09:31:05');
    expect(formatEventTime(Date.UTC(2026, 2, 5, 8, 31, 5), 'America/New_York')).toBe('03:31:05');
    expect(formatEventTime(Date.UTC(2026, 2, 5, 8, 31, 5), 'UTC')).toBe('08:31:05');
  });
});

describe('formatEventDay', () => {
  it('gives the calendar day in the meeting zone, which may differ from the UTC day', () => {
    expect(formatEventDay(Date.UTC(2026, 2, 5, 23, 30), 'Europe/Berlin')).toBe('2026-03-06');
  });
});

describe('formatZoneLabel', () => {
  it('names the zone with the offset it had at the given time', () => {
    expect(formatZoneLabel('Europe/Berlin', Date.UTC(2026, 2, 5))).toBe('Europe/Berlin (UTC+01:00)');
    expect(formatZoneLabel('Europe/Berlin', Date.UTC(2026, 6, 5))).toBe('Europe/Berlin (UTC+02:00)');
    expect(formatZoneLabel('America/New_York', Date.UTC(2026, 1, 17))).toBe('America/New_York (UTC-05:00)');
    expect(formatZoneLabel('Asia/Kolkata', Date.UTC(2026, 1, 17))).toBe('Asia/Kolkata (UTC+05:30)');
  });
});

describe('spansSeveralDays', () => {
  it('tells whether events fall on more than one day of the meeting zone, not of UTC', () => {
    const evening = { at: Date.UTC(2026, 2, 5, 20, 0) };
    const lateEvening = { at: Date.UTC(2026, 2, 5, 23, 30) };
    expect(spansSeveralDays([evening, lateEvening], 'UTC')).toBe(false);
    // 23:30 UTC is already the next day in Berlin.
    expect(spansSeveralDays([evening, lateEvening], 'Europe/Berlin')).toBe(true);
    expect(spansSeveralDays([], 'Europe/Berlin')).toBe(false);
  });

  it('finds the other day in events out of time order, wherever it sits', () => {
    const morning = { at: Date.UTC(2026, 2, 5, 8, 0) };
    const evening = { at: Date.UTC(2026, 2, 5, 20, 0) };
    const nextDay = { at: Date.UTC(2026, 2, 6, 1, 0) };
    expect(spansSeveralDays([evening, nextDay, morning], 'UTC')).toBe(true);
    expect(spansSeveralDays([evening, morning, evening], 'UTC')).toBe(false);
  });
});
