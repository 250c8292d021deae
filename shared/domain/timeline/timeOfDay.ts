import {
  formatEventDay,
  formatOffset,
  isValidTimeZone,
  offsetMinutes,
  resolveWallClock,
  wallClockAt,
} from './zonedTime';

/**
 * The one reader of a time of day without a date, for the capture row, pasted lines and every
 * importer: a time of day is the next occurrence that keeps the log in order, a repeated DST hour
 * is ambiguous (its two instants are kept so the person can be shown them), a skipped one is
 * refused. What differs between the callers is only the rule: what the time is read against and
 * how far before it the time may still land.
 */

/** A time of day as a clock on the wall showed it, without a date. */
export interface TimeOfDay {
  hour: number;
  minute: number;
  second: number;
}

/**
 * How a time was read, when the person should be shown it rather than trust it. The capture row
 * and the import preview show the same notes (the preview's `backwards` is set by the order of a
 * whole import, see sources/settleTimes.ts).
 */
export type TimeNote =
  /** A time of day that landed on a later day than what it was read against (past midnight). */
  | { kind: 'rolled-over'; day: string }
  /** A time of day that landed on the day before (typed after an event just past midnight). */
  | { kind: 'day-before'; day: string }
  /**
   * The clock showed this wall time twice (DST fall-back); `chosen` is the reading taken, `by`
   * what chose it: the order of the log (the other reading would go backwards), nothing (`ask`:
   * both keep the order, the person is asked), or the person.
   */
  | { kind: 'repeated'; chosen: 'earlier' | 'later'; earlier: number; later: number; by: RepeatedChoiceBy }
  /** Earlier than the row before it in the file: kept at its own time. */
  | { kind: 'backwards'; previousAt: number };

export type RepeatedChoiceBy = 'order' | 'ask' | 'person';

/** A wall time the clock showed twice: the note that carries both readings. */
export type RepeatedNote = Extract<TimeNote, { kind: 'repeated' }>;

/** What a time of day is read against: the one part that differs between the callers. */
export interface ClockRule {
  /** UTC ms: the event typed before, the row above, the incident start, or the start of today. */
  reference: number;
  /** How far before `reference` the time may still land; the next occurrence from there is taken. */
  lookBackMs: number;
}

const HOUR_MS = 60 * 60 * 1000;

/**
 * The capture row: the occurrence nearest the event typed before (half a day either way), so
 * `00:36` after 23:27 is the next day and `09:05` after 09:40 the same morning, typed out of order.
 */
export const nearest = (reference: number): ClockRule => ({ reference, lookBackMs: 12 * HOUR_MS });

/**
 * How far before the line above a pasted or imported time of day may be and still stay on its
 * day: logs merged from several tools are a little out of order, but never by an hour.
 */
export const OUT_OF_ORDER_SLACK_MS = HOUR_MS;

/**
 * A pasted or imported row after another: its next occurrence from OUT_OF_ORDER_SLACK_MS before
 * the row above, since a log is pasted in order: `00:10` after 23:50 is the next day and `11:00`
 * after 23:50 the next morning, where "nearest" would turn it back half a day.
 */
export const afterRow = (previousAt: number): ClockRule => ({ reference: previousAt, lookBackMs: OUT_OF_ORDER_SLACK_MS });

/**
 * A pasted log's first row, by the incident start: up to six hours before it (the alerts before
 * an incident is called), so `08:30` before a 09:00 start stays on its day and `23:50` after a
 * 09:00 start is that evening.
 */
export const byIncidentStart = (startAt: number): ClockRule => ({ reference: startAt, lookBackMs: 6 * HOUR_MS });

/** On the day that starts at `dayStart`: the anchor when there is neither a row above nor an incident start. */
export const onDay = (dayStart: number): ClockRule => ({ reference: dayStart, lookBackMs: 0 });

/** Where a time of day landed: the instant, its calendar day in the zone, and what to show about it. */
export type TimeOfDayReading =
  | {
      ok: true;
      /** UTC ms. */
      at: number;
      /** `2026-03-06`: the calendar day in the zone the time landed on. */
      day: string;
      note: TimeNote | null;
    }
  | { ok: false; reason: string };

