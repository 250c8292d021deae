import { CAPTURE_METHODS, type CaptureMethod } from '../../../shared/contract/join';
import { parseEventTime } from '../../../shared/domain/timeline/parseEventTime';
import { formatEventDateTime, isValidTimeZone } from '../../../shared/domain/timeline/zonedTime';
import type { Drafts } from './drafts';
import type { OutboxFailure } from './outbox';

interface CaptureFormDrafts {
  title: string;
  typed: Record<string, string>;
  chosen: Record<string, string>;
}

/**
 * Each capture form: its title (the form's accessible name) and the drafts its fields are kept
 * under (drafts.ts), by the capture input's field they fill. `typed` is what the note-taker typed,
 * never overwritten by a capture put back; `chosen` is a pick from a list.
 */
export const CAPTURE_FORMS = {
  'timeline.add': {
    title: 'Timeline event',
    typed: { at: 'event.time', description: 'event.description' },
    chosen: {},
  },
  'actionItems.add': {
    title: 'Action item',
    typed: { title: 'action.title' },
    chosen: { question: 'action.question' },
  },
  'parkingLot.add': { title: 'Parking lot', typed: { text: 'parkingLot.text' }, chosen: {} },
  'questionNotes.add': {
    title: 'Question note',
    typed: { text: 'questionNote.text' },
    chosen: { question: 'questionNote.question' },
  },
} as const satisfies Record<CaptureMethod, CaptureFormDrafts>;

/** Whether one of the capture forms takes this method (a stored value may name anything). */
export const isCaptureMethod = (method: string): method is CaptureMethod =>
  (CAPTURE_METHODS as readonly string[]).includes(method);

/** A field's value as the text its form shows. */
const textOf = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/**
 * A capture's time as the When field reads it back: the meeting's wall clock with its day, or
 * the exact UTC instant where that would read as another (a clock's repeated hour, a year the
 * field does not take). What is no time at all comes back as it was.
 */
function typedTimeOf(at: unknown, timeZone: string): string {
  const date = new Date(typeof at === 'number' ? at : Number.NaN);
  if (Number.isNaN(date.getTime())) return textOf(at);
  if (!isValidTimeZone(timeZone)) return date.toISOString();
  const local = formatEventDateTime(date.getTime(), timeZone);
  const read = parseEventTime(local, {
    timeZone,
    previousAt: null,
    incidentStartAt: null,
    now: date.getTime(),
  });
  return read.ok && read.at === date.getTime() ? local : date.toISOString();
}

/** A refused capture put back into its form's drafts, with the hub's reason. */
export interface PutBackRefusal {
  method: CaptureMethod;
  reason: string;
}

export type PutBackResult =
  { ok: true; putBack: PutBackRefusal; stored: boolean } | { ok: false; message: string };

/**
 * Puts a refused capture's fields back into its form's drafts, for the note-taker to fix and send
 * again. Text typed into that form since is never overwritten: answers what stops it then.
 * Otherwise answers whether storage holds the drafts (false: full, the text is on screen only).
 */
export function putBackIntoForm(
  drafts: Drafts,
  { entry, error }: OutboxFailure,
  timeZone: string,
): PutBackResult {
  if (!isCaptureMethod(entry.method)) return { ok: false, message: 'No form here takes this capture.' };
  const form: CaptureFormDrafts = CAPTURE_FORMS[entry.method];
  const typed = Object.entries(form.typed).map(([field, draft]) => {
    const value = entry.input[field];
    return [draft, field === 'at' ? typedTimeOf(value, timeZone) : textOf(value)] as const;
  });
  if (typed.some(([draft, text]) => drafts.read(draft) !== '' && drafts.read(draft) !== text)) {
    return {
      ok: false,
      message: `The ${form.title} form holds text not sent yet: send or clear it first.`,
    };
  }
  const chosen = Object.entries(form.chosen).map(
    ([field, draft]) => [draft, textOf(entry.input[field])] as const,
  );
  const stored = [...typed, ...chosen].map(([draft, text]) => drafts.write(draft, text));
  return {
    ok: true,
    putBack: { method: entry.method, reason: error.message },
    stored: stored.every(Boolean),
  };
}
