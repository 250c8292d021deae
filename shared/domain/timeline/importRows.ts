import {
  fieldOfName,
  FIELD_NAMES,
  isRow,
  kindOfName,
  rowOf,
  type RawFields,
  type RowError,
} from './importFields';
import { csvTableOf } from './sources/csvTable';
import { isObject, parseJson } from './sources/json';
import { withoutZone, zoneOfColumnName, zoneOfSuffix } from './sources/timestamps';
import type { Adapter, Candidate, ReadContext, SourceFile, SourceReading } from './sources/types';

export type { ImportRow, RowError } from './importFields';

/**
 * The generic readings, for files no tool's adapter recognises: `text` (one event per line,
 * `09:31:05 alert fired`), and CSV or JSON with the columns of FIELD_NAMES.
 */

type RawItems = { items: { line: number; fields: RawFields }[]; errors: RowError[] } | { message: string };

// A time at the start of a line: ISO (with or without offset), a time of day, or +1h30m; then
// maybe the zone it is in (`UTC`, `GMT+2`, `Z`), which is not part of what happened.
const LEADING_TIME =
  /^(?<time>\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?|\d{1,2}(?::\d{2}){1,2}(?:\s*[ap]\.?m\.?(?=\s|$))?|\d{1,2}\s*[ap]\.?m\.?(?=\s|$)|\+\s*(?:\d+\s*(?:h|min|m|s)\s*)+)(?:\s*(?<zone>Z|UTC|GMT)(?<offset>[+-]\d{1,2}(?::?\d{2})?)?\b)?\s*[-–—|:]?\s*(?<rest>.*)$/i;
// An optional kind in front of the text: "[detection] …" or "detection: …".
const KIND_PREFIX = /^(?:\[([^\]]+)\]\s*|([a-z][a-z -]{1,30}):\s+)(.*)$/i;

function textFields(text: string): RawItems {
  const items: { line: number; fields: RawFields }[] = [];
  const errors: RowError[] = [];
  text.split(/\r\n|\r|\n/).forEach((content, index) => {
    const line = content.trim();
    if (line === '' || line.startsWith('#')) return;
    const timed = LEADING_TIME.exec(line);
    if (!timed)
      return errors.push({ line: index + 1, message: 'does not start with a time (e.g. 09:31:05)' });
    const { time, zone: zoneName, offset, rest = '' } = timed.groups ?? {};
    const zone = zoneName === undefined ? undefined : zoneOfSuffix(offset);
    if (zone === null)
      return errors.push({
        line: index + 1,
        message: `“${zoneName}${offset}” is not a zone to read (use whole hours, e.g. UTC+2)`,
      });
    const prefixed = KIND_PREFIX.exec(rest);
    const kind = prefixed ? kindOfName(prefixed[1] ?? prefixed[2] ?? '') : null;
    const description = kind !== null && prefixed ? (prefixed[3] ?? '') : rest;
    items.push({ line: index + 1, fields: { time, zone, kind: kind ?? '', description } });
  });
  return { items, errors };
}

/** A record's fields by FIELD_NAMES; a time column named after its zone reads its times in it. */
function mapFields(record: Record<string, unknown>): RawFields {
  const fields: RawFields = {};
  for (const [name, value] of Object.entries(record)) {
    const field = fieldOfName(withoutZone(name));
    if (field === null || fields[field] !== undefined) continue;
    fields[field] = value;
    const zone = field === 'time' ? zoneOfColumnName(name) : null;
    if (zone !== null) fields.zone = zone;
  }
  return fields;
}

function missingColumns(names: readonly string[], what: string): string | null {
  const found = new Set(names.map((name) => fieldOfName(withoutZone(name))));
  const missing = (['time', 'description'] as const).filter((field) => !found.has(field));
  if (missing.length === 0) return null;
  return missing
    .map((field) => `No ${field} ${what} (name it one of: ${FIELD_NAMES[field].join(', ')}).`)
    .join(' ');
}

function csvFields(file: SourceFile): RawItems {
  const table = csvTableOf(file);
  if (!table) return { message: 'This is not a CSV file with a header row.' };
  const missing = missingColumns(table.columns, 'column');
  if (missing) return { message: missing };
  const items = table.rows.map(({ line, cells }) => ({ line, fields: mapFields(cells) }));
  return { items, errors: table.errors };
}

function jsonFields(file: SourceFile): RawItems {
  let data: unknown;
  try {
    data = JSON.parse(file.text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { message: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}.` };
  }
  const list = Array.isArray(data) ? data : isObject(data) ? data.events : undefined;
  if (!Array.isArray(list)) return { message: 'Expected a JSON array of events (or { "events": [...] }).' };
  const items: { line: number; fields: RawFields }[] = [];
  const errors: RowError[] = [];
  list.forEach((item, index) => {
    if (!isObject(item)) errors.push({ line: index + 1, message: 'is not an object with time and description' });
    else items.push({ line: index + 1, fields: mapFields(item) });
  });
  return { items, errors };
}

/** Candidates from raw fields: times without a date follow the row before (so a log in order just works). */
function candidatesOf(raw: RawItems, context: ReadContext): Pick<SourceReading, 'total' | 'candidates' | 'errors'> {
  if ('message' in raw) return { total: 0, candidates: [], errors: [{ line: 0, message: raw.message }] };
  const candidates: Candidate[] = [];
  const errors: RowError[] = [...raw.errors];
  let previousAt: number | null = null;
  for (const { line, fields } of raw.items) {
    const result = rowOf(line, fields, previousAt, context);
    if (!isRow(result)) {
      errors.push(result);
      continue;
    }
    const { actor, ...row } = result;
    candidates.push({ ...row, actor, person: null, marked: false, chatter: false });
    previousAt = result.at;
  }
  errors.sort((a, b) => a.line - b.line);
  return { total: raw.items.length, candidates, errors };
}

const onlyFile = (files: readonly SourceFile[]): SourceFile => files[0] ?? { name: '', text: '' };
/** The generic readings read one file: several (an unpacked export) are a tool's, never these. */
const oneFile = (files: readonly SourceFile[], confidence: number) => (files.length === 1 ? confidence : 0);

export const textAdapter: Adapter = {
  reading: 'text',
  label: 'Text, one event per line',
  // The fallback: any text can be tried line by line, so it is always a (weak) guess.
  detect: (files) => oneFile(files, 0.1),
  read: (files, context) => ({
    reading: 'text',
    label: 'Text, one event per line',
    unit: 'line',
    ...candidatesOf(textFields(onlyFile(files).text), context),
  }),
};

export const csvAdapter: Adapter = {
  reading: 'csv',
  label: 'CSV with a header row',
  detect: (files) => {
    const table = csvTableOf(onlyFile(files));
    return oneFile(files, table && missingColumns(table.columns, 'column') === null ? 0.6 : table ? 0.2 : 0);
  },
  read: (files, context) => ({
    reading: 'csv',
    label: 'CSV with a header row',
    unit: 'row',
    numberedBy: 'line',
    ...candidatesOf(csvFields(onlyFile(files)), context),
  }),
};

export const jsonAdapter: Adapter = {
  reading: 'json',
  label: 'JSON array of events',
  detect: (files) => oneFile(files, parseJson(onlyFile(files)) !== undefined ? 0.3 : 0),
  read: (files, context) => ({
    reading: 'json',
    label: 'JSON array of events',
    unit: 'item',
    ...candidatesOf(jsonFields(onlyFile(files)), context),
  }),
};
