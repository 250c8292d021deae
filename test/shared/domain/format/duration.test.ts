import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../../../shared/domain/format/duration';

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;

describe('formatDuration', () => {
  it('writes zero as 0 min and anything shorter than a minute as under a minute', () => {
    expect(formatDuration(0)).toBe('0 min');
    expect(formatDuration(-0)).toBe('0 min');
    expect(formatDuration(0.4)).toBe('under a minute');
    expect(formatDuration(59)).toBe('under a minute');
    expect(formatDuration(59.9)).toBe('under a minute');
  });

  it('rounds to the nearest minute under a day, in hours and minutes from an hour on', () => {
    expect(formatDuration(60)).toBe('1 min');
    expect(formatDuration(89)).toBe('1 min');
    expect(formatDuration(90)).toBe('2 min');
    expect(formatDuration(12 * MINUTE + 20)).toBe('12 min');
    expect(formatDuration(50 * MINUTE + 20)).toBe('50 min');
    expect(formatDuration(HOUR)).toBe('1 h');
    expect(formatDuration(2 * HOUR + 5 * MINUTE + 29)).toBe('2 h 5 min');
    expect(formatDuration(23 * HOUR + 59 * MINUTE)).toBe('23 h 59 min');
  });

  it('carries a rounded-up value into the next unit instead of writing 60 min or 24 h', () => {
    expect(formatDuration(59 * MINUTE + 30)).toBe('1 h');
    expect(formatDuration(DAY - 30)).toBe('1 day');
    expect(formatDuration(7 * DAY - 10 * MINUTE)).toBe('7 days');
  });

  it('rounds to the nearest hour under a week, and to whole days up to 60 days', () => {
    expect(formatDuration(DAY)).toBe('1 day');
    expect(formatDuration(DAY + 2 * HOUR + 20 * MINUTE)).toBe('1 day 2 h');
    expect(formatDuration(3 * DAY)).toBe('3 days');
    expect(formatDuration(4 * DAY + 2 * HOUR + 31 * MINUTE)).toBe('4 days 3 h');
    expect(formatDuration(12 * DAY + 13 * HOUR)).toBe('13 days');
    expect(formatDuration(59 * DAY)).toBe('59 days');
  });

  it('says about N months from 60 days and about N years from two years', () => {
    expect(formatDuration(60 * DAY)).toBe('about 2 months');
    expect(formatDuration(547 * DAY)).toBe('about 18 months');
    expect(formatDuration(729 * DAY)).toBe('about 2 years');
    // The "3589 days 14 h".
    expect(formatDuration(3589 * DAY + 14 * HOUR)).toBe('about 10 years');
  });

  it('stays short and readable for huge values', () => {
    expect(formatDuration(1_200 * 365.2425 * DAY)).toBe('about 1,200 years');
    // The longest span JavaScript dates can hold (±8.64e15 ms each side).
    expect(formatDuration(2 * 8.64e12)).toBe('about 547,581 years');
    expect(formatDuration(Number.MAX_VALUE)).toMatch(/^about [\d,]+ years$/);
  });

  it('keeps the sign of a negative duration, except under a minute', () => {
    expect(formatDuration(-12 * MINUTE)).toBe('-12 min');
    expect(formatDuration(-(3 * DAY))).toBe('-3 days');
    expect(formatDuration(-30)).toBe('under a minute');
  });

  it('reads unknown for a value that is not a number', () => {
    expect(formatDuration(Number.NaN)).toBe('unknown');
    expect(formatDuration(Number.POSITIVE_INFINITY)).toBe('unknown');
    expect(formatDuration(Number.NEGATIVE_INFINITY)).toBe('unknown');
  });
});
