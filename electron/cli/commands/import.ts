import fs from 'node:fs';
import path from 'node:path';
import type { Meeting } from '../../../shared/types';
import { CliError, defineCommand } from '../command';
import { call } from '../contract';
import type { CliIo } from '../runCli';

/** Reads a file named on the command line, relative to the working folder, with a clear error. */
export function readInputFile(io: CliIo, file: string): { content: string; filePath: string } {
  const filePath = path.resolve(io.cwd, file);
  try {
    return { content: io.readFile ? io.readFile(filePath) : fs.readFileSync(filePath, 'utf8'), filePath };
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new CliError(`Cannot read ${filePath}: ${reason}.`);
  }
}

/** `import`: the same `bundle.import` the app calls, so the same validation and the same transaction. */
export const importCommand = defineCommand({
  words: ['import'],
  operands: ['FILE.json'],
  options: ['as-copy'],
  synopsis: 'import FILE.json [--as-copy]',
  description:
    'Import a meeting bundle. Nothing is written unless the\nwhole bundle is valid; every problem is printed as\n"path: message".',
  prepare: ({ operands, io }) => readInputFile(io, operands[0]!),
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
