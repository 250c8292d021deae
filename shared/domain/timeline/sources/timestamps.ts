import type { TimeNote } from '../timeOfDay';
import { isValidTimeZone, resolveWallClock } from '../zonedTime';

/** A full timestamp read, or what is wrong with it. `repeated` is set for a fall-back wall time. */
export type TimestampResult =
  | { ok: true; at: number; repeated: { earlier: number; later: number } | null }
  | { ok: false; message: string };

/**
 * What a timestamp read tells the preview: a repeated (fall-back) wall time's two instants, the
 * earlier taken until the order of the rows or the person settles it (settleTimes.ts); null for
 * a time that happened once.
 */
export function repeatedNote(read: Extract<TimestampResult, { ok: true }>): TimeNote | null {
  return read.repeated ? { kind: 'repeated', chosen: 'earlier', ...read.repeated, by: 'ask' } : null;
}

const MAX_AT = 253_402_300_799_000;
const EPOCH_TEXT = /^\d{9,13}(?:\.\d+)?$/;
// ISO 8601 and what databases print: `T` or a space, any fraction, `Z`, `UTC`, `+02:00`, `+0200`, `+02`.
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;

const fail = (message: string): TimestampResult => ({ ok: false, message });
const exact = (at: number): TimestampResult =>
  at < 0 || at > MAX_AT ? fail('outside the years 1970–9999') : { ok: true, at, repeated: null };
const toSecond = (ms: number) => Math.floor(ms / 1000) * 1000;

/**
 * Epoch seconds below 10^11 (before the year 5138), milliseconds above: exports use both, and no
 * incident falls in the years either reading would otherwise confuse.
 */
function fromEpoch(value: number): TimestampResult {
  if (!Number.isFinite(value)) return fail(`${value} is not a time`);
  return exact(toSecond(value < 1e11 ? value * 1000 : value));
}

/**
 * Reads a timestamp as exports write it: epoch seconds or milliseconds (a number or a string of
 * digits, Slack's `1761436992.000200` included), ISO 8601 with `Z`, `+02:00`, `+0200` or `+02`, a
 * Postgres `timestamptz` (`2025-10-26 01:30:00.123456+02`), or a date and time without an offset,
 * read in `timeZone` (the meeting's, or the one a column is named after). A wall time the clock
 * showed twice returns both instants (the earlier taken); one it skipped is refused.
 */
export function readTimestamp(value: unknown, timeZone: string): TimestampResult {
  if (typeof value === 'number') return fromEpoch(value);
  if (typeof value !== 'string') return fail('no time');
  const text = value.trim();
  if (text === '') return fail('no time');
  if (EPOCH_TEXT.test(text)) return fromEpoch(Number(text));
  const match = DATE_TIME.exec(text);
  if (!match) return fail(`“${text.slice(0, 40)}” is not a date and time (e.g. 2025-10-26T01:30:00+02:00)`);
  const [year, month, day, hour, minute, second = 0] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const valid = new Date(Date.UTC(year, month - 1, day));
  if (valid.getUTCMonth() !== month - 1 || valid.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59)
    return fail(`“${text}” is not a real date and time`);
  const zone = match[8]?.toUpperCase();
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  if (zone !== undefined) return exact(wallAsUtc - offsetOf(zone) * 60_000);
  if (!isValidTimeZone(timeZone)) return fail(`“${timeZone}” is not a known time zone`);
  const resolution = resolveWallClock({ year, month, day, hour, minute, second }, timeZone);
  if (resolution.kind === 'gap') return fail(`${text} did not happen in ${timeZone} (the clocks skipped it)`);
  if (resolution.kind === 'exact') return exact(resolution.at);
  return { ok: true, at: resolution.at, repeated: { earlier: resolution.at, later: resolution.later } };
}

/** Minutes east of UTC for `Z`, `UTC`, `+02`, `+0200`, `-05:30`. */
function offsetOf(zone: string): number {
  if (zone === 'Z' || zone === 'UTC' || zone === 'GMT') return 0;
  const digits = zone.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0);
  return zone.startsWith('-') ? -minutes : minutes;
}

const ZONE_IN_NAME = /\(\s*([A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+|UTC|GMT)\s*\)|\[\s*([A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+|UTC|GMT)\s*\]/;

/** The zone a column is named after (`When (Europe/Berlin)`, `time [UTC]`), when it is a real one. */
export function zoneOfColumnName(name: string): string | null {
  const match = ZONE_IN_NAME.exec(name);
  const zone = match?.[1] ?? match?.[2];
  if (zone === undefined) return null;
  const canonical = zone.toUpperCase() === 'GMT' || zone.toUpperCase() === 'UTC' ? 'UTC' : zone;
  return isValidTimeZone(canonical) ? canonical : null;
}

/** A column name without the zone it is named after: `When (Europe/Berlin)` → `When`. */
export function withoutZone(name: string): string {
  return name.replace(ZONE_IN_NAME, '').trim();
}

/**
 * The zone a time is written in after it (`09:30 UTC`, `GMT+2`, `Z`) as a zone name, or null when
 * it has no zone name: an offset of whole hours is an `Etc/GMT` zone (whose sign is the other
 * way round), one with minutes (`UTC+05:30`) is none.
 */
export function zoneOfSuffix(offset: string | undefined): string | null {
  const [, sign, hours, minutes = '0'] = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(offset ?? '+0') ?? [];
  if (sign === undefined || Number(minutes) !== 0) return null;
  const zone = Number(hours) === 0 ? 'UTC' : `Etc/GMT${sign === '+' ? '-' : '+'}${Number(hours)}`;
  return isValidTimeZone(zone) ? zone : null;
}
