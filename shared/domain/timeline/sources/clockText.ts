import type { TimeOfDay } from '../timeOfDay';

// `09:31`, `9:31:05`, `21:31`, `9:31pm`, `11:48 PM`, `9 p.m.`: a wall-clock time without a date.
const CLOCK = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*(?:([ap])\.?\s*m\.?)?$/i;

/** The time of day a text names, or null when it is not one (`25:00`, `13pm`, a bare `9`). */
export function clockOf(text: string): TimeOfDay | null {
  const match = CLOCK.exec(text.trim());
  if (!match) return null;
  const meridiem = match[4]?.toLowerCase();
  if (match[2] === undefined && meridiem === undefined) return null;
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  const second = Number(match[3] ?? 0);
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  return hour <= 23 && minute <= 59 && second <= 59 ? { hour, minute, second } : null;
}
