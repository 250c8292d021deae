/**
 * How the report writes numbers and times. Everything here is deterministic (no locale of the
 * machine that exports, no "now"), so the same meeting always gives the same report bytes.
 */
import { resolveClock, type ClockFormat } from '../format/clock';
import { formatEventDateTime, isValidTimeZone } from '../timeline/zonedTime';
import type { Meeting } from '../../types';

/**
 * The clock a report is written in: the meeting's own choice. A meeting that follows the
 * computer's clock arrives here already resolved by the window that asked for the report
 * (electron/core/handlers/report.ts); where no computer is asked (the CLI) it reads 24-hour.
 */
export function reportClock(meeting: Pick<Meeting, 'clockFormat'>): ClockFormat {
  return resolveClock(meeting.clockFormat, '24h');
}

/** `2026-03-05 09:31:05 UTC` (or `… 9:31:05 AM UTC`): incident times are read in UTC, to the second. */
export function formatUtcSecond(ms: number, clock: ClockFormat = '24h'): string {
  return `${formatEventDateTime(ms, 'UTC', clock)} UTC`;
}

/**
 * A formatter for `2026-03-05 10:31:05` in the meeting's zone and clock, or null when the zone is
 * UTC or unknown to this runtime's time-zone data (the report then shows UTC only rather than failing).
 */
export function zoneFormatter(timeZone: string, clock: ClockFormat): ((ms: number) => string) | null {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC' || !isValidTimeZone(timeZone)) return null;
  return (ms) => formatEventDateTime(ms, timeZone, clock);
}

/** `48,300` or `12.5`: thousands separated by commas, at most two decimals. */
export function formatNumber(value: number): string {
  const [whole = '0', fraction] = (Math.round(value * 100) / 100).toString().split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}
