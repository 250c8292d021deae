import { csvAdapter, jsonAdapter, textAdapter } from '../importRows';
import { MAX_IMPORT_CHARS, MAX_IMPORT_ROWS, overImportLimit } from '../importLimits';
import { alertmanagerAdapter } from './alertmanager';
import { chatAdapter } from './chatPaste';
import { fitFields } from './fitFields';
import { grafanaAdapter } from './grafana';
import { opsgenieAdapter } from './opsgenie';
import { pagerDutyAdapter, pagerDutyCsvAdapter } from './pagerduty';
import { slackAdapter } from './slack';
import { settleTimes, type TimePicks } from './settleTimes';
import type { Adapter, ReadContext, SourceFile, SourceReading } from './types';

/** Every way an import can read a source, the tools' own formats before the generic ones. */
export const ADAPTERS: readonly Adapter[] = [
  slackAdapter,
  pagerDutyAdapter,
  pagerDutyCsvAdapter,
  alertmanagerAdapter,
  opsgenieAdapter,
  grafanaAdapter,
  chatAdapter,
  csvAdapter,
  jsonAdapter,
  textAdapter,
];

/** A reading the preview offers, the detected one first. */
export interface ReadingOption {
  reading: string;
  label: string;
}

/** A source read: the events it proposes, and the other readings the person can pick instead. */
export interface ImportReading extends SourceReading {
  options: ReadingOption[];
}

/** The ids a CLI `--format` and the contract accept: every adapter's, plus `slack:<channel>`. */
export const READING_IDS = ADAPTERS.map((adapter) => adapter.reading);

/** The readings that fit `files`, best guess first; the generic ones are always offered. */
export function readingOptions(files: readonly SourceFile[]): ReadingOption[] {
  return ADAPTERS.map((adapter) => ({ adapter, confidence: adapter.detect(files) }))
    .filter(({ confidence }) => confidence > 0)
    .sort((a, b) => b.confidence - a.confidence)
    .flatMap(({ adapter }) => {
      const variants = adapter.variants?.(files) ?? [];
      if (variants.length === 0) return [{ reading: adapter.reading, label: adapter.label }];
      return variants.map(({ variant, label }) => ({ reading: `${adapter.reading}:${variant}`, label }));
    });
}

const refused = (message: string, options: ReadingOption[] = []): ImportReading => ({
  reading: options[0]?.reading ?? 'text',
  label: options[0]?.label ?? 'Nothing to read',
  unit: 'line',
  total: 0,
  candidates: [],
  errors: [{ line: 0, message }],
  options,
});

/**
 * The one reader behind every import path (dialog, drop, paste, CLI): detects the source, reads
 * it the detected way or as `reading` when the person picked another, and settles times read
 * without a date or in a repeated hour (`times`: the readings the person picked, see `settleTimes`).
 * Pure: the renderer previews with it, the core imports with it.
 */
export function readImport(
  files: readonly SourceFile[],
  context: ReadContext,
  reading?: string,
  times?: TimePicks,
): ImportReading {
  const size = files.reduce((sum, file) => sum + file.text.length, 0);
  if (size > MAX_IMPORT_CHARS) return refused(`The file is ${overImportLimit(size)}.`);
  // A NUL never occurs in text, CSV or JSON; it does in every image, archive and database file.
  if (files.some((file) => file.text.includes('\u0000')))
    return refused('This is not a text file (it contains binary data).');
  if (size === 0 || files.every((file) => file.text.trim() === ''))
    return refused('There is nothing to import.');
  let options: ReadingOption[] = [];
  try {
    options = readingOptions(files);
    return readAs(files, options, context, reading, times);
  } catch (error) {
    // A file crafted or broken in a way no adapter foresaw must be an error on that file, not
    // a blank preview (the renderer reads in a render) or an `internal` answer from the core.
    const why = error instanceof Error ? error.message : String(error);
    return refused(`${nameOf(files)} could not be read: ${why}.`, options);
  }
}

/** How a refusal names a source: its file, the paste, or the files of an unpacked export. */
function nameOf(files: readonly SourceFile[]): string {
  if (files.length > 1) return `These ${files.length} files`;
  const name = files[0]?.name ?? '';
  return name === '' ? 'The paste' : `“${name}”`;
}

/** Reads `files` as `reading` (the best guess among `options` when not picked); may throw. */
function readAs(
  files: readonly SourceFile[],
  options: ReadingOption[],
  context: ReadContext,
  reading?: string,
  times?: TimePicks,
): ImportReading {
  const chosen = reading ?? options[0]?.reading ?? 'text';
  const [id, ...rest] = chosen.split(':');
  const adapter = ADAPTERS.find((candidate) => candidate.reading === id);
  if (!adapter)
    return refused(`“${chosen}” is not a reading (use one of: ${READING_IDS.join(', ')}).`, options);
  const read = adapter.read(files, context, rest.length > 0 ? rest.join(':') : null);
  if (read.candidates.length > MAX_IMPORT_ROWS) {
    const count = (n: number) => n.toLocaleString('en-US');
    return refused(
      `${count(read.candidates.length)} events are more than one import takes (${count(MAX_IMPORT_ROWS)}): export fewer days, or split the file.`,
      options,
    );
  }
  const known = options.some((option) => option.reading === read.reading);
  return {
    ...read,
    // A text of only bidi controls is empty once normalised: left out, as adapters leave out empty messages.
    candidates: settleTimes(read.candidates, times)
      .map(fitFields)
      .filter((candidate) => candidate.description !== ''),
    options: known ? options : [{ reading: read.reading, label: read.label }, ...options],
  };
}
