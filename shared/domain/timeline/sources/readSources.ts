import { MAX_IMPORT_CHARS, MAX_IMPORT_ROWS, overImportLimit } from '../importLimits';
import type { RowError } from '../importFields';
import { byTime } from './order';
import { readImport, type ImportReading } from './registry';
import type { RepeatedChoices, TimePicks } from './settleTimes';
import type { Candidate, ReadContext, SourceFile } from './types';

/** One source of an import: a file (a zip unpacked into its files), or a paste, and how to read it. */
export interface ImportSource {
  /** The file's name; empty for a paste. */
  name: string;
  files: SourceFile[];
  /** The reading picked for it; detected when left out. */
  reading?: string;
}

/** A source as read, for the preview's line about it and its own "Read as". */
export interface SourcePart extends ImportReading {
  name: string;
}

/** Sources read together: one reading of their rows merged, and each source as it was read. */
export interface SourcesReading extends ImportReading {
  /** One per source, in the order given; a single source's reading is the whole reading. */
  parts: SourcePart[];
}

/** A source's unreadable rows, named with the file (`incidents.csv, line 4`), its whole-file problem too. */
function errorsOf(reading: SourcePart): RowError[] {
  const { name } = reading;
  const unit = reading.numberedBy ?? reading.unit;
  return reading.errors.map((error) =>
    error.line === 0 ? { line: 0, message: `${name}: ${error.message}` } : { ...error, where: `${name}, ${unit}` },
  );
}

/** A source's rows tagged with where they came from. */
function tagged(reading: SourcePart, source: number): Candidate[] {
  const { name } = reading;
  const unit = reading.numberedBy ?? reading.unit;
  return reading.candidates.map((candidate) => ({
    ...candidate,
    origin: { source, name, label: reading.label, unit, line: candidate.line },
  }));
}

/**
 * The key a row's picks are kept under (its repeated time's reading; in the preview also its kind
 * and whether it is kept): the row's number in its own source (`2:14`) when several are read
 * together, since the merged numbering moves when a picked time moves the row; its number when
 * one source is read.
 */
export function rowKey(candidate: Candidate): string {
  return candidate.origin ? `${candidate.origin.source}:${candidate.origin.line}` : String(candidate.line);
}

/** The picks of one source's rows, by their number in that source. */
function choicesOfSource(times: RepeatedChoices, source: number): RepeatedChoices {
  const prefix = `${source}:`;
  return Object.fromEntries(
    Object.entries(times)
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, reading]) => [key.slice(prefix.length), reading]),
  );
}

/**
 * Reads the sources of one import (several files dropped or picked at once, or named to the CLI):
 * each the way it is detected or picked, their rows merged oldest first (rows at one second in
 * the order the sources were given) and numbered 1, 2, … in that order, each with its origin.
 * One source is read as it is. A file that cannot be read at all refuses the whole import, and
 * a row that cannot be read is named with its file and number there, skipped only when asked.
 */
export function readSources(
  sources: readonly ImportSource[],
  context: ReadContext,
  times: TimePicks = {},
): SourcesReading {
  const timesOf = (source: number): TimePicks =>
    sources.length === 1 ? times : { ...times, rows: choicesOfSource(times.rows ?? {}, source) };
  const parts = sources.map((source, index) => ({
    ...readImport(source.files, context, source.reading, timesOf(index)),
    name: source.name,
  }));
  if (parts.length === 1) return { ...parts[0]!, parts };
  const size = sources.reduce((sum, source) => sum + source.files.reduce((n, file) => n + file.text.length, 0), 0);
  const merged = parts
    .flatMap(tagged)
    .sort(byTime)
    .map((candidate, index) => ({ ...candidate, line: index + 1 }));
  const limit =
    size > MAX_IMPORT_CHARS
      ? `The files together are ${overImportLimit(size)}.`
      : merged.length > MAX_IMPORT_ROWS
        ? `${merged.length.toLocaleString('en-US')} events are more than one import takes (${MAX_IMPORT_ROWS.toLocaleString('en-US')}): import fewer files at once.`
        : null;
  const errors = limit === null ? parts.flatMap(errorsOf) : [{ line: 0, message: limit }];
  return {
    reading: 'sources',
    label: parts.map((part) => part.label).join(' + '),
    unit: 'row',
    total: merged.length,
    candidates: limit === null ? merged : [],
    errors,
    options: [],
    parts,
  };
}
