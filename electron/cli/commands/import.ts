import fs from 'node:fs';
import path from 'node:path';
import type { Meeting } from '../../../shared/types';
import { BUNDLE_MAX_CHARS } from '../../../shared/domain/bundle/bundleSchema';
import { tooLarge } from '../../../shared/domain/bundle/bundleText';
import { CliError, defineCommand } from '../command';
import { call } from '../contract';
import type { CliIo } from '../runCli';

/** A size past which a file is refused from its size alone, and the sentence that says so. */
export interface SizeLimit {
  maxBytes: number;
  refusal(size: number, filePath: string): string;
}

/**
 * Reads a file named on the command line, relative to the working folder, with a clear error.
 * A file over `limit` is refused from its size, before a byte of it is read into memory.
 */
function readChecked<T>(
  io: CliIo,
  file: string,
  limit: SizeLimit | undefined,
  read: (filePath: string) => T,
): { content: T; filePath: string } {
  const filePath = path.resolve(io.cwd, file);
  try {
    if (limit) {
      const size = fs.statSync(filePath).size;
      if (size > limit.maxBytes) throw new CliError(limit.refusal(size, filePath));
    }
    return { content: read(filePath), filePath };
  } catch (error) {
    if (error instanceof CliError) throw error;
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new CliError(`Cannot read ${filePath}: ${reason}.`);
  }
}

/** A text file named on the command line (see readChecked); `io.readFile` stands in for the disk in tests. */
export const readInputFile = (io: CliIo, file: string, limit?: SizeLimit): { content: string; filePath: string } =>
  io.readFile
    ? readChecked(io, file, undefined, io.readFile)
    : readChecked(io, file, limit, (filePath) => fs.readFileSync(filePath, 'utf8'));

/** A file named on the command line as bytes, for a source that may be a zip (see readChecked). */
export const readInputBytes = (io: CliIo, file: string, limit?: SizeLimit): { content: Uint8Array; filePath: string } =>
  readChecked(io, file, limit, (filePath) => fs.readFileSync(filePath));

/** Reads a meeting bundle named on the command line (see readInputFile). */
export const readBundleFile = (io: CliIo, file: string) =>
  readInputFile(io, file, {
    maxBytes: BUNDLE_MAX_CHARS,
    refusal: (size, filePath) => `Cannot read ${filePath}: ${tooLarge(size)}.`,
  });

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
      { conflict: `To import it under new ids: hindsight import --as-copy ${operands[0]}` },
    );
    context.stdout(
      `Imported “${meeting.title}” (${meeting.id})${asCopy ? ' as a copy' : ''} into ${context.dbPath}.\n`,
    );
  },
});
