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

/** A duration such as "57 s", "45 min", "2 h 14 min" or "3 h 5 min 30 s", for derived numbers. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  const parts = [hours ? `${hours} h` : '', minutes ? `${minutes} min` : '', rest ? `${rest} s` : ''];
  return parts.filter(Boolean).join(' ') || '0 s';
}

/** `48,300` or `12.5`: thousands separated by commas, at most two decimals. */
export function formatNumber(value: number): string {
  const [whole = '0', fraction] = (Math.round(value * 100) / 100).toString().split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}
