import { parseEventTime } from '../parseEventTime';
import { afterRow, byIncidentStart, onDay, readTimeOfDay, type ClockRule, type TimeNote } from '../timeOfDay';
import { resolveWallClock, wallClockAt } from '../zonedTime';
import { clockOf } from './clockText';
import { readTimestamp, repeatedNote } from './timestamps';
import type { ReadContext } from './types';

export type RowTime = { ok: true; at: number; note: TimeNote | null } | { ok: false; message: string };

/** The start of today in the zone: where a first time of day lands when there is no incident start. */
function todayStart(context: ReadContext, zone: string): number {
  const midnight = resolveWallClock({ ...wallClockAt(context.now, zone), hour: 0, minute: 0, second: 0 }, zone);
  return midnight.kind === 'gap' ? context.now : midnight.at;
}

/** What a row's time of day is read against: the row before, else the incident start, else today. */
function ruleOf(previousAt: number | null, context: ReadContext, zone: string): ClockRule {
  if (previousAt !== null) return afterRow(previousAt);
  if (context.incidentStartAt != null) return byIncidentStart(context.incidentStartAt);
  return onDay(todayStart(context, zone));
}

/**
 * A time of day as its next occurrence after the row before (`23:50`, then `00:10` is the next
 * day's; up to an hour out of order stays on its day, see `afterRow`), the first one by the
 * incident start (see `byIncidentStart`); the note says when it changed day or fell in a repeated
 * (fall-back) hour.
 */
export function readClockTime(text: string, previousAt: number | null, context: ReadContext, zone = context.timeZone): RowTime | null {
  const clock = clockOf(text);
  if (clock === null) return null;
  const read = readTimeOfDay(clock, ruleOf(previousAt, context, zone), zone);
  return read.ok ? { ok: true, at: read.at, note: read.note } : { ok: false, message: read.reason };
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
  if (full.ok) return { ok: true, at: full.at, note: repeatedNote(full) };
  if (typeof value === 'number') return { ok: false, message: full.message };
  const text = String(value ?? '');
  const clock = readClockTime(text, previousAt, context, zone);
  if (clock !== null) return clock;
  const typed = parseEventTime(text, { ...context, timeZone: zone, previousAt });
  return typed.ok ? { ok: true, at: typed.at, note: null } : typed;
}
