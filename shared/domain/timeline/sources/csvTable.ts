import Papa from 'papaparse';
import type { SourceFile } from './types';

export interface CsvTable {
  columns: string[];
  rows: Record<string, string>[];
  errors: { line: number; message: string }[];
}

const cache = new WeakMap<SourceFile, CsvTable | null>();

/** The file as a CSV table with a header row, or null when it does not look like one. */
export function csvTableOf(file: SourceFile): CsvTable | null {
  if (cache.has(file)) return cache.get(file) ?? null;
  const text = file.text.replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r\n|\r|\n/, 1)[0] ?? '';
  let table: CsvTable | null = null;
  if (/[,;\t]/.test(firstLine) && !/^\s*[[{]/.test(text)) {
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy' });
    table = {
      columns: parsed.meta.fields ?? [],
      rows: parsed.data,
      // Row n of the data is line n + 2: the header is line 1 (quoted line breaks aside).
      errors: parsed.errors.map((error) => ({ line: (error.row ?? -1) + 2, message: error.message })),
    };
  }
  cache.set(file, table);
  return table;
}

/** Column names compared without case, spaces or punctuation. */
export const columnKey = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The first column whose key is one of `names`. */
export function findColumn(columns: readonly string[], names: readonly string[]): string | null {
  return columns.find((column) => names.includes(columnKey(column))) ?? null;
}
