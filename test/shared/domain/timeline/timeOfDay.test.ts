import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  afterRow,
  byIncidentStart,
  nearest,
  readTimeOfDay as readByRule,
  type ClockRule,
  type TimeOfDay,
} from '../../../../shared/domain/timeline/timeOfDay';
import {
  formatEventDay,
  offsetMinutes,
  resolveWallClock,
  wallClockAt,
} from '../../../../shared/domain/timeline/zonedTime';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

const at = (hour: number, minute: number, second = 0): TimeOfDay => ({ hour, minute, second });
/** The strictest rule: the next occurrence at or after the reference itself. */
const readTimeOfDay = (time: TimeOfDay, reference: number, zone: string) =>
  readByRule(time, { reference, lookBackMs: 0 }, zone);
const rolledOver = (reading: ReturnType<typeof readTimeOfDay>) =>
  reading.ok && reading.note?.kind === 'rolled-over';

const zones = fc.constantFrom(
  'UTC',
  'Europe/Berlin',
  'Europe/London',
  'America/New_York',
  'America/Santiago',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Asia/Kolkata',
);
const times = fc.record({
  hour: fc.integer({ min: 0, max: 23 }),
  minute: fc.integer({ min: 0, max: 59 }),
  second: fc.integer({ min: 0, max: 59 }),
});
const references = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) });
// Times near the DST changes of the zones above, where the interesting cases live.
const nearTransitions = fc
  .tuple(
    fc.constantFrom(
      Date.UTC(2026, 2, 29, 1),
      Date.UTC(2026, 9, 25, 1),
      Date.UTC(2026, 2, 8, 7),
      Date.UTC(2026, 10, 1, 6),
      Date.UTC(2026, 3, 4, 15),
      Date.UTC(2026, 3, 5, 3),
    ),
    fc.integer({ min: -6 * HOUR_MS, max: 6 * HOUR_MS }),
  )
  .map(([transition, shift]) => transition + shift);
const anyReference = fc.oneof(references, nearTransitions);

describe('readTimeOfDay', () => {
  it('reads 00:36 after a 23:27 event as the next day, and says it rolled over', () => {
    const reading = readTimeOfDay(at(0, 36), Date.UTC(2017, 0, 31, 23, 27), 'UTC');
    expect(reading).toEqual({
      ok: true,
      at: Date.UTC(2017, 1, 1, 0, 36),
      day: '2017-02-01',
      note: { kind: 'rolled-over', day: '2017-02-01' },
    });
  });

  it('keeps a later time of the same day on that day, and the reference time itself', () => {
    const reference = Date.UTC(2017, 0, 31, 18, 0);
    expect(readTimeOfDay(at(23, 27), reference, 'UTC')).toMatchObject({
      at: Date.UTC(2017, 0, 31, 23, 27),
      note: null,
    });
    expect(readTimeOfDay(at(18, 0), reference, 'UTC')).toMatchObject({ at: reference, note: null });
  });

  it('rolls over on the meeting’s calendar, not the UTC one', () => {
    // 22:30 UTC on 5 March is 23:30 in Berlin; 00:15 Berlin is 23:15 UTC the same UTC day.
    const reading = readTimeOfDay(at(0, 15), Date.UTC(2026, 2, 5, 22, 30), 'Europe/Berlin');
    expect(reading).toMatchObject({
      at: Date.UTC(2026, 2, 5, 23, 15),
      day: '2026-03-06',
      note: { kind: 'rolled-over' },
    });
  });

  describe('in a DST fall-back hour (Berlin, 25 Oct 2026: 03:00 CEST becomes 02:00 CET)', () => {
    const firstTwoTen = Date.UTC(2026, 9, 25, 0, 10);
    const secondTwoTen = Date.UTC(2026, 9, 25, 1, 10);

    it('takes the first 02:10 when the log is still before it, and offers the second', () => {
      const reading = readTimeOfDay(at(2, 10), Date.UTC(2026, 9, 24, 23, 50), 'Europe/Berlin');
      // Both come after the reference: nothing in it tells them apart, so the person is asked.
      expect(reading).toEqual({
        ok: true,
        at: firstTwoTen,
        day: '2026-10-25',
        note: { kind: 'repeated', earlier: firstTwoTen, later: secondTwoTen, chosen: 'earlier', by: 'ask' },
      });
    });

    it('takes the second 02:10 after a 02:40 CEST event, so the log keeps going forward', () => {
      const reading = readTimeOfDay(at(2, 10), Date.UTC(2026, 9, 25, 0, 40), 'Europe/Berlin');
      expect(reading).toMatchObject({
        at: secondTwoTen,
        note: { kind: 'repeated', earlier: firstTwoTen, later: secondTwoTen, chosen: 'later', by: 'order' },
      });
    });
  });

  describe('in a DST gap (Berlin, 29 Mar 2026: 02:00 CET jumps to 03:00 CEST)', () => {
    it('refuses 02:30 before the jump, naming the day and both offsets', () => {
      const reading = readTimeOfDay(at(2, 30), Date.UTC(2026, 2, 29, 0, 30), 'Europe/Berlin');
      expect(reading.ok).toBe(false);
      if (reading.ok) return;
      expect(reading.reason).toContain('02:30:00 did not happen in Europe/Berlin on 2026-03-29');
      expect(reading.reason).toContain('UTC+01:00 to UTC+02:00');
    });

    it('reads 02:30 after the jump as the next day’s, which did happen', () => {
      const reading = readTimeOfDay(at(2, 30), Date.UTC(2026, 2, 29, 1, 30), 'Europe/Berlin');
      expect(reading).toMatchObject({ ok: true, at: Date.UTC(2026, 2, 30, 0, 30) });
      expect(rolledOver(reading)).toBe(true);
    });
  });

  it('refuses what is not a time of day, an unknown zone and a missing reference', () => {
    const reference = Date.UTC(2017, 0, 31);
    expect(readTimeOfDay(at(24, 0), reference, 'UTC')).toMatchObject({ ok: false });
    expect(readTimeOfDay(at(9, 60), reference, 'UTC')).toMatchObject({ ok: false });
    expect(readTimeOfDay(at(9, 30.5), reference, 'UTC')).toMatchObject({ ok: false });
    expect(readTimeOfDay(at(9, 0), reference, 'Mars/Olympus')).toEqual({
      ok: false,
      reason: '“Mars/Olympus” is not a known time zone.',
    });
    expect(readTimeOfDay(at(9, 0), Number.NaN, 'UTC')).toMatchObject({ ok: false });
  });
});

