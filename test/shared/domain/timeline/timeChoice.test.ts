import { describe, expect, it } from 'vitest';
import { timeChoice } from '../../../../shared/domain/timeline/timeChoice';
import { nearest, readTimeOfDay } from '../../../../shared/domain/timeline/timeOfDay';

/** What the capture row says about `hour:minute` typed after an event at `previous`. */
function choiceAfter(hour: number, minute: number, previous: number, zone = 'UTC') {
  const reading = readTimeOfDay({ hour, minute, second: 0 }, nearest(previous), zone);
  if (!reading.ok) throw new Error(reading.reason);
  return timeChoice(reading.at, reading.note, previous, zone);
}

describe('timeChoice', () => {
  it('says which day a time went over midnight to and offers the same day instead', () => {
    expect(choiceAfter(0, 36, Date.UTC(2017, 0, 31, 23, 27))).toEqual({
      message:
        '00:36:00 is nearest the event before it on the next day: taken as 2017-02-01, unless you choose otherwise.',
      options: [
        { at: Date.UTC(2017, 1, 1, 0, 36), label: '2017-02-01 (next day)' },
        { at: Date.UTC(2017, 0, 31, 0, 36), label: '2017-01-31 (same day)' },
      ],
    });
  });

  it('offers the next day for a time typed the day before an event just past midnight', () => {
    expect(choiceAfter(23, 50, Date.UTC(2017, 1, 1, 0, 20))?.options).toEqual([
      { at: Date.UTC(2017, 0, 31, 23, 50), label: '2017-01-31 (day before)' },
      { at: Date.UTC(2017, 1, 1, 23, 50), label: '2017-02-01 (same day)' },
    ]);
  });

  it('offers both times of a repeated DST hour with their offsets', () => {
    const choice = choiceAfter(2, 10, Date.UTC(2026, 9, 25, 0, 40), 'Europe/Berlin');
    expect(choice?.message).toContain('taken as the second');
    expect(choice?.options).toEqual([
      { at: Date.UTC(2026, 9, 25, 0, 10), label: 'First 02:10:00 (UTC+02:00)' },
      { at: Date.UTC(2026, 9, 25, 1, 10), label: 'Second 02:10:00 (UTC+01:00)' },
    ]);
  });

  it('has nothing to say about a plain same-day time', () => {
    expect(choiceAfter(23, 40, Date.UTC(2017, 0, 31, 23, 27))).toBeNull();
  });
});
