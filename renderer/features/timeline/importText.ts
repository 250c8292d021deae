import type { ClockFormat } from '../../../shared/domain/format/clock';
import type { RowOrigin } from '../../../shared/domain/timeline/sources/types';
import type { RepeatedChoiceBy, TimeNote } from '../../../shared/domain/timeline/timeOfDay';
import type { RowStatus } from '../../../shared/domain/timeline/sources/planImport';
import { formatEventTime, formatOffset, offsetMinutes } from '../../../shared/domain/timeline/zonedTime';

/** Whether a row's time landed on another day than the row above (or the incident start): counted in the summary. */
export const changesDay = (note: TimeNote | null) => note?.kind === 'rolled-over' || note?.kind === 'day-before';

const CHOSEN_BY: Record<RepeatedChoiceBy, string> = {
  order: 'by the order of the log',
  person: 'as you chose',
  ask: 'the log does not say which: choose one',
};

/** What the preview says about how a row's time was read. */
export function timeNoteText(note: TimeNote, at: number, timeZone: string, clock: ClockFormat): string {
  switch (note.kind) {
    case 'rolled-over':
      return `next day (${note.day})`;
    case 'day-before':
      return `day before (${note.day})`;
    case 'repeated':
      return note.by === 'ask'
        ? `${formatEventTime(at, timeZone, clock, { seconds: false })} happened twice (clocks went back); ${CHOSEN_BY.ask}`
        : `${formatEventTime(at, timeZone, clock, { seconds: false })} happened twice (clocks went back): the ` +
            `${note.chosen === 'earlier' ? 'first' : 'second'}, UTC${formatOffset(offsetMinutes(timeZone, at))}, ${CHOSEN_BY[note.by]}`;
    case 'backwards':
      return `earlier than the row above (${formatEventTime(note.previousAt, timeZone, clock)}); kept at its time`;
  }
}

/** Why a row is left out, or '' when it is imported. */
export function statusText(status: RowStatus): string {
  switch (status.kind) {
    case 'import':
      return '';
    case 'excluded':
      return 'left out by hand';
    case 'chatter':
      return 'chatter, left out';
    case 'filtered':
      return 'left out by the filter';
    case 'duplicate':
      return 'already in the log';
    case 'same-second':
      return `same second as “${status.of}” in the log (another source?)`;
    case 'twin':
      return `also in ${originText(status.of.origin)}, which is kept: “${status.of.description}”`;
  }
}

/** Where a row of several sources comes from: `log_entries.json, log entry 4`. */
export function originText(origin: RowOrigin | undefined): string {
  return origin === undefined ? '' : `${origin.name || 'the paste'}, ${origin.unit} ${origin.line}`;
}