/**
 * Whether `time` is skipped by the clocks on the reference's calendar day or the next one. The
 * next day is the calendar's (day + 1), not the reference plus 24 hours: across a spring-forward
 * night that lands an hour into the day after next, past the skipped hour.
 */
function skippedTodayOrTomorrow(time: TimeOfDay, reference: number, zone: string): boolean {
  const today = wallClockAt(reference, zone);
  const tomorrow = { ...today, day: today.day + 1 };
  return [today, tomorrow].some((day) => resolveWallClock({ ...day, ...time }, zone).kind === 'gap');
}

describe('readTimeOfDay properties', () => {
  it('lands at or after the reference, within a day and a DST shift, showing the typed time', () => {
    fc.assert(
      fc.property(times, anyReference, zones, (time, reference, zone) => {
        const reading = readTimeOfDay(time, reference, zone);
        if (!reading.ok) return;
        const shift = Math.abs(offsetMinutes(zone, reading.at) - offsetMinutes(zone, reference)) * 60_000;
        expect(reading.at).toBeGreaterThanOrEqual(reference);
        expect(reading.at - reference).toBeLessThan(DAY_MS + shift);
        expect(wallClockAt(reading.at, zone)).toMatchObject(time);
        expect(reading.day).toBe(formatEventDay(reading.at, zone));
        const otherDay = reading.day !== formatEventDay(reference, zone);
        if (reading.note?.kind !== 'repeated') expect(rolledOver(reading)).toBe(otherDay);
      }),
    );
  });

  it('takes the later of a repeated time only when the earlier one is before the reference', () => {
    fc.assert(
      fc.property(times, nearTransitions, zones, (time, reference, zone) => {
        const reading = readTimeOfDay(time, reference, zone);
        if (!reading.ok || reading.note?.kind !== 'repeated') return;
        const { earlier, later, chosen } = reading.note;
        expect(earlier).toBeLessThan(later);
        expect(wallClockAt(later, zone)).toMatchObject(wallClockAt(earlier, zone));
        expect(reading.at).toBe(chosen === 'earlier' ? earlier : later);
        expect(chosen === 'later').toBe(earlier < reference);
      }),
    );
  });

  it('refuses only times the clock skipped on the day they would land', () => {
    fc.assert(
      fc.property(times, anyReference, zones, (time, reference, zone) => {
        const reading = readTimeOfDay(time, reference, zone);
        if (reading.ok) return;
        expect(skippedTodayOrTomorrow(time, reference, zone)).toBe(true);
      }),
    );
  });

  it('refuses 02:00 typed the evening before the clocks go forward (seen: New York, 2026-03-08)', () => {
    const eveningBefore = Date.parse('2026-03-07T23:59:59.999-05:00');
    expect(readTimeOfDay(at(2, 0), eveningBefore, 'America/New_York').ok).toBe(false);
    expect(skippedTodayOrTomorrow(at(2, 0), eveningBefore, 'America/New_York')).toBe(true);
  });

  it('never refuses in zones without DST, and in UTC lands less than a day after the reference', () => {
    fc.assert(
      fc.property(times, references, fc.constantFrom('UTC', 'Asia/Kolkata'), (time, reference, zone) => {
        const reading = readTimeOfDay(time, reference, zone);
        expect(reading.ok).toBe(true);
        if (reading.ok && zone === 'UTC') expect(reading.at - reference).toBeLessThan(DAY_MS);
      }),
    );
  });
});

