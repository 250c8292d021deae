import Papa from 'papaparse';
import type { EventTimeContext } from './parseEventTime';
import {
  fieldOfName,
  FIELD_NAMES,
  isRow,
  kindOfName,
  rowOf,
  type ImportRow,
  type RawFields,
  type RowError,
} from './importFields';

export type { ImportRow, RowError } from './importFields';

/** `text`: one event per line (`09:31:05 alert fired`); `csv` and `json` use FIELD_NAMES. */
export const IMPORT_FORMATS = ['text', 'csv', 'json'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The format a file's name suggests: `.csv` and `.json` by extension, anything else as text. */
export function importFormatOfFileName(name: string): ImportFormat {
  if (/\.csv$/i.test(name)) return 'csv';
  if (/\.json$/i.test(name)) return 'json';
  return 'text';
}

/** What an import reads as: the meeting's zone and incident start anchor times without a date. */
export type ImportContext = Omit<EventTimeContext, 'previousAt' | 'readNear' | 'readAfter'>;

export interface ParsedImport {
  rows: ImportRow[];
  /** Every line that cannot be read, with its line (or JSON item) number; empty when all can. */
  errors: RowError[];
}

/**
 * Five million characters is a long incident's export many times over (about 50,000 chat lines);
 * anything larger is almost surely the wrong file, and reading it would stall the window.
 */
export const MAX_IMPORT_CHARS = 5_000_000;
/** The most events one import adds; the event log stays smooth well past this (issue #3). */
export const MAX_IMPORT_ROWS = 20_000;

/**
 * `about 54 MB; an import reads at most 5 MB`: what is wrong with an input of `size` characters
 * (or a file of `size` bytes), for the caller to put after the name of what it refuses. Rounded
 * up to a tenth, so an input just over the limit never reads as "about 5 MB; at most 5 MB".
 */
export function overImportLimit(size: number): string {
  const megabytes = Math.ceil(size / 100_000) / 10;
  return `about ${megabytes} MB; an import reads at most ${MAX_IMPORT_CHARS / 1_000_000} MB`;
}

const whole = (message: string): ParsedImport => ({ rows: [], errors: [{ line: 0, message }] });

/**
 * Reads pasted text, CSV or JSON into events, reporting every line that cannot be read. A time
 * without a date is the next occurrence after the row above (so `00:10` after 23:50 is the next
 * day; see `readTimeAfter`), the first row's the one nearest the incident start, and each row
 * says when it changed day (`placed`); `+5m` counts from the row above, and every time is read
 * in the meeting's zone. Line 0 means the whole input.
 */
export function parseImportText(text: string, format: ImportFormat, context: ImportContext): ParsedImport {
  if (text.length > MAX_IMPORT_CHARS) return whole(`The file is ${overImportLimit(text.length)}.`);
  // A NUL never occurs in text, CSV or JSON; it does in every image, archive and database file.
  if (text.includes('\u0000')) return whole('This is not a text file (it contains binary data).');
  const raw = format === 'csv' ? csvFields(text) : format === 'json' ? jsonFields(text) : textFields(text);
  if ('message' in raw) return whole(raw.message);
  if (raw.items.length > MAX_IMPORT_ROWS) {
    return whole(`${raw.items.length} events is more than one import takes (${MAX_IMPORT_ROWS}).`);
  }
  const rows: ImportRow[] = [];
  const errors: RowError[] = [...raw.errors];
  let previousAt: number | null = null;
  for (const { line, fields } of raw.items) {
    // The first line lands nearest the incident start, each later one after the line above it.
    const placing = previousAt === null ? { readNear: context.incidentStartAt } : { readAfter: previousAt };
    const result = rowOf(line, fields, { ...context, previousAt, ...placing });
    if (isRow(result)) {
      rows.push(result);
      previousAt = result.at;
    } else errors.push(result);
  }
  errors.sort((a, b) => a.line - b.line);
  return { rows, errors };
}

type RawItems = { items: { line: number; fields: RawFields }[]; errors: RowError[] } | { message: string };

// A time at the start of a line: ISO (with or without offset), a time of day, or +1h30m.
const LEADING_TIME =
  /^(\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?|\d{1,2}(?::\d{2}){1,2}(?:\s*[ap]\.?m\.?(?=\s|$))?|\d{1,2}\s*[ap]\.?m\.?(?=\s|$)|\+\s*(?:\d+\s*(?:h|min|m|s)\s*)+)\s*[-–—|:]?\s*(.*)$/i;
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
    const rest = timed[2] ?? '';
    const prefixed = KIND_PREFIX.exec(rest);
    const kind = prefixed ? kindOfName(prefixed[1] ?? prefixed[2] ?? '') : null;
    const description = kind !== null && prefixed ? (prefixed[3] ?? '') : rest;
    items.push({ line: index + 1, fields: { time: timed[1], kind: kind ?? '', description } });
  });
  return { items, errors };
}

function mapFields(record: Record<string, unknown>): RawFields {
  const fields: RawFields = {};
  for (const [name, value] of Object.entries(record)) {
    const field = fieldOfName(name);
    if (field !== null && fields[field] === undefined) fields[field] = value;
  }
  return fields;
}

function missingColumns(names: readonly string[], what: string): string | null {
  const found = new Set(names.map(fieldOfName));
  const missing = (['time', 'description'] as const).filter((field) => !found.has(field));
  if (missing.length === 0) return null;
  return missing
    .map((field) => `No ${field} ${what} (name it one of: ${FIELD_NAMES[field].join(', ')}).`)
    .join(' ');
}

function csvFields(text: string): RawItems {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
  });
  const missing = missingColumns(parsed.meta.fields ?? [], 'column');
  if (missing) return { message: missing };
  // Row n of the data is line n + 2: the header is line 1 (quoted line breaks aside).
  const errors = parsed.errors.map((error) => ({ line: (error.row ?? -1) + 2, message: error.message }));
  const items = parsed.data.map((record, index) => ({ line: index + 2, fields: mapFields(record) }));
  return { items, errors };
}

function jsonFields(text: string): RawItems {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { message: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}.` };
  }
  const list = Array.isArray(data) ? data : (data as { events?: unknown } | null)?.events;
  if (!Array.isArray(list)) return { message: 'Expected a JSON array of events (or { "events": [...] }).' };
  const items: { line: number; fields: RawFields }[] = [];
  const errors: RowError[] = [];
  list.forEach((item, index) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      errors.push({ line: index + 1, message: 'is not an object with time and description' });
    } else items.push({ line: index + 1, fields: mapFields(item as Record<string, unknown>) });
  });
  return { items, errors };
}

/** Rows not already in `existing` (same time and same text), and not repeated within the import. */
export function withoutDuplicates(
  rows: readonly ImportRow[],
  existing: readonly { at: number; description: string }[],
): { fresh: ImportRow[]; duplicates: ImportRow[] } {
  const seen = new Set(existing.map((event) => `${event.at}\u0000${event.description.trim()}`));
  const fresh: ImportRow[] = [];
  const duplicates: ImportRow[] = [];
  for (const row of rows) {
    const key = `${row.at}\u0000${row.description}`;
    if (seen.has(key)) duplicates.push(row);
    else {
      seen.add(key);
      fresh.push(row);
    }
  }
  return { fresh, duplicates };
}
