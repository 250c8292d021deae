import { tzOffset } from '@date-fns/tz';
import { formatClock, type ClockFormat } from '../format/clock';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** A wall-clock reading: what a clock on the wall of the meeting's zone showed. */
export interface WallClock {
  year: number;
  /** 1–12, as people write it (not JavaScript's 0–11). */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The answer to "which instant is this wall-clock time?", which DST can make none or two. */
export type WallClockResolution =
  | { kind: 'exact'; at: number }
  /** Fall-back: the clock showed this time twice; `at` is the first time, `later` the second. */
  | { kind: 'ambiguous'; at: number; later: number }
  /** Spring-forward: the clock skipped this time; it jumped from `offsetBefore` to `offsetAfter`. */
  | { kind: 'gap'; offsetBefore: number; offsetAfter: number };

/** The zone's UTC offset in minutes at `at` (e.g. 60 for Europe/Berlin in winter). */
export function offsetMinutes(timeZone: string, at: number): number {
  return tzOffset(timeZone, new Date(at));
}

/** True when this runtime's time-zone data knows `timeZone`. */
export function isValidTimeZone(timeZone: string): boolean {
  return Number.isFinite(tzOffset(timeZone, new Date(0)));
}

/** The wall clock in `timeZone` at the instant `at`. */
export function wallClockAt(at: number, timeZone: string): WallClock {
  const shifted = new Date(at + offsetMinutes(timeZone, at) * MINUTE_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

/**
 * The instant(s) a wall-clock time in `timeZone` names. Offsets change at most once a day in
 * every real zone, so the offsets a day either side are the only candidates: each candidate
 * instant is kept when the zone really has that offset at that instant. Two survivors mean a
 * fall-back hour, none a spring-forward gap.
 */
export function resolveWallClock(wall: WallClock, timeZone: string): WallClockResolution {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const offsetBefore = offsetMinutes(timeZone, asUtc - DAY_MS);
  const offsetAfter = offsetMinutes(timeZone, asUtc + DAY_MS);
  const candidates = [...new Set([offsetBefore, offsetAfter])]
    .map((offset) => asUtc - offset * MINUTE_MS)
    .filter((at) => asUtc - offsetMinutes(timeZone, at) * MINUTE_MS === at)
    .sort((a, b) => a - b);
  const [first, second] = candidates;
  if (first === undefined) return { kind: 'gap', offsetBefore, offsetAfter };
  if (second === undefined) return { kind: 'exact', at: first };
  return { kind: 'ambiguous', at: first, later: second };
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `+01:00`, `-04:00`, `+05:30`: an offset in minutes as ISO 8601 writes it. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

/**
 * `09:31:05` (or `9:31:05 AM` in a 12-hour meeting; `09:31` without seconds): an event's time of
 * day in the meeting's zone. The 24-hour default is the form the time fields read back.
 */
export function formatEventTime(
  at: number,
  timeZone: string,
  clock: ClockFormat = '24h',
  options: { seconds?: boolean } = {},
): string {
  return formatClock(wallClockAt(at, timeZone), clock, options);
}

/** `2026-03-05`: an event's calendar day in the meeting's zone. */
export function formatEventDay(at: number, timeZone: string): string {
  const wall = wallClockAt(at, timeZone);
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
}

/**
 * `Europe/Berlin (UTC+01:00)`: the zone with its offset at `at`. The offset is taken at a given
 * instant (the incident's, not today's) because a winter incident read in summer must still say +01:00.
 */
export function formatZoneLabel(timeZone: string, at: number): string {
  return `${timeZone} (UTC${formatOffset(offsetMinutes(timeZone, at))})`;
}

/**
 * True when `events` fall on more than one calendar day in `timeZone`: only then is an event's
 * day worth printing beside its time. A zone's calendar day never goes backwards as time goes
 * on (clocks fall back within a day, never across midnight), so the days of the earliest and
 * the latest event decide it: one pass over the times and two zone look-ups, where a look-up per
 * event cost ~20 ms on every add to a 10,000-event log (issue #16).
 */
export function spansSeveralDays(events: readonly { at: number }[], timeZone: string): boolean {
  const first = events[0];
  if (!first) return false;
  let earliest = first.at;
  let latest = first.at;
  for (const event of events) {
    if (event.at < earliest) earliest = event.at;
    else if (event.at > latest) latest = event.at;
  }
  return formatEventDay(earliest, timeZone) !== formatEventDay(latest, timeZone);
}

/** `2026-03-05 09:31:05` (or `2026-03-05 9:31:05 AM`): an instant as the meeting's wall clock showed it, day included. */
export function formatEventDateTime(at: number, timeZone: string, clock: ClockFormat = '24h'): string {
  return `${formatEventDay(at, timeZone)} ${formatEventTime(at, timeZone, clock)}`;
}