/** One reading by a rule, failing the test when the time cannot be read. */
function read(rule: ClockRule, hour: number, minute: number, zone = 'UTC') {
  const reading = readByRule(at(hour, minute), rule, zone);
  if (!reading.ok) throw new Error(reading.reason);
  return reading;
}

describe('the capture row’s rule: the occurrence nearest the event before', () => {
  const lateEvening = Date.UTC(2017, 0, 31, 23, 27);

  it('takes 00:36 after 23:27 as the next day, and says it is another day', () => {
    expect(read(nearest(lateEvening), 0, 36)).toMatchObject({
      at: Date.UTC(2017, 1, 1, 0, 36),
      note: { kind: 'rolled-over', day: '2017-02-01' },
    });
  });

  it('keeps a time typed out of order on the same day', () => {
    expect(read(nearest(lateEvening), 23, 5)).toMatchObject({ at: Date.UTC(2017, 0, 31, 23, 5), note: null });
  });

  it('takes 23:50 typed after a 00:20 event as the day before', () => {
    expect(read(nearest(Date.UTC(2017, 1, 1, 0, 20)), 23, 50)).toMatchObject({
      at: Date.UTC(2017, 0, 31, 23, 50),
      note: { kind: 'day-before', day: '2017-01-31' },
    });
  });

  it('takes the second of a repeated DST time when the first is before the event typed before it', () => {
    // Berlin, 25 Oct 2026: 03:00 CEST became 02:00 CET. 02:40 CEST is 00:40 UTC.
    const reading = read(nearest(Date.UTC(2026, 9, 25, 0, 40)), 2, 10, 'Europe/Berlin');
    expect(reading.at).toBe(Date.UTC(2026, 9, 25, 1, 10));
    expect(reading.note).toMatchObject({ chosen: 'later', by: 'order' });
    // Before the repeated hour began, the first 02:10 is the one in order.
    expect(read(nearest(Date.UTC(2026, 9, 24, 23, 50)), 2, 10, 'Europe/Berlin').note).toMatchObject({
      chosen: 'earlier',
    });
  });
});

describe('the importers’ rules: after the row above, the first row by the incident start', () => {
  const lateEvening = Date.UTC(2017, 0, 31, 23, 50);

  it('takes a time half a day on as the next day, where the nearest reading would go back', () => {
    expect(read(afterRow(lateEvening), 13, 0)).toMatchObject({
      at: Date.UTC(2017, 1, 1, 13, 0),
      note: { kind: 'rolled-over' },
    });
    expect(read(nearest(lateEvening), 13, 0).at).toBe(Date.UTC(2017, 0, 31, 13, 0));
  });

  it('keeps a time up to an hour before the line above on its day, and an earlier one goes forward', () => {
    expect(read(afterRow(lateEvening), 22, 51).at).toBe(Date.UTC(2017, 0, 31, 22, 51));
    expect(read(afterRow(lateEvening), 22, 49).at).toBe(Date.UTC(2017, 1, 1, 22, 49));
  });

  it('reads a first row up to six hours before the incident start on its day, earlier ones that evening', () => {
    const start = Date.UTC(2017, 0, 31, 9, 0);
    expect(read(byIncidentStart(start), 8, 30).at).toBe(Date.UTC(2017, 0, 31, 8, 30));
    expect(read(byIncidentStart(start), 23, 50).at).toBe(Date.UTC(2017, 0, 31, 23, 50));
    expect(read(byIncidentStart(Date.UTC(2017, 1, 1, 3, 0)), 22, 0)).toMatchObject({
      at: Date.UTC(2017, 0, 31, 22, 0),
      note: { kind: 'day-before', day: '2017-01-31' },
    });
  });
});

