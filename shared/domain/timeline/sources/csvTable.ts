import Papa from 'papaparse';
import type { SourceFile } from './types';

/** A data row with the line of the file it starts on, as the person sees it in an editor. */
export interface CsvRow {
  line: number;
  cells: Record<string, string>;
}

export interface CsvTable {
  columns: string[];
  rows: CsvRow[];
  errors: { line: number; message: string }[];
}

const cache = new WeakMap<SourceFile, CsvTable | null>();
const LINE_BREAK = /\r\n|\r|\n/g;

const lineBreaksIn = (text: string) => text.match(LINE_BREAK)?.length ?? 0;

/**
 * Counts the line breaks before each position asked, in increasing order, reading the text once:
 * a large export is not rescanned from its start for every row.
 */
function lineCounter(text: string) {
  let counted = 0;
  let breaks = 0;
  return (position: number) => {
    breaks += lineBreaksIn(text.slice(counted, position));
    counted = position;
    return breaks;
  };
}

/**
 * The line a parsed row starts on. Papaparse says only where a row ends (past its line break);
 * the row's own line breaks are those kept in its quoted fields, so counting back by them finds
 * its first line whatever empty lines were skipped before it.
 */
function startLine(
  text: string,
  cursor: number,
  cells: Record<string, unknown>,
  breaksBefore: (at: number) => number,
) {
  const end = cursor - (/\r\n$|\r$|\n$/.exec(text.slice(Math.max(0, cursor - 2), cursor))?.[0].length ?? 0);
  const inside = Object.values(cells).reduce<number>((sum, value) => sum + lineBreaksIn(String(value)), 0);
  return 1 + breaksBefore(end) - inside;
}

function parseTable(text: string): CsvTable {
  const rows: CsvRow[] = [];
  const errors: CsvTable['errors'] = [];
  const breaksBefore = lineCounter(text);
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    step: (result) => {
      const line = startLine(text, result.meta.cursor, result.data, breaksBefore);
      rows.push({ line, cells: result.data });
      errors.push(...result.errors.map((error) => ({ line, message: error.message })));
    },
  });
  return { columns: parsed.meta.fields ?? [], rows, errors };
}

/** The file as a CSV table with a header row, or null when it does not look like one. */
export function csvTableOf(file: SourceFile): CsvTable | null {
  if (cache.has(file)) return cache.get(file) ?? null;
  const text = file.text.replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r\n|\r|\n/, 1)[0] ?? '';
  const table = /[,;\t]/.test(firstLine) && !/^\s*[[{]/.test(text) ? parseTable(text) : null;
  cache.set(file, table);
  return table;
}

/** Column names compared without case, spaces or punctuation. */
export const columnKey = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The first column whose key is one of `names`. */
export function findColumn(columns: readonly string[], names: readonly string[]): string | null {
  return columns.find((column) => names.includes(columnKey(column))) ?? null;
}
