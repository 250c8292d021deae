import path from 'node:path';
import { REPEATED_HOUR_PATH, type ImportRowsResult } from '../../../shared/contract/timelineImport';
import { MAX_IMPORT_CHARS, MAX_IMPORT_SOURCES, overImportLimit } from '../../../shared/domain/timeline/importLimits';
import { LANGUAGE_CATEGORY_LABELS } from '../../../shared/domain/coach/language';
import { joinDayFiles } from '../../../shared/domain/timeline/sources/joinDayFiles';
import { READING_IDS } from '../../../shared/domain/timeline/sources/registry';
import { readingSummary } from '../../../shared/domain/timeline/sources/summary';
import { sourceFilesOf } from '../../../shared/domain/timeline/sources/sourceFiles';
import { CliError, defineCommand } from '../command';
import { call, findMeeting } from '../contract';
import { count, meetingName } from '../format';
import type { CliIo } from '../runCli';
import { readInputBytes } from './import';

/**
 * A file over the import limit is refused before it is read, as the app's import dialog does: a
 * 50 MB log would be read into memory only to be refused. Bytes stand in for characters, as in
 * the app.
 */
const IMPORT_LIMIT = {
  maxBytes: MAX_IMPORT_CHARS,
  refusal: (size: number, filePath: string) => `Nothing imported: ${filePath} is ${overImportLimit(size)}.`,
};

/** Reads the file as the app's import dialog does: a zip unpacked, anything else read as UTF-8 text. */
function readSource(io: CliIo, file: string, reading: string | undefined) {
  const { content, filePath } = readInputBytes(io, file, IMPORT_LIMIT);
  const name = path.basename(filePath);
  const source = sourceFilesOf(name, content);
  if ('message' in source) throw new CliError(`Nothing imported: ${name}: ${source.message}`);
  return { name, files: source.files, ...(reading ? { reading } : {}) };
}

/** `--format slack,pagerduty`: one reading per file in order, or one for them all. */
function formatsOf(format: string | undefined, files: number): (string | undefined)[] {
  if (format === undefined) return Array.from({ length: files }, () => undefined);
  const formats = format.split(',').map((one) => one.trim());
  for (const one of formats) {
    if (!READING_IDS.includes(one.split(':')[0] ?? '')) {
      throw new CliError(`unsupported format “${one}” (supported: ${READING_IDS.join(', ')}).`);
    }
  }
  if (formats.length === 1) return Array.from({ length: files }, () => formats[0]);
  if (formats.length !== files) {
    throw new CliError(`--format names ${formats.length} formats for ${files} files: give one, or one per file.`);
  }
  return formats;
}

/** `Dana Kim=Database on-call,Sam=Incident commander` → the mapping; a pair without `=` is an error. */
function peopleOf(text: string | undefined): Record<string, string> | undefined {
  if (text === undefined) return undefined;
  const people: Record<string, string> = {};
  for (const pair of text.split(',').filter((part) => part.trim() !== '')) {
    const [name = '', role = ''] = pair.split('=').map((part) => part.trim());
    if (name === '' || role === '') throw new CliError(`--people: “${pair.trim()}” is not Name=role or team.`);
    people[name] = role;
  }
  return people;
}

/** `--repeated-hour first|second`: the reading of every time in the repeated hour the log's order cannot place. */
function repeatedHourOf(text: string | undefined): 'earlier' | 'later' | undefined {
  if (text === undefined) return undefined;
  switch (text.trim().toLowerCase()) {
    case 'first':
      return 'earlier';
    case 'second':
      return 'later';
    default:
      throw new CliError(`--repeated-hour: “${text}” is not first or second.`);
  }
}

/**
 * `timeline import`: the app's `timeline.importRows`, so the same reader (the tool's format is
 * detected), the same row errors and the same all-or-nothing transaction.
 */
