const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** The Gregorian calendar's average year and month, so "about N years" does not drift over decades. */
const YEAR = 365.2425 * DAY;
const MONTH = YEAR / 12;

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

/** Whole hours and minutes: `45 min`, `2 h`, `2 h 5 min`. */
function hoursAndMinutes(totalMinutes: number): string {
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  if (hours === 0) return `${minutes} min`;
  return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
}

/** Whole days and hours: `1 day`, `3 days`, `4 days 2 h`. */
function daysAndHours(totalHours: number): string {
  const days = Math.floor(totalHours / 24);
  const hours = totalHours % 24;
  const dayText = plural(days, 'day', 'days');
  return hours === 0 ? dayText : `${dayText} ${hours} h`;
}

function magnitude(seconds: number): string {
  if (seconds === 0) return '0 min';
  if (seconds < MINUTE) return 'under a minute';
  // Each tier rounds to its own unit, then re-checks its upper bound, so 23 h 59 min 40 s
  // becomes "1 day" rather than "24 h", and 59 min 40 s becomes "1 h" rather than "60 min".
  const minutes = Math.round(seconds / MINUTE);
  if (minutes < 24 * 60) return hoursAndMinutes(minutes);
  const hours = Math.round(seconds / HOUR);
  if (hours < 7 * 24) return daysAndHours(hours);
  const days = Math.round(seconds / DAY);
  if (days < 60) return plural(days, 'day', 'days');
  const months = Math.round(seconds / MONTH);
  if (months < 24) return `about ${months} months`;
  return `about ${plural(Math.round(seconds / YEAR), 'year', 'years')}`;
}

/**
 * A duration as people say it, rounded to what matters at its size (issue #12 item 19):
 *
 * | length               | precision         | examples                              |
 * | -------------------- | ----------------- | ------------------------------------- |
 * | 0                    | —                 | `0 min`                               |
 * | under 60 s           | —                 | `under a minute`                      |
 * | under a day          | nearest minute    | `12 min`, `2 h`, `2 h 5 min`          |
 * | under a week         | nearest hour      | `1 day`, `4 days 2 h`                 |
 * | under 60 days        | nearest day       | `12 days`                             |
 * | under 2 years        | nearest month     | `about 3 months`, `about 18 months`   |
 * | longer               | nearest year      | `about 10 years`, `about 1,200 years` |
 *
 * A negative duration (an end before its start, e.g. a mistyped time) keeps its sign, `-12 min`,
 * so the reader sees that something is off instead of a plausible number (under a minute has no
 * sign to show: it reads the same either way). A value that is not a
 * number at all reads `unknown`. Pure and locale-free: the report's bytes never depend on the machine.
 */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return 'unknown';
  const text = magnitude(Math.abs(seconds));
  return seconds < 0 && Math.abs(seconds) >= MINUTE ? `-${text}` : text;
}
