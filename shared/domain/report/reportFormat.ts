/**
 * How the report writes numbers and times. Everything here is deterministic (no locale of the
 * machine that exports, no "now"), so the same meeting always gives the same report bytes.
 */

/** `2026-03-05 09:31:05 UTC`: incident times are read in UTC, to the second. */
export function formatUtcSecond(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/**
 * A formatter for `2026-03-05 10:31:05` in the meeting's zone, or null when the zone is UTC or
 * unknown to this runtime's time-zone data (the report then shows UTC only rather than failing).
 */
export function zoneFormatter(timeZone: string): ((ms: number) => string) | null {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return null;
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
  } catch {
    return null;
  }
  return (ms) => {
    // formatToParts, not format(): the order and separators of format() follow the locale's rules.
    const parts = Object.fromEntries(format.formatToParts(ms).map((part) => [part.type, part.value]));
    return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
  };
}

/** `48,300` or `12.5`: thousands separated by commas, at most two decimals. */
export function formatNumber(value: number): string {
  const [whole = '0', fraction] = (Math.round(value * 100) / 100).toString().split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}