const pad = (value: number) => String(value).padStart(2, '0');
const label = (time: TimeOfDay) => `${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}`;

const isPart = (value: number, max: number) => Number.isInteger(value) && value >= 0 && value <= max;

type Occurrence = { at: number; day: string; repeated: { earlier: number; later: number } | null };

/**
 * The next occurrence at or after `from`, on `from`'s day or the day after (only those can hold
 * it). A time the clock skipped (spring-forward gap) is refused rather than guessed, because any
 * instant chosen for it would be one the clock never showed.
 */
function nextOccurrence(time: TimeOfDay, from: number, timeZone: string): Occurrence | { reason: string } {
  const fromDay = wallClockAt(from, timeZone);
  for (const dayOffset of [0, 1]) {
    // Date.UTC carries day 32 into the next month: calendar arithmetic on the wall date, no zone involved.
    const date = new Date(Date.UTC(fromDay.year, fromDay.month - 1, fromDay.day + dayOffset));
    const wall = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), ...time };
    const resolution = resolveWallClock(wall, timeZone);
    // `date` is that wall date's midnight in UTC, so reading it in UTC names the wall date.
    const day = formatEventDay(date.getTime(), 'UTC');

    if (resolution.kind === 'gap') {
      const gapPassed = dayOffset === 0 && offsetMinutes(timeZone, from) === resolution.offsetAfter;
      if (gapPassed && resolution.offsetBefore !== resolution.offsetAfter) continue;
      return {
        reason:
          `${label(time)} did not happen in ${timeZone} on ${day}: the clocks jumped from ` +
          `UTC${formatOffset(resolution.offsetBefore)} to UTC${formatOffset(resolution.offsetAfter)} ` +
          `and skipped it. Type the time as the clock showed it, or an ISO time with its offset.`,
      };
    }
    const candidates = resolution.kind === 'ambiguous' ? [resolution.at, resolution.later] : [resolution.at];
    const at = candidates.find((candidate) => candidate >= from);
    if (at === undefined) continue;
    const repeated = resolution.kind === 'ambiguous' ? { earlier: resolution.at, later: resolution.later } : null;
    return { at, day, repeated };
  }
  // Unreachable for real zones (the next day always holds the time); kept as a refusal, not a guess.
  return { reason: `${label(time)} has no occurrence within a day after the previous time.` };
}

/**
 * Reads a wall-clock time of day in `timeZone` by `rule`: its next occurrence from `lookBackMs`
 * before the reference. Of a repeated DST hour's two times it takes the one at or after the
 * reference when the other is before it (chosen by order: the log keeps going forward), else the
 * first (`ask`: nothing in the reference tells them apart). The note says when the time landed on
 * another day than the reference, or in a repeated hour.
 */
export function readTimeOfDay(time: TimeOfDay, rule: ClockRule, timeZone: string): TimeOfDayReading {
  if (!isPart(time.hour, 23) || !isPart(time.minute, 59) || !isPart(time.second, 59)) {
    return { ok: false, reason: `${time.hour}:${time.minute}:${time.second} is not a time of day.` };
  }
  const { reference } = rule;
  if (!Number.isFinite(reference)) return { ok: false, reason: 'There is no valid time to read this after.' };
  if (!isValidTimeZone(timeZone)) return { ok: false, reason: `“${timeZone}” is not a known time zone.` };

  const found = nextOccurrence(time, reference - rule.lookBackMs, timeZone);
  if ('reason' in found) return { ok: false, reason: found.reason };
  const { repeated } = found;
  if (repeated) {
    const forward = repeated.earlier < reference && repeated.later >= reference;
    const chosen = forward || found.at === repeated.later ? 'later' : 'earlier';
    const at = chosen === 'later' ? repeated.later : repeated.earlier;
    const by = forward || repeated.earlier < reference - rule.lookBackMs ? 'order' : 'ask';
    return { ok: true, at, day: found.day, note: { kind: 'repeated', chosen, ...repeated, by } };
  }
  const referenceDay = formatEventDay(reference, timeZone);
  if (found.day === referenceDay) return { ok: true, at: found.at, day: found.day, note: null };
  const kind = found.at > reference ? 'rolled-over' : 'day-before';
  return { ok: true, at: found.at, day: found.day, note: { kind, day: found.day } };
}
