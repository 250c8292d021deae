import { nearest, readTimeOfDay, type TimeNote } from './timeOfDay';
import { formatOffset, isValidTimeZone, resolveWallClock, wallClockAt, type WallClock } from './zonedTime';

/** What a typed time is read against. */
export interface EventTimeContext {
  /** The meeting's IANA zone: wall-clock times are read in it. */
  timeZone: string;
  /** The event typed just before (UTC ms): `+15m` counts from it, and its day anchors `09:31`. */
  previousAt: number | null;
  /** The incident's start (UTC ms): the anchor day when there is no previous event. */
  incidentStartAt: number | null;
  /** Now (UTC ms): the anchor day when there is neither. */
  now: number;
  /**
   * When set, a time of day is read as its occurrence nearest this instant (see `nearest`)
   * instead of on the anchor day, so a log typed in the capture row goes over midnight and
   * through a repeated DST hour in order.
   */
  readNear?: number | null;
}

/** A parsed time (UTC ms, whole seconds) or a sentence saying what is wrong with the text. */
export type EventTimeResult = { ok: true; at: number; note?: TimeNote | null } | { ok: false; message: string };

const SECOND_MS = 1000;
const EXAMPLES = 'e.g. 09:31, 09:31:05, 9:31pm, +15m or 2026-03-05 09:31';

const RELATIVE = /^\+\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?\s*(?:(\d+)\s*s)?$/i;
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2}))?$/i;
const TIME_OF_DAY =
  /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap])\.?\s*m\.?$|^(\d{1,2}):(\d{2})(?::(\d{2}))?$/i;

const fail = (message: string): EventTimeResult => ({ ok: false, message });
const toSecond = (ms: number) => Math.floor(ms / SECOND_MS) * SECOND_MS;

/**
 * Reads a time as a note-taker types it: `09:31`, `09:31:05`, `9:31pm`, `21:31`, `+15m` /
 * `+1h30m` / `+45s` after the previous event, an ISO timestamp with `Z` or an offset, or
 * `2026-03-05 09:31[:05]` in the meeting's zone.
 *
 * A time of day lands on the anchor day (the previous event's day in the meeting's zone, else the
 * incident start's, else today's): incidents are mostly typed in order, so "the same day as the
 * last fact" is the least surprising guess; with `readNear` it is the occurrence nearest that
 * instant instead (so `00:36` after 23:27 is the next day), and `note` says how it landed. DST: a time the clock skipped (spring forward) is an
 * error that names the gap; a time the clock showed twice (fall back) is read as its first
 * occurrence, since the earlier reading is what an on-call log written in the moment means more often,
 * and an ISO timestamp with an offset is the way to name the second one.
 */
export function parseEventTime(text: string, context: EventTimeContext): EventTimeResult {
  const input = text.trim();
  if (input === '') return fail(`Type a time (${EXAMPLES}).`);
  if (!isValidTimeZone(context.timeZone)) return fail(`“${context.timeZone}” is not a known time zone.`);

  const relative = RELATIVE.exec(input);
  if (relative && (relative[1] ?? relative[2] ?? relative[3]) !== undefined) {
    if (context.previousAt === null) return fail(`${input} needs an earlier event to count from.`);
    const [hours = 0, minutes = 0, seconds = 0] = relative.slice(1).map((part) => Number(part ?? 0));
    const offset = (hours * 3600 + minutes * 60 + seconds) * SECOND_MS;
    return inRange(toSecond(context.previousAt + offset));
  }

  if (ISO_WITH_OFFSET.test(input)) {
    const at = Date.parse(input.replace(' ', 'T'));
    return Number.isNaN(at) ? fail(`${input} is not a real date and time.`) : inRange(toSecond(at));
  }

  const dated = LOCAL_DATE_TIME.exec(input);
  if (dated) {
    const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = dated
      .slice(1)
      .map((part) => Number(part ?? 0));
    return fromWallClock(input, { year, month, day, hour, minute, second }, context.timeZone);
  }

  const time = TIME_OF_DAY.exec(input);
  if (!time) return fail(`“${input}” is not a time (${EXAMPLES}).`);
  const meridiem = time[4]?.toLowerCase();
  let hour = Number(time[1] ?? time[5]);
  const minute = Number(time[2] ?? time[6] ?? 0);
  const second = Number(time[3] ?? time[7] ?? 0);
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return fail(`${input} is not a time of day (use 1–12 with am/pm).`);
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return fail(`${input} is not a time of day.`);
  if (context.readNear != null) {
    const read = readTimeOfDay({ hour, minute, second }, nearest(context.readNear), context.timeZone);
    if (!read.ok) return fail(read.reason);
    const checked = inRange(read.at);
    return checked.ok ? { ok: true, at: read.at, note: read.note } : checked;
  }
  const anchor = wallClockAt(context.previousAt ?? context.incidentStartAt ?? context.now, context.timeZone);
  return fromWallClock(input, { ...anchor, hour, minute, second }, context.timeZone);
}

function fromWallClock(input: string, wall: WallClock, timeZone: string): EventTimeResult {
  if (wall.hour > 23 || wall.minute > 59 || wall.second > 59) {
    return fail(`${input} is not a time of day.`);
  }
  const asUtc = new Date(Date.UTC(wall.year, wall.month - 1, wall.day));
  if (asUtc.getUTCMonth() !== wall.month - 1 || asUtc.getUTCDate() !== wall.day) {
    return fail(`${input} is not a real date.`);
  }
  const resolution = resolveWallClock(wall, timeZone);
  if (resolution.kind === 'gap') {
    return fail(
      `${input} did not happen in ${timeZone}: the clocks jumped from UTC${formatOffset(resolution.offsetBefore)} ` +
        `to UTC${formatOffset(resolution.offsetAfter)} that night. Type the time as the clock showed it, ` +
        `or an ISO time with its offset.`,
    );
  }
  return inRange(resolution.at);
}

/** The contract stores 1970 … 9999 only (see `utcMs` in shared/contract/records.ts). */
function inRange(at: number): EventTimeResult {
  if (at < 0 || at > 253_402_300_799_000) return fail('That time is outside the years 1970–9999.');
  return { ok: true, at };
}
