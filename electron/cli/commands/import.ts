import fs from 'node:fs';
import path from 'node:path';
import type { Meeting } from '../../../shared/types';
import { BUNDLE_MAX_CHARS } from '../../../shared/domain/bundle/bundleSchema';
import { tooLarge } from '../../../shared/domain/bundle/bundleText';
import { CliError, defineCommand } from '../command';
import { call } from '../contract';
import type { CliIo } from '../runCli';

/**
 * Reads a file named on the command line, relative to the working folder, with a clear error.
 * A file larger than `maxBytes` is refused from its size, before a byte of it is read.
 */
export function readInputFile(
  io: CliIo,
  file: string,
  maxBytes = Infinity,
): { content: string; filePath: string } {
  const filePath = path.resolve(io.cwd, file);
  try {
    if (io.readFile) return { content: io.readFile(filePath), filePath };
    const size = fs.statSync(filePath).size;
    if (size > maxBytes) throw new CliError(`Cannot read ${filePath}: ${tooLarge(size)}.`);
    return { content: fs.readFileSync(filePath, 'utf8'), filePath };
  } catch (error) {
    if (error instanceof CliError) throw error;
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new CliError(`Cannot read ${filePath}: ${reason}.`);
  }
}

/** Reads a meeting bundle named on the command line (see readInputFile). */
export const readBundleFile = (io: CliIo, file: string) => readInputFile(io, file, BUNDLE_MAX_CHARS);

/** `import`: the same `bundle.import` the app calls, so the same validation and the same transaction. */
export const importCommand = defineCommand({
  words: ['import'],
  operands: ['FILE.json'],
  options: ['as-copy'],
  synopsis: 'import FILE.json [--as-copy]',
  description:
    'Import a meeting bundle. Nothing is written unless the\nwhole bundle is valid; every problem is printed as\n"path: message".',
  prepare: ({ operands, io }) => readBundleFile(io, operands[0]!),
  async run(context, { operands, values, prepared }) {
    const asCopy = values['as-copy'] ?? false;
    const meeting = await call<Meeting>(
      context.core,
      'bundle.import',
      { content: prepared.content, fileName: path.basename(prepared.filePath), asCopy },
      `To import it under new ids: hindsight import --as-copy ${operands[0]}`,
    );
    context.stdout(
      `Imported “${meeting.title}” (${meeting.id})${asCopy ? ' as a copy' : ''} into ${context.dbPath}.\n`,
    );
  },
});
