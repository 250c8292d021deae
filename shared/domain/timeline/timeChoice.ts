import type { ClockFormat } from '../format/clock';
import type { RepeatedNote, TimeNote } from './timeOfDay';
import { formatEventDay, formatEventTime, formatOffset, offsetMinutes, resolveWallClock, wallClockAt } from './zonedTime';

/** One instant a typed time could mean, as the person is offered it. */
export interface TimeOption {
  at: number;
  label: string;
}

/** What the person is told about how a time was read, and the readings they may switch to. */
export interface TimeChoice {
  message: string;
  /** Every reading on offer, the one taken included. */
  options: TimeOption[];
}

const zoneOffset = (at: number, timeZone: string) => `UTC${formatOffset(offsetMinutes(timeZone, at))}`;

/** The same wall-clock time on the day of `reference`: what the time would be without the day change. */
function onDayOf(at: number, reference: number, timeZone: string): number | null {
  const { hour, minute, second } = wallClockAt(at, timeZone);
  const resolution = resolveWallClock({ ...wallClockAt(reference, timeZone), hour, minute, second }, timeZone);
  return resolution.kind === 'gap' ? null : resolution.at;
}

/** Both readings of a repeated (fall-back) wall time, as the person is offered them. */
export function repeatedOptions(
  note: RepeatedNote,
  timeZone: string,
  clock: ClockFormat = '24h',
): [TimeOption, TimeOption] {
  const time = formatEventTime(note.earlier, timeZone, clock);
  return [
    { at: note.earlier, label: `First ${time} (${zoneOffset(note.earlier, timeZone)})` },
    { at: note.later, label: `Second ${time} (${zoneOffset(note.later, timeZone)})` },
  ];
}

/**
 * Says how a time read at `at` against `reference` was placed when it was not the plain same-day
 * reading (see `readTimeOfDay`'s note): it went over midnight to another day, or the clock showed
 * it twice (DST fall-back). Null when there is nothing to say.
 */
export function timeChoice(
  at: number,
  note: TimeNote | null,
  reference: number,
  timeZone: string,
  clock: ClockFormat = '24h',
): TimeChoice | null {
  const time = formatEventTime(at, timeZone, clock);
  if (note?.kind === 'repeated') {
    return {
      message:
        `${time} happened twice on ${formatEventDay(at, timeZone)} (the clocks went back): taken as the ` +
        `${note.chosen === 'earlier' ? 'first' : 'second'}, which keeps the log in order, unless you choose the other.`,
      options: repeatedOptions(note, timeZone, clock),
    };
  }
  if (note?.kind !== 'rolled-over' && note?.kind !== 'day-before') return null;
  const direction = note.kind === 'rolled-over' ? 'next day' : 'day before';
  const sameDay = onDayOf(at, reference, timeZone);
  return {
    message: `${time} is nearest the event before it on the ${direction}: taken as ${note.day}, unless you choose otherwise.`,
    options: [
      { at, label: `${note.day} (${direction})` },
      ...(sameDay === null ? [] : [{ at: sameDay, label: `${formatEventDay(sameDay, timeZone)} (same day)` }]),
    ],
  };
}
