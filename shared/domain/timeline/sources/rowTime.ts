import { parseEventTime } from '../parseEventTime';
import { readTimeAfter, readTimeFirst } from '../timeNear';
import { readTimeOfDay, type TimeOfDay } from '../timeOfDay';
import { resolveWallClock, wallClockAt } from '../zonedTime';
import { clockOf } from './clockText';
import { readTimestamp } from './timestamps';
import type { ReadContext, TimeNote } from './types';

export type RowTime = { ok: true; at: number; note: TimeNote | null } | { ok: false; message: string };

/** The start of today in the zone: where a first time of day lands when there is no incident start. */
function todayStart(context: ReadContext, zone: string): number {
  const midnight = resolveWallClock({ ...wallClockAt(context.now, zone), hour: 0, minute: 0, second: 0 }, zone);
  return midnight.kind === 'gap' ? context.now : midnight.at;
}

/** Where a time of day lands: after the row before, else by the incident start, else today. */
function readClock(clock: TimeOfDay, previousAt: number | null, context: ReadContext, zone: string) {
  if (previousAt !== null) return readTimeAfter(clock, previousAt, zone);
  if (context.incidentStartAt != null) return readTimeFirst(clock, context.incidentStartAt, zone);
  const read = readTimeOfDay(clock, todayStart(context, zone), zone);
  return read.ok ? { ...read, otherDay: false } : read;
}

/**
 * A time of day as its next occurrence after the row before (`23:50`, then `00:10` is the next
 * day's; up to an hour out of order stays on its day, see `readTimeAfter`), the first one by the
 * incident start (see `readTimeFirst`); the note says when it changed day or fell in a repeated
 * (fall-back) hour.
 */
export function readClockTime(text: string, previousAt: number | null, context: ReadContext, zone = context.timeZone): RowTime | null {
  const clock = clockOf(text);
  if (clock === null) return null;
  const read = readClock(clock, previousAt, context, zone);
  if (!read.ok) return { ok: false, message: read.reason };
  const anchor = previousAt ?? context.incidentStartAt ?? read.at;
  const note: TimeNote | null = read.repeated
    ? { kind: 'repeated', chosen: read.repeated.chosen, earlier: read.repeated.earlier, later: read.repeated.later }
    : read.otherDay
      ? { kind: read.at > anchor ? 'rolled-over' : 'day-before', day: read.day }
      : null;
  return { ok: true, at: read.at, note };
}

/**
 * A row's time as a file or a paste gives it: a full timestamp (epoch, ISO, a date and time in
 * `zone`), a time of day (see `readClockTime`), or `+20m` after the row before.
 */
export function readRowTime(
  value: unknown,
  previousAt: number | null,
  context: ReadContext,
  zone: string = context.timeZone,
): RowTime {
  const full = readTimestamp(value, zone);
  if (full.ok) {
    const note: TimeNote | null = full.repeated ? { kind: 'repeated', chosen: 'earlier', ...full.repeated } : null;
    return { ok: true, at: full.at, note };
  }
  if (typeof value === 'number') return { ok: false, message: full.message };
  const text = String(value ?? '');
  const clock = readClockTime(text, previousAt, context, zone);
  if (clock !== null) return clock;
  const typed = parseEventTime(text, { ...context, timeZone: zone, previousAt });
  return typed.ok ? { ok: true, at: typed.at, note: null } : typed;
}