export const timelineImportCommand = defineCommand({
  words: ['timeline', 'import'],
  operands: ['MEETING', 'FILE'],
  repeatsLast: true,
  options: ['format', 'people', 'keyword', 'repeated-hour', 'skip-bad-rows', 'json'],
  synopsis:
    'timeline import MEETING FILE… [--format F] [--people MAP] [--keyword W]\n' +
    '[--repeated-hour first|second] [--skip-bad-rows] [--json]',
  description:
    "Add events to a meeting's event log from a Slack export\n" +
    '(day files or the workspace .zip), a PagerDuty log,\n' +
    'Alertmanager payloads, an Opsgenie log, Grafana\n' +
    'annotations, CSV, JSON or text. The format is detected\n' +
    `unless --format (${READING_IDS.join(', ')};\n` +
    'for several files one, or one per file: F1,F2).\n' +
    "One channel's Slack day files are read as one export.\n" +
    'Several files are read together, merged in time order;\n' +
    'of the rows two of them tell of one fact (the same\n' +
    'second, or two minutes apart with the same words) the\n' +
    'earliest is added.\n' +
    'People are mapped to roles as the meeting remembers\n' +
    'from earlier imports; --people adds to that mapping.\n' +
    'Events already there (same time and text) are left\n' +
    'out. Nothing is added if a row cannot be read (each is\n' +
    'printed with its number), unless --skip-bad-rows.\n' +
    'A time in the hour the clocks went back is read by the\n' +
    'rows around it; where they cannot tell, nothing is\n' +
    'added unless --repeated-hour says which (first: the\n' +
    'earlier, second: the later) every such time is.\n' +
    "The coach's wording nudges on the added events are\n" +
    'printed too (never a refusal); --json for scripts.',
  prepare({ operands, values, io }) {
    const files = operands.slice(1);
    if (files.length > MAX_IMPORT_SOURCES) {
      throw new CliError(`Nothing imported: ${files.length} files are more than one import reads together (${MAX_IMPORT_SOURCES}).`);
    }
    const formats = formatsOf(values.format, files.length);
    const people = peopleOf(values.people);
    const repeatedHour = repeatedHourOf(values['repeated-hour']);
    return {
      sources: joinDayFiles(files.map((file, index) => readSource(io, file, formats[index]))),
      people,
      repeatedHour,
    };
  },
  async run(context, { operands, values, prepared }) {
    const meeting = await findMeeting(context, operands[0]!);
    const result = await call<ImportRowsResult>(
      context.core,
      'timeline.importRows',
      {
        meetingId: meeting.id,
        sources: prepared.sources,
        choices: {
          ...(prepared.people ? { people: prepared.people } : {}),
          ...(values.keyword ? { keyword: values.keyword } : {}),
          ...(prepared.repeatedHour ? { repeatedHour: prepared.repeatedHour } : {}),
        },
        skipBadRows: values['skip-bad-rows'] ?? false,
      },
      {
        issues: {
          [REPEATED_HOUR_PATH]: 'Give --repeated-hour first or --repeated-hour second to read every such time that way.',
        },
      },
    );
    const summary = readingSummary(result, result.added);
    const names = prepared.sources.map((source) => source.name);
    if (values.json) {
      const { id, incidentId, title } = meeting;
      const json = { meeting: { id, incidentId, title }, files: names, summary, ...result };
      context.stdout(`${JSON.stringify(json, null, 2)}\n`);
      return;
    }
    const lines = [
      `Added ${count(result.added, 'event')} from ${names.join(', ')} to ${meetingName(meeting)}.`,
      `Read as ${summary}.`,
    ];
    if (result.duplicates > 0) {
      lines.push(`Left out ${count(result.duplicates, 'row')} already in the event log (same time and text).`);
    }
    if (result.twins > 0) {
      lines.push(`Left out ${count(result.twins, 'row')} another file tells too (the earlier of each is added).`);
    }
    if (result.leftOut > 0) {
      lines.push(`Left out ${count(result.leftOut, 'row')} as chatter, by --keyword, or with an event already at that second.`);
    }
    if (result.fitted !== '') lines.push(`Shortened to fit the event log: ${result.fitted}.`);
    if (result.unmapped.length > 0) {
      lines.push(
        `No actor for ${result.unmapped.join(', ')} (people are never written as actors; give each a role with --people "Name=role").`,
      );
    }
    if (result.wording.length > 0) {
      lines.push(`Wording to look at (the blameless coach, nothing refused): ${count(result.wording.length, 'nudge')}:`);
      for (const { line, finding } of result.wording) {
        lines.push(
          `  ${result.numberedBy} ${line}: “${finding.span}” — ${LANGUAGE_CATEGORY_LABELS[finding.category]}.`,
          `      ${finding.reframing}`,
        );
      }
    }
    if (result.skipped.length > 0) {
      lines.push(`Skipped ${count(result.skipped.length, 'row')} that cannot be read:`);
      lines.push(...result.skipped.map((row) => `  ${row.where ?? result.numberedBy} ${row.line}: ${row.message}`));
    }
    context.stdout(`${lines.join('\n')}\n`);
  },
});
