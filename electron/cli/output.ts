import path from 'node:path';
import { writeFileAtomic } from '../core/files';
import { CliError, type CommandContext } from './command';

/**
 * Writes a command's result to `out` (replaced whole, never half-written) or, without `out` or
 * with `-`, to standard output. Says what was written where, on standard output, only for files.
 */
export function writeOutput(
  context: CommandContext,
  out: string | undefined,
  content: string | Uint8Array,
  done: (target: string) => string,
): void {
  if (out === undefined || out === '-') {
    if (typeof content !== 'string') throw new CliError('binary output needs a file: add --out FILE.');
    context.stdout(content);
    return;
  }
  const target = path.resolve(context.cwd, out);
  try {
    writeFileAtomic(target, content);
  } catch (error) {
    throw new CliError(`Cannot write ${target}: ${(error as Error).message}`);
  }
  context.stdout(`${done(target)}\n`);
}
