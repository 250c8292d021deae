import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clockOf } from '../../../../../shared/domain/timeline/sources/clockText';
import { readRowTime } from '../../../../../shared/domain/timeline/sources/rowTime';
import { OUT_OF_ORDER_SLACK_MS } from '../../../../../shared/domain/timeline/timeOfDay';
import { readTimestamp, zoneOfColumnName } from '../../../../../shared/domain/timeline/sources/timestamps';
import { readImport } from '../../../../../shared/domain/timeline/sources/registry';
import { formatOffset, offsetMinutes, wallClockAt } from '../../../../../shared/domain/timeline/zonedTime';
import { BERLIN, fixture, iso } from './fixtures';

const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'America/St_Johns'];
/** Whole seconds from 1990 to 2040: the instants incidents happen at. */
const instant = fc.integer({ min: 631_152_000, max: 2_208_988_800 }).map((seconds) => seconds * 1000);
const pad = (value: number, width = 2) => String(value).padStart(width, '0');

describe('readTimestamp', () => {
  it('reads every way of writing one instant as that instant', () => {
    const at = Date.UTC(2025, 9, 26, 0, 30, 5);
    for (const text of [
      1761438605,
      1761438605000,
      '1761438605',
      '1761438605.000200',
      '1761438605123',
      '2025-10-26T00:30:05Z',
      '2025-10-26T02:30:05+02:00',
      '2025-10-26T02:30:05+0200',
      '2025-10-26 02:30:05+02',
      '2025-10-26 02:30:05.123456+02',
      '2025-10-26 00:30:05 UTC',
      '2025-10-25T20:30:05.5-04:00',
    ]) {
      expect([text, readTimestamp(text, 'UTC')]).toEqual([text, { ok: true, at, repeated: null }]);
    }
  });

  it('property: an instant printed with any zone offset, with T or a space, reads back as itself', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), fc.constantFrom('T', ' '), (at, zone, separator) => {
        const wall = wallClockAt(at, zone);
        const offset = formatOffset(offsetMinutes(zone, at));
        const text = `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}${separator}${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}${offset}`;
        expect(readTimestamp(text, 'UTC')).toEqual({ ok: true, at, repeated: null });
      }),
    );
  });

  it('property: a wall time without an offset, read in its zone, is that instant or the other reading of a repeated hour', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), (at, zone) => {
        const wall = wallClockAt(at, zone);
        const text = `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)} ${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}`;
        const read = readTimestamp(text, zone);
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        if (read.repeated === null) expect(read.at).toBe(at);
        else expect([read.repeated.earlier, read.repeated.later]).toContain(at);
      }),
    );
  });

  it('property: epoch seconds and milliseconds, as numbers or text, read as the same instant', () => {
    fc.assert(
      fc.property(instant, (at) => {
        for (const value of [at / 1000, at, String(at / 1000), String(at)])
          expect(readTimestamp(value, 'UTC')).toEqual({ ok: true, at, repeated: null });
      }),
    );
  });

  it('refuses what is not a time, and a wall time the clocks skipped, saying why', () => {
    expect(readTimestamp('2025-02-30 10:00', 'UTC')).toEqual({ ok: false, message: '“2025-02-30 10:00” is not a real date and time' });
    expect(readTimestamp('2025-03-30 02:30', 'Europe/Berlin')).toEqual({
      ok: false,
      message: '2025-03-30 02:30 did not happen in Europe/Berlin (the clocks skipped it)',
    });
    expect(readTimestamp('soon', 'UTC')).toMatchObject({ ok: false });
  });

  it('reads a JSON export written with each form: epoch seconds and ms, as numbers and text, ISO, timestamptz', () => {
    const reading = readImport([fixture('json/timestamps.json')], BERLIN);
    expect(reading.errors).toEqual([]);
    expect(reading.candidates.map((row) => [iso(row.at), row.time])).toEqual([
      ['2025-10-25T21:40:00Z', null],
      ['2025-10-25T21:42:05Z', null],
      ['2025-10-25T21:47:30Z', null],
      ['2025-10-25T21:58:00Z', null],
      ['2025-10-25T22:20:00Z', null],
      ['2025-10-25T22:25:00Z', null],
      // 02:05 in the hour that happened twice, its offset saying which: nothing to ask.
      ['2025-10-26T01:05:00Z', null],
    ]);
  });

  it('reads the zone a column is named after', () => {
    expect(['When (Europe/Berlin)', 'time [UTC]', 'At (Mars/Olympus)', 'When'].map(zoneOfColumnName)).toEqual([
      'Europe/Berlin',
      'UTC',
      null,
      null,
    ]);
    const rows = readImport([fixture('zoned-column.csv')], BERLIN).candidates;
    expect(rows.map((row) => [iso(row.at), row.time?.kind ?? null])).toEqual([
      ['2025-10-25T23:30:00Z', null],
      ['2025-10-26T00:30:00Z', 'repeated'],
      ['2025-10-26T01:15:00Z', 'repeated'],
      ['2025-10-26T01:30:00Z', null],
      ['2025-10-26T03:10:00Z', null],
    ]);
  });
});

describe('times of day', () => {
  it('property: a time of day lands after the row before (up to an hour out of order), less than a day later, showing that clock time', () => {
    fc.assert(
      fc.property(
        instant,
        fc.constantFrom(...ZONES),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (previousAt, zone, hour, minute) => {
          const read = readRowTime(`${pad(hour)}:${pad(minute)}`, previousAt, { ...BERLIN, timeZone: zone });
          // A time the clocks skipped that day is refused, never guessed.
          if (!read.ok) {
            expect(read.message).toMatch(/did not happen/);
            return;
          }
          expect(read.at).toBeGreaterThanOrEqual(previousAt - OUT_OF_ORDER_SLACK_MS);
          expect(read.at - previousAt).toBeLessThan(26 * 3600_000);
          expect(wallClockAt(read.at, zone)).toMatchObject({ hour, minute });
        },
      ),
    );
  });

  it('property: 12-hour and 24-hour spellings of one time read the same', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (hour, minute) => {
        const twelve = `${hour % 12 === 0 ? 12 : hour % 12}:${pad(minute)} ${hour < 12 ? 'AM' : 'PM'}`;
        expect(clockOf(twelve)).toEqual(clockOf(`${pad(hour)}:${pad(minute)}`));
        expect(clockOf(twelve.toLowerCase().replace(' ', ''))).toEqual({ hour, minute, second: 0 });
      }),
    );
  });
});
