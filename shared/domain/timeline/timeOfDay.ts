import {
  formatEventDay,
  formatOffset,
  isValidTimeZone,
  offsetMinutes,
  resolveWallClock,
  wallClockAt,
} from './zonedTime';

/** A time of day as a clock on the wall showed it, without a date. */
export interface TimeOfDay {
  hour: number;
  minute: number;
  second: number;
}

/** The clock showed this time twice (DST fall-back): both instants, and the one the reading took. */
export interface RepeatedTime {
  earlier: number;
  later: number;
  chosen: 'earlier' | 'later';
}

/** Where a time of day lands: the instant, its day, and what the person should be shown about it. */
export type TimeOfDayReading =
  | {
      ok: true;
      /** UTC ms. */
      at: number;
      /** `2026-03-06`: the calendar day in the zone the time landed on. */
      day: string;
      /** True when the time landed on a later day than the reference: the UI must say so. */
      rolledOver: boolean;
      /** Set when the clock showed this time twice that day, so the UI can offer the other one. */
      repeated: RepeatedTime | null;
    }
  | { ok: false; reason: string };

const pad = (value: number) => String(value).padStart(2, '0');
const label = (time: TimeOfDay) => `${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}`;

const isPart = (value: number, max: number) => Number.isInteger(value) && value >= 0 && value <= max;

/**
 * Reads a wall-clock time of day in `timeZone` as its next occurrence at or after `reference`
 * (UTC ms: the previous event of the log, or the incident start). A log is written in order, so
 * `00:36` after a 23:27 event is the next day's 00:36, and a repeated fall-back time is the
 * occurrence that keeps the log going forward. Only the reference's day and the day after can
 * hold that next occurrence. A time the clock skipped (spring-forward gap) is refused rather than
 * guessed, because any instant chosen for it would be one the clock never showed.
 */
export function readTimeOfDay(time: TimeOfDay, reference: number, timeZone: string): TimeOfDayReading {
  if (!isPart(time.hour, 23) || !isPart(time.minute, 59) || !isPart(time.second, 59)) {
    return { ok: false, reason: `${time.hour}:${time.minute}:${time.second} is not a time of day.` };
  }
  if (!Number.isFinite(reference)) return { ok: false, reason: 'There is no valid time to read this after.' };
  if (!isValidTimeZone(timeZone)) {
    return { ok: false, reason: `“${timeZone}” is not a known time zone.` };
  }

  const referenceDay = wallClockAt(reference, timeZone);
  for (const dayOffset of [0, 1]) {
    // Date.UTC carries day 32 into the next month: calendar arithmetic on the wall date, no zone involved.
    const date = new Date(Date.UTC(referenceDay.year, referenceDay.month - 1, referenceDay.day + dayOffset));
    const wall = {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      ...time,
    };
    const resolution = resolveWallClock(wall, timeZone);
    // `date` is that wall date's midnight in UTC, so reading it in UTC names the wall date.
    const day = formatEventDay(date.getTime(), 'UTC');

    if (resolution.kind === 'gap') {
      const gapPassed = dayOffset === 0 && offsetMinutes(timeZone, reference) === resolution.offsetAfter;
      if (gapPassed && resolution.offsetBefore !== resolution.offsetAfter) continue;
      return {
        ok: false,
        reason:
          `${label(time)} did not happen in ${timeZone} on ${day}: the clocks jumped from ` +
          `UTC${formatOffset(resolution.offsetBefore)} to UTC${formatOffset(resolution.offsetAfter)} ` +
          `and skipped it. Type the time as the clock showed it, or an ISO time with its offset.`,
      };
    }

    const candidates = resolution.kind === 'ambiguous' ? [resolution.at, resolution.later] : [resolution.at];
    const at = candidates.find((candidate) => candidate >= reference);
    if (at === undefined) continue;
    const repeated: RepeatedTime | null =
      resolution.kind === 'ambiguous'
        ? {
            earlier: resolution.at,
            later: resolution.later,
            chosen: at === resolution.at ? 'earlier' : 'later',
          }
        : null;
    return { ok: true, at, day, rolledOver: dayOffset > 0, repeated };
  }
  // Unreachable for real zones (the next day always holds the time); kept as a refusal, not a guess.
  return { ok: false, reason: `${label(time)} has no occurrence within a day after the previous time.` };
}
