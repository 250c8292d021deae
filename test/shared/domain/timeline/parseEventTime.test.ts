import { describe, expect, it } from 'vitest';
import { parseEventTime, type EventTimeContext } from '../../../../shared/domain/timeline/parseEventTime';

const BERLIN: EventTimeContext = {
  timeZone: 'Europe/Berlin',
  previousAt: null,
  incidentStartAt: Date.UTC(2026, 2, 5, 8, 0, 0), // 09:00 in Berlin (UTC+1)
  now: Date.UTC(2026, 5, 1, 12, 0, 0),
};

function at(text: string, context: Partial<EventTimeContext> = {}) {
  const result = parseEventTime(text, { ...BERLIN, ...context });
  if (!result.ok) throw new Error(`expected ${text} to parse, got: ${result.message}`);
  return new Date(result.at).toISOString();
}

function message(text: string, context: Partial<EventTimeContext> = {}) {
  const result = parseEventTime(text, { ...BERLIN, ...context });
  if (result.ok) throw new Error(`expected ${text} to fail, got ${new Date(result.at).toISOString()}`);
  return result.message;
}

describe('parseEventTime', () => {
  it('reads 24-hour times in the meeting zone on the incident start’s day', () => {
    expect(at('09:31')).toBe('2026-03-05T08:31:00.000Z');
    expect(at('09:31:05')).toBe('2026-03-05T08:31:05.000Z');
    expect(at('21:31')).toBe('2026-03-05T20:31:00.000Z');
    expect(at(' 0:05 ')).toBe('2026-03-04T23:05:00.000Z');
  });

  it('reads 12-hour times with am/pm in any spelling', () => {
    expect(at('9:31pm')).toBe('2026-03-05T20:31:00.000Z');
    expect(at('9:31 PM')).toBe('2026-03-05T20:31:00.000Z');
    expect(at('9:31:05 a.m.')).toBe('2026-03-05T08:31:05.000Z');
    expect(at('12:10am')).toBe('2026-03-04T23:10:00.000Z');
    expect(at('12:10pm')).toBe('2026-03-05T11:10:00.000Z');
    expect(at('9pm')).toBe('2026-03-05T20:00:00.000Z');
  });

  it('anchors the day on the previous event first, then the incident start, then today', () => {
    const previousAt = Date.UTC(2026, 2, 6, 22, 30, 0); // 23:30 on the 6th in Berlin
    expect(at('09:31', { previousAt })).toBe('2026-03-06T08:31:00.000Z');
    expect(at('09:31', { incidentStartAt: null })).toBe('2026-06-01T07:31:00.000Z');
  });

  it('counts +15m, +1h30m and +45s from the previous event', () => {
    const previousAt = Date.UTC(2026, 2, 5, 8, 31, 5);
    expect(at('+15m', { previousAt })).toBe('2026-03-05T08:46:05.000Z');
    expect(at('+1h30m', { previousAt })).toBe('2026-03-05T10:01:05.000Z');
    expect(at('+45s', { previousAt })).toBe('2026-03-05T08:31:50.000Z');
    expect(at('+2 min', { previousAt })).toBe('2026-03-05T08:33:05.000Z');
  });

  it('refuses a relative time when there is no earlier event', () => {
    expect(message('+15m')).toBe('+15m needs an earlier event to count from.');
  });

  it('takes ISO timestamps with Z or an offset as they are, whatever the meeting zone', () => {
    expect(at('2026-03-05T09:31:05Z')).toBe('2026-03-05T09:31:05.000Z');
    expect(at('2026-03-05T09:31:05-05:00')).toBe('2026-03-05T14:31:05.000Z');
    expect(at('2026-03-05T09:31:05.750+01:00')).toBe('2026-03-05T08:31:05.000Z');
  });

  it('reads a date and time without offset in the meeting zone', () => {
    expect(at('2026-03-07 09:31')).toBe('2026-03-07T08:31:00.000Z');
    expect(at('2026-07-07 09:31:05')).toBe('2026-07-07T07:31:05.000Z');
    expect(at('2026-07-07 09:31', { timeZone: 'America/New_York' })).toBe('2026-07-07T13:31:00.000Z');
    expect(at('2026-07-07 09:31', { timeZone: 'Asia/Kolkata' })).toBe('2026-07-07T04:01:00.000Z');
  });

  it('explains what is wrong with text that is not a time', () => {
    expect(message('25:61')).toBe('25:61 is not a time of day.');
    expect(message('13:30pm')).toBe('13:30pm is not a time of day (use 1–12 with am/pm).');
    expect(message('soon')).toMatch(/^“soon” is not a time \(e\.g\. 09:31/);
    expect(message('')).toMatch(/^Type a time/);
    expect(message('2026-02-30 09:00')).toBe('2026-02-30 09:00 is not a real date.');
    expect(message('09:31', { timeZone: 'Mars/Olympus' })).toBe('“Mars/Olympus” is not a known time zone.');
  });

  describe('on DST change days', () => {
    it('refuses a Berlin time in the spring-forward gap of 2026-03-29 and names the jump', () => {
      const day = { incidentStartAt: Date.UTC(2026, 2, 29, 0, 0, 0) };
      expect(at('01:59', day)).toBe('2026-03-29T00:59:00.000Z');
      expect(message('02:30', day)).toBe(
        '02:30 did not happen in Europe/Berlin: the clocks jumped from UTC+01:00 to UTC+02:00 that night. ' +
          'Type the time as the clock showed it, or an ISO time with its offset.',
      );
      expect(at('03:00', day)).toBe('2026-03-29T01:00:00.000Z');
    });

    it('takes the first occurrence of an ambiguous Berlin time on 2026-10-25', () => {
      const day = { incidentStartAt: Date.UTC(2026, 9, 24, 22, 0, 0) };
      expect(at('02:30', day)).toBe('2026-10-25T00:30:00.000Z');
      expect(at('03:30', day)).toBe('2026-10-25T02:30:00.000Z');
      // The second 02:30 is reachable with its offset, or by counting on from the first.
      expect(at('2026-10-25T02:30:00+01:00', day)).toBe('2026-10-25T01:30:00.000Z');
      expect(at('+1h', { previousAt: Date.UTC(2026, 9, 25, 0, 30, 0) })).toBe('2026-10-25T01:30:00.000Z');
    });

    it('refuses 02:30 in New York on 2026-03-08 and takes the first 01:30 on 2026-11-01', () => {
      const zone = { timeZone: 'America/New_York' };
      expect(message('02:30', { ...zone, incidentStartAt: Date.UTC(2026, 2, 8, 12, 0, 0) })).toMatch(
        /jumped from UTC-05:00 to UTC-04:00/,
      );
      expect(at('2026-03-08 03:15', zone)).toBe('2026-03-08T07:15:00.000Z');
      expect(at('2026-11-01 01:30', zone)).toBe('2026-11-01T05:30:00.000Z');
      expect(at('2026-11-01 02:30', zone)).toBe('2026-11-01T07:30:00.000Z');
    });
  });
});
