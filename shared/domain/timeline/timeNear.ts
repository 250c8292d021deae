import { readTimeOfDay, type TimeOfDay, type TimeOfDayReading } from './timeOfDay';
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
export function readTimeNear(
  time: TimeOfDay,
  near: number,
  timeZone: string,
): NearReading | Extract<TimeOfDayReading, { ok: false }> {
  const reading = readTimeOfDay(time, near - HALF_DAY_MS, timeZone);
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
    const { earlier, later, chosen } = reading.repeated;
    return {
      message:
        `${time} happened twice on ${reading.day} (the clocks went back): taken as the ` +
        `${chosen === 'earlier' ? 'first' : 'second'}, which keeps the log in order, unless you choose the other.`,
      options: [
        { at: earlier, label: `First ${time} (${zoneOffset(earlier, timeZone)})` },
        { at: later, label: `Second ${time} (${zoneOffset(later, timeZone)})` },
      ],
    };
  }
  if (!reading.otherDay) return null;
  const direction = reading.at > near ? 'next day' : 'day before';
  const sameDay = onDayOf(reading.at, near, timeZone);
  return {
    message: `${time} is nearest the event before it on the ${direction}: taken as ${reading.day}, unless you choose otherwise.`,
    options: [
      { at: reading.at, label: `${reading.day} (${direction})` },
      ...(sameDay === null
        ? []
        : [{ at: sameDay, label: `${formatEventDay(sameDay, timeZone)} (same day)` }]),
    ],
  };
}
