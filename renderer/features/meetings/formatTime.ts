const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** "just now", "5 min ago", "2 h ago", "3 days ago", then the date: how long since a change. */
export function formatRelative(ms: number, nowMs: number): string {
  const elapsed = Math.max(0, nowMs - ms);
  if (elapsed < MINUTE_MS) return 'just now';
  if (elapsed < HOUR_MS) return `${Math.floor(elapsed / MINUTE_MS)} min ago`;
  if (elapsed < DAY_MS) return `${Math.floor(elapsed / HOUR_MS)} h ago`;
  const days = Math.floor(elapsed / DAY_MS);
  if (days === 1) return 'yesterday';
  if (days < 30) return `${days} days ago`;
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(ms);
}

/** The full local date and time, for a tooltip beside a relative time. */
export function formatExact(ms: number): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'medium' }).format(ms);
}

/** Timeboxes in minutes, as facilitators plan them: "60 min", never "1 h". */
export function formatMinutes(seconds: number): string {
  return `${Math.round(seconds / 60)} min`;
}
