import { describe, expect, it } from 'vitest';
import { parseDueDate } from '../../../../shared/domain/actionItems/parseDueDate';

// Thursday 5 March 2026, 10:00 on the machine's own clock: due dates are local calendar days.
const THURSDAY = new Date(2026, 2, 5, 10, 0);

describe('parseDueDate', () => {
  it.each([
    ['2026-12-01', '2026-12-01'],
    ['  2026-03-01 ', '2026-03-01'],
    ['tomorrow', '2026-03-06'],
    ['today', '2026-03-05'],
    ['in 2 weeks', '2026-03-19'],
    ['in 3 days', '2026-03-08'],
    ['In a month', '2026-04-05'],
    ['next friday', '2026-03-13'],
    ['friday', '2026-03-06'],
    ['by Friday', '2026-03-06'],
    ['due next week', '2026-03-12'],
    ['march 1', '2027-03-01'],
    ['1 December', '2026-12-01'],
    ['end of month', '2026-03-31'],
    ['end of the month.', '2026-03-31'],
    ['end of week', '2026-03-06'],
    ['end of quarter', '2026-03-31'],
    ['end of year', '2026-12-31'],
  ])('reads “%s” as %s', (text, date) => {
    expect(parseDueDate(text, THURSDAY)).toEqual({ ok: true, date });
  });

  it('reads an empty field as “no due date”', () => {
    expect(parseDueDate('   ', THURSDAY)).toEqual({ ok: true, date: null });
  });

  it('moves “end of week” on a Saturday to the next Friday', () => {
    expect(parseDueDate('end of week', new Date(2026, 2, 7, 12, 0))).toEqual({
      ok: true,
      date: '2026-03-13',
    });
  });

  it('refuses a day the calendar does not have', () => {
    expect(parseDueDate('2026-02-30', THURSDAY)).toEqual({
      ok: false,
      message: '2026-02-30 is not a day of the calendar.',
    });
  });

  it.each(['soon', 'asap', 'when we can'])('explains that “%s” is not a date, with examples', (text) => {
    const parsed = parseDueDate(text, THURSDAY);
    expect(parsed).toEqual({ ok: false, message: expect.stringContaining(`“${text}” is not a date.`) });
    expect(parsed.ok ? '' : parsed.message).toContain('in 2 weeks');
  });

  it('refuses text that reads as a date only in part, rather than guessing', () => {
    expect(parseDueDate('friday or maybe later', THURSDAY)).toEqual({
      ok: false,
      message: expect.stringContaining('Only “friday” of “friday or maybe later” reads as a date.'),
    });
  });
});
