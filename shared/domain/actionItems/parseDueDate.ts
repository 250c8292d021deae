import * as chrono from 'chrono-node';

/**
 * Due dates as people say them in a meeting ("next friday", "in 2 weeks", "end of month") turned
 * into the calendar day the record stores (`YYYY-MM-DD`). Relative phrases are read against the
 * injected reference time, in the zone of the machine doing the typing: a due date is a day on
 * the owner's calendar, not an instant.
 */

/** The parsed day, `null` for "no due date" (an empty field), or why the text is not a date. */
export type DueDateParse = { ok: true; date: string | null } | { ok: false; message: string };

const EXAMPLES = 'Try 2026-12-01, “in 2 weeks”, “next friday”, “tomorrow” or “end of month”.';
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
// Words people put before a date ("by friday", "due next week") that carry no date of their own.
const LEAD_WORDS = /^(by|due|before|on|until|till|no later than)\s+/;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** The local calendar day of `date`, as `YYYY-MM-DD`. */
export function formatDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Periods chrono does not know: the last day (the Friday, for a week) of the current one. */
function endOfPeriod(text: string, reference: Date): Date | null {
  const year = reference.getFullYear();
  const month = reference.getMonth();
  switch (text) {
    case 'end of week':
    case 'end of the week':
    case 'eow': {
      // The working week ends on Friday; on a weekend, that is next week's Friday.
      const daysToFriday = (5 - reference.getDay() + 7) % 7;
      return new Date(year, month, reference.getDate() + daysToFriday);
    }
    case 'eom':
      return new Date(year, month + 1, 0);
    case 'end of quarter':
    case 'end of the quarter':
    case 'eoq':
      return new Date(year, Math.floor(month / 3) * 3 + 3, 0);
    case 'end of year':
    case 'end of the year':
    case 'eoy':
      return new Date(year, 11, 31);
    default:
      return null;
  }
}

function isoDay(text: string): DueDateParse | null {
  const match = ISO_DAY.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) {
    return { ok: false, message: `${text} is not a day of the calendar.` };
  }
  return { ok: true, date: text };
}

/**
 * Reads a typed due date. Empty text means "no due date". Anything chrono reads only in part
 * ("friday or so") is refused rather than guessed, so what is saved is what the person meant.
 */
export function parseDueDate(input: string, reference: Date): DueDateParse {
  const text = input
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.!]+$/, '');
  if (text === '') return { ok: true, date: null };
  const iso = isoDay(text);
  if (iso) return iso;

  const phrase = text.replace(LEAD_WORDS, '');
  const period = endOfPeriod(phrase, reference);
  if (period) return { ok: true, date: formatDay(period) };

  // forwardDate: "friday" or "march 1" mean the next one, since a due date lies ahead.
  const [result] = chrono.parse(phrase, reference, { forwardDate: true });
  if (!result) return { ok: false, message: `“${input.trim()}” is not a date. ${EXAMPLES}` };
  if (result.index !== 0 || result.text.length !== phrase.length) {
    return {
      ok: false,
      message: `Only “${result.text}” of “${input.trim()}” reads as a date. ${EXAMPLES}`,
    };
  }
  return { ok: true, date: formatDay(result.start.date()) };
}
