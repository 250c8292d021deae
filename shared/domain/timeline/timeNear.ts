import { readTimeOfDay, type RepeatedTime, type TimeOfDay, type TimeOfDayReading } from './timeOfDay';
import {
  formatEventDay,
  formatEventTime,
  formatOffset,
  offsetMinutes,
  resolveWallClock,
  wallClockAt,
} from './zonedTime';

const HALF_DAY_MS = 12 * 60 * 60 * 1000;

/** Where a time of day typed near an event landed (`readTimeOfDay`'s answer, day relative to that event). */
export type NearReading = Extract<TimeOfDayReading, { ok: true }> & {
  /** True when it landed on another calendar day than the event it was read near. */
  otherDay: boolean;
};

/**
 * Reads a time of day as its occurrence nearest `near` (the event typed before it, or the incident
 * start): `00:36` after 23:27 is the next day, `09:05` after 09:40 is the same morning, typed out
 * of order. Of a repeated DST hour's two times it takes the one at or after `near` when the other
 * is before it, so a log typed in order keeps going forward. A skipped (gap) time is refused.
 */
export function readTimeNear(time: TimeOfDay, near: number, timeZone: string): TimeReading {
  return readTimeFrom(time, near - HALF_DAY_MS, near, timeZone);
}

/**
 * How far before the line above a pasted time of day may be and still stay on its day: logs
 * merged from several tools are a little out of order, but never by an hour.
 */
export const OUT_OF_ORDER_SLACK_MS = 60 * 60 * 1000;

/**
 * Reads a time of day of a pasted log as its next occurrence after the line above (`after`), up
 * to OUT_OF_ORDER_SLACK_MS before it: a log is pasted in order, so `00:10` after 23:50 is the next
 * day and `11:00` after 23:50 is the next morning, where "nearest" would turn it back half a day.
 */
export function readTimeAfter(time: TimeOfDay, after: number, timeZone: string): TimeReading {
  return readTimeFrom(time, after - OUT_OF_ORDER_SLACK_MS, after, timeZone);
}

/**
 * How long before the incident start a pasted log's first line may be and still be read as
 * leading up to it: the alerts before an incident is called. Earlier than that is the evening.
 */
export const BEFORE_START_MS = 6 * 60 * 60 * 1000;

/**
 * Reads the first time of day of a pasted log by the incident start: its next occurrence from
 * BEFORE_START_MS before it, so `00:36` after a 23:27 start is the next day, `08:30` before a
 * 09:00 start stays on its day and `23:50` after a 09:00 start is that evening.
 */
export function readTimeFirst(time: TimeOfDay, start: number, timeZone: string): TimeReading {
  return readTimeFrom(time, start - BEFORE_START_MS, start, timeZone);
}

type TimeReading = NearReading | Extract<TimeOfDayReading, { ok: false }>;

/** The next occurrence at or after `from`, the repeated hour read forward of `near`, the day compared with `near`'s. */
function readTimeFrom(time: TimeOfDay, from: number, near: number, timeZone: string): TimeReading {
  const reading = readTimeOfDay(time, from, timeZone);
  if (!reading.ok) return reading;
  const repeated = reading.repeated;
  const forward = repeated && repeated.earlier < near && repeated.later >= near;
  const at = forward ? repeated.later : reading.at;
  return {
    ...reading,
    at,
    repeated: forward ? { ...repeated, chosen: 'later' } : repeated,
    otherDay: formatEventDay(at, timeZone) !== formatEventDay(near, timeZone),
  };
}

/** One instant a typed time could mean, as the person is offered it. */
export interface TimeOption {
  at: number;
  label: string;
}

/** What the person is told about a time read near an event, and the readings they may switch to. */
export interface NearReadingNote {
  message: string;
  /** Every reading on offer, the one taken included. */
  options: TimeOption[];
}

const zoneOffset = (at: number, timeZone: string) => `UTC${formatOffset(offsetMinutes(timeZone, at))}`;

/** The same wall-clock time on the day of `near`: what the time would be without the day change. */
function onDayOf(at: number, near: number, timeZone: string): number | null {
  const { hour, minute, second } = wallClockAt(at, timeZone);
  const resolution = resolveWallClock({ ...wallClockAt(near, timeZone), hour, minute, second }, timeZone);
  return resolution.kind === 'gap' ? null : resolution.at;
}

const direction = (reading: NearReading, near: number) => (reading.at > near ? 'next day' : 'day before');
const ordinal = (repeated: RepeatedTime) => (repeated.chosen === 'earlier' ? 'first' : 'second');

/**
 * Says how a time was placed when it was not the plain same-day reading: it went over midnight
 * to another day, or the clock showed it twice (DST fall-back). Null when there is nothing to say.
 */
export function nearReadingNote(
  reading: NearReading,
  near: number,
  timeZone: string,
): NearReadingNote | null {
  const time = formatEventTime(reading.at, timeZone);
  if (reading.repeated) {
    const { earlier, later } = reading.repeated;
    return {
      message:
        `${time} happened twice on ${reading.day} (the clocks went back): taken as the ` +
        `${ordinal(reading.repeated)}, which keeps the log in order, unless you choose the other.`,
      options: [
        { at: earlier, label: `First ${time} (${zoneOffset(earlier, timeZone)})` },
        { at: later, label: `Second ${time} (${zoneOffset(later, timeZone)})` },
      ],
    };
  }
  if (!reading.otherDay) return null;
  const sameDay = onDayOf(reading.at, near, timeZone);
  return {
    message: `${time} is nearest the event before it on the ${direction(reading, near)}: taken as ${reading.day}, unless you choose otherwise.`,
    options: [
      { at: reading.at, label: `${reading.day} (${direction(reading, near)})` },
      ...(sameDay === null
        ? []
        : [{ at: sameDay, label: `${formatEventDay(sameDay, timeZone)} (same day)` }]),
    ],
  };
}
