import {
  EVENT_KINDS,
  EVENT_KIND_LABELS,
  MITIGATION_OUTCOMES,
  type EventKind,
  type MitigationOutcome,
} from '../vocabulary';
import { FIELD_LIMITS } from './sources/fitFields';
import { readRowTime } from './sources/rowTime';
import type { ReadContext } from './sources/types';
import type { TimeNote } from './timeOfDay';

/** An event read from an import, with the line (CSV/text) or item (JSON) it came from, 1-based. */
export interface ImportRow {
  line: number;
  at: number;
  kind: EventKind;
  outcome: MitigationOutcome | null;
  description: string;
  actor: string;
  evidence: string;
}

/** A line that cannot be imported, and why. */
export interface RowError {
  line: number;
  message: string;
  /** What `line` counts when the reading's unit does not say it: a merged import's `incidents.csv, line`. */
  where?: string;
}

/** The event fields an import can fill, each as found in the file (still text). */
export type RawFields = Partial<Record<ImportField, unknown>> & {
  /** The zone the time column is named after (`When (Europe/Berlin)`), if any. */
  zone?: string;
};
export type ImportField = 'time' | 'description' | 'kind' | 'outcome' | 'actor' | 'evidence';

/**
 * The documented column (CSV) and field (JSON) names, compared without case, spaces or
 * punctuation: "Time", "timestamp" and "@timestamp" all name the time. Alerting tools and chat
 * exports name things differently, so each field takes the names they commonly use.
 */
export const FIELD_NAMES: Record<ImportField, readonly string[]> = {
  time: ['time', 'at', 'timestamp', 'date', 'datetime', 'when'],
  description: ['description', 'text', 'message', 'summary', 'event', 'what'],
  kind: ['kind', 'type', 'category'],
  outcome: ['outcome', 'result'],
  actor: ['actor', 'team', 'role', 'who'],
  evidence: ['evidence', 'link', 'url'],
};

const normalise = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Which event field a column or key name stands for, if any. */
export function fieldOfName(name: string): ImportField | null {
  const key = normalise(name);
  const found = (Object.keys(FIELD_NAMES) as ImportField[]).find((field) => FIELD_NAMES[field].includes(key));
  return found ?? null;
}

const KIND_NAMES = new Map<string, EventKind>(
  EVENT_KINDS.flatMap((kind) => [
    [normalise(kind), kind],
    [normalise(EVENT_KIND_LABELS[kind]), kind],
  ]),
);
const OUTCOME_NAMES = new Map<string, MitigationOutcome>([
  ...MITIGATION_OUTCOMES.map((outcome) => [normalise(outcome), outcome] as const),
  ['movedthesymptom', 'moved-symptom'],
  ['noeffect', 'no-effect'],
]);

/** The event kind a text names ("Fix deployed", "fix-deployed", "FIX_DEPLOYED"), or null. */
export function kindOfName(name: string): EventKind | null {
  return KIND_NAMES.get(normalise(name)) ?? null;
}

/**
 * A field's text; a nested value (an object, an array) is not text, and spelling it out would
 * walk its nesting, which a crafted file makes deep enough to overflow the stack.
 */
const asText = (value: unknown) =>
  value === undefined || value === null || typeof value === 'object' ? '' : String(value).trim();

/**
 * One event from its raw fields, or the reason it cannot be one. Times are read as exports and
 * people write them (see `readRowTime`); `previousAt` is the row before, for `+5m` and `09:31`.
 */
export function rowOf(
  line: number,
  raw: RawFields,
  previousAt: number | null,
  context: ReadContext,
): (ImportRow & { time: TimeNote | null }) | RowError {
  const error = (message: string): RowError => ({ line, message });
  const description = asText(raw.description);
  if (description === '') return error('no description');
  if (typeof raw.time !== 'number' && asText(raw.time) === '') return error('no time');
  const time = readRowTime(
    typeof raw.time === 'number' ? raw.time : asText(raw.time),
    previousAt,
    context,
    raw.zone,
  );
  if (!time.ok) return error(time.message);
  const at = time.at;
  const kindText = asText(raw.kind);
  const kind = kindText === '' ? 'other' : kindOfName(kindText);
  if (kind === null) return error(`“${kindText}” is not an event kind (e.g. alert, detection, mitigation)`);
  const outcomeText = asText(raw.outcome);
  const outcome = outcomeText === '' ? null : (OUTCOME_NAMES.get(normalise(outcomeText)) ?? undefined);
  if (outcome === undefined)
    return error(`“${outcomeText}” is not an outcome (helped, no effect, moved the symptom)`);
  const fields = { description, actor: asText(raw.actor), evidence: asText(raw.evidence) };
  for (const [field, max] of Object.entries(FIELD_LIMITS) as [keyof typeof FIELD_LIMITS, number][]) {
    if (fields[field].length > max) return error(`${field} longer than ${max} characters`);
  }
  return {
    line,
    at,
    kind,
    outcome: kind === 'mitigation-attempt' ? outcome : null,
    ...fields,
    time: time.note,
  };
}

/** Whether `rowOf` produced a row (rather than an error). */
export function isRow<Row extends ImportRow>(value: Row | RowError): value is Row {
  return 'at' in value;
}
