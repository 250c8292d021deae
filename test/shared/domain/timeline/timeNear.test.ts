import { describe, expect, it } from 'vitest';
import { nearReadingNote, readTimeAfter, readTimeNear } from '../../../../shared/domain/timeline/timeNear';

const time = (hour: number, minute: number) => ({ hour, minute, second: 0 });

function near(hour: number, minute: number, previous: number, zone = 'UTC') {
  const reading = readTimeNear(time(hour, minute), previous, zone);
  if (!reading.ok) throw new Error(reading.reason);
  return reading;
}

describe('readTimeNear', () => {
  const lateEvening = Date.UTC(2017, 0, 31, 23, 27);

  it('takes 00:36 after 23:27 as the next day, and says it is another day', () => {
    expect(near(0, 36, lateEvening)).toMatchObject({ at: Date.UTC(2017, 1, 1, 0, 36), otherDay: true });
  });

  it('keeps a time typed out of order on the same day', () => {
    expect(near(23, 5, lateEvening)).toMatchObject({ at: Date.UTC(2017, 0, 31, 23, 5), otherDay: false });
  });

  it('takes 23:50 typed after a 00:20 event as the day before', () => {
    expect(near(23, 50, Date.UTC(2017, 1, 1, 0, 20))).toMatchObject({
      at: Date.UTC(2017, 0, 31, 23, 50),
      otherDay: true,
    });
  });

  it('takes the second of a repeated DST time when the first is before the event typed before it', () => {
    // Berlin, 25 Oct 2026: 03:00 CEST became 02:00 CET. 02:40 CEST is 00:40 UTC.
    const reading = near(2, 10, Date.UTC(2026, 9, 25, 0, 40), 'Europe/Berlin');
    expect(reading.at).toBe(Date.UTC(2026, 9, 25, 1, 10));
    expect(reading.repeated?.chosen).toBe('later');
    // Before the repeated hour began, the first 02:10 is the one in order.
    expect(near(2, 10, Date.UTC(2026, 9, 24, 23, 50), 'Europe/Berlin').repeated?.chosen).toBe('earlier');
  });
});

describe('readTimeAfter', () => {
  const lateEvening = Date.UTC(2017, 0, 31, 23, 50);
  const after = (hour: number, minute: number, previous: number) => {
    const reading = readTimeAfter(time(hour, minute), previous, 'UTC');
    if (!reading.ok) throw new Error(reading.reason);
    return reading;
  };

  it('takes a time half a day on as the next day, where the nearest reading would go back', () => {
    expect(after(13, 0, lateEvening)).toMatchObject({ at: Date.UTC(2017, 1, 1, 13, 0), otherDay: true });
    expect(near(13, 0, lateEvening).at).toBe(Date.UTC(2017, 0, 31, 13, 0));
  });

  it('keeps a time up to an hour before the line above on its day, and an earlier one goes forward', () => {
    expect(after(22, 51, lateEvening).at).toBe(Date.UTC(2017, 0, 31, 22, 51));
    expect(after(22, 49, lateEvening).at).toBe(Date.UTC(2017, 1, 1, 22, 49));
  });
});

describe('nearReadingNote', () => {
  it('says which day a time went over midnight to and offers the same day instead', () => {
    const previous = Date.UTC(2017, 0, 31, 23, 27);
    expect(nearReadingNote(near(0, 36, previous), previous, 'UTC')).toEqual({
      message:
        '00:36:00 is nearest the event before it on the next day: taken as 2017-02-01, unless you choose otherwise.',
      options: [
        { at: Date.UTC(2017, 1, 1, 0, 36), label: '2017-02-01 (next day)' },
        { at: Date.UTC(2017, 0, 31, 0, 36), label: '2017-01-31 (same day)' },
      ],
    });
  });

  it('offers both times of a repeated DST hour with their offsets', () => {
    const previous = Date.UTC(2026, 9, 25, 0, 40);
    const note = nearReadingNote(near(2, 10, previous, 'Europe/Berlin'), previous, 'Europe/Berlin');
    expect(note?.message).toContain('taken as the second');
    expect(note?.options).toEqual([
      { at: Date.UTC(2026, 9, 25, 0, 10), label: 'First 02:10:00 (UTC+02:00)' },
      { at: Date.UTC(2026, 9, 25, 1, 10), label: 'Second 02:10:00 (UTC+01:00)' },
    ]);
  });

  it('has nothing to say about a plain same-day time', () => {
    const previous = Date.UTC(2017, 0, 31, 23, 27);
    expect(nearReadingNote(near(23, 40, previous), previous, 'UTC')).toBeNull();
  });
});