/**
 * How far the clocks moved across these instants, in ms: a DST change anywhere between the
 * look-back's start and the reading stretches the real time between them (Lord Howe's half hour
 * fell there for 00:00 typed at local noon on 2026-04-05; Santiago's hour for 18:00 by an incident
 * start just after its fall-back).
 */
function shiftBetween(zone: string, instants: readonly number[]): number {
  const offsets = instants.map((instant) => offsetMinutes(zone, instant));
  return (Math.max(...offsets) - Math.min(...offsets)) * 60_000;
}

describe('every rule (properties)', () => {
  const rules = fc.constantFrom(
    { name: 'nearest', of: nearest },
    { name: 'after the row above', of: afterRow },
    { name: 'by the incident start', of: byIncidentStart },
  );

  it('lands within its look-back before the reference and a day after it, showing the typed time', () => {
    fc.assert(
      fc.property(times, anyReference, zones, rules, (time, reference, zone, { of }) => {
        const rule = of(reference);
        const reading = readByRule(time, rule, zone);
        if (!reading.ok) {
          expect(reading.reason).toMatch(/did not happen/);
          return;
        }
        const shift = shiftBetween(zone, [reference - rule.lookBackMs, reference, reading.at]);
        expect(reading.at).toBeGreaterThanOrEqual(reference - rule.lookBackMs);
        expect(reading.at - (reference - rule.lookBackMs)).toBeLessThan(DAY_MS + shift);
        expect(wallClockAt(reading.at, zone)).toMatchObject(time);
      }),
    );
  });

  it('says so when the time lands on another day than the reference, in the direction it went', () => {
    fc.assert(
      fc.property(times, anyReference, zones, rules, (time, reference, zone, { of }) => {
        const reading = readByRule(time, of(reference), zone);
        if (!reading.ok || reading.note?.kind === 'repeated') return;
        const otherDay = reading.day !== formatEventDay(reference, zone);
        expect(reading.note === null).toBe(!otherDay);
        if (otherDay) expect(reading.note?.kind).toBe(reading.at > reference ? 'rolled-over' : 'day-before');
      }),
    );
  });

  it('reads a repeated time forward of the reference when it can (by order), else asks with the first', () => {
    fc.assert(
      fc.property(times, nearTransitions, zones, rules, (time, reference, zone, { of }) => {
        const rule = of(reference);
        const reading = readByRule(time, rule, zone);
        if (!reading.ok || reading.note?.kind !== 'repeated') return;
        const { earlier, later, chosen, by } = reading.note;
        const from = reference - rule.lookBackMs;
        if (earlier < reference && later >= reference) expect([chosen, by]).toEqual(['later', 'order']);
        else if (earlier >= from) expect([chosen, by]).toEqual(['earlier', 'ask']);
        else expect([chosen, by]).toEqual(['later', 'order']);
        expect(reading.at).toBe(chosen === 'earlier' ? earlier : later);
      }),
    );
  });

  it('the capture row’s time is never more than half a day (and a DST shift) from the event before', () => {
    const lordHowe = readByRule(
      { hour: 0, minute: 0, second: 0 },
      nearest(1775352599999),
      'Australia/Lord_Howe',
    );
    expect(lordHowe).toMatchObject({ ok: true, at: Date.UTC(2026, 3, 5, 13, 30) });
    fc.assert(
      fc.property(times, anyReference, zones, (time, reference, zone) => {
        const reading = readByRule(time, nearest(reference), zone);
        if (!reading.ok) return;
        const shift = shiftBetween(zone, [reference - 12 * HOUR_MS, reference, reading.at]);
        expect(Math.abs(reading.at - reference)).toBeLessThanOrEqual(12 * HOUR_MS + shift);
      }),
    );
  });
});
