import path from 'node:path';
import type { ImportRowsResult } from '../../../shared/contract/timelineImport';
import {
  IMPORT_FORMATS,
  importFormatOfFileName,
  MAX_IMPORT_CHARS,
  overImportLimit,
} from '../../../shared/domain/timeline/importRows';
import { CliError, defineCommand } from '../command';
import { call, findMeeting } from '../contract';
import { count, isOneOf, meetingName } from '../format';
import { readInputFile } from './import';

/**
 * A file over the import limit is refused before it is read, as the app's import dialog does: a
 * 50 MB log would be read into memory only to be refused. Bytes stand in for characters, as in
 * the app.
 */
const IMPORT_LIMIT = {
  maxBytes: MAX_IMPORT_CHARS,
  refusal: (size: number, filePath: string) => `Nothing imported: ${filePath} is ${overImportLimit(size)}.`,
};

/**
 * `timeline import`: the app's `timeline.importRows`, so the same formats, the same row errors
 * (each with its line number) and the same all-or-nothing transaction.
 */
export const timelineImportCommand = defineCommand({
  words: ['timeline', 'import'],
  operands: ['MEETING', 'FILE'],
  options: ['format', 'skip-bad-rows'],
  synopsis: 'timeline import MEETING FILE [--format csv|json|text] [--skip-bad-rows]',
  description:
    "Add events to a meeting's event log from CSV, JSON or\n" +
    'text with one event per line (format from the file\n' +
    'name unless --format). Events already there (same\n' +
    'time and text) are left out. Nothing is added if a\n' +
    'row cannot be read (each is printed with its line\n' +
    'number), unless --skip-bad-rows.',
  prepare({ operands, values, io }) {
    const format = values.format ?? importFormatOfFileName(operands[1]!);
    if (!isOneOf(IMPORT_FORMATS, format)) {
      throw new CliError(`unsupported format “${format}” (supported: ${IMPORT_FORMATS.join(', ')}).`);
    }
    return { ...readInputFile(io, operands[1]!, IMPORT_LIMIT), format };
  },
  async run(context, { operands, values, prepared }) {
    const meeting = await findMeeting(context, operands[0]!);
    const result = await call<ImportRowsResult>(context.core, 'timeline.importRows', {
      meetingId: meeting.id,
      text: prepared.content,
      format: prepared.format,
      skipBadRows: values['skip-bad-rows'] ?? false,
    });
    const lines = [
      `Added ${count(result.added, 'event')} from ${path.basename(prepared.filePath)} to ${meetingName(meeting)}.`,
    ];
    if (result.duplicates > 0) {
      lines.push(
        `Left out ${count(result.duplicates, 'row')} already in the event log (same time and text).`,
      );
    }
    if (result.skipped.length > 0) {
      const unit = prepared.format === 'json' ? 'item' : 'line';
      lines.push(`Skipped ${count(result.skipped.length, 'row')} that cannot be read:`);
      lines.push(...result.skipped.map((row) => `  ${unit} ${row.line}: ${row.message}`));
    }
    context.stdout(`${lines.join('\n')}\n`);
  },
});
