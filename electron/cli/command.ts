import type { Core } from '../core/createCore';
import type { CliIo } from './runCli';
import { EXIT_USAGE } from './exitCodes';

/** A failure the CLI reports on purpose: a message, the lines under it, and the exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_USAGE,
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Every option any command takes, as node:util parseArgs reads it. */
export const CLI_OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean' },
  'as-copy': { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  format: { type: 'string' },
  out: { type: 'string', short: 'o' },
  'skip-bad-rows': { type: 'boolean' },
  people: { type: 'string' },
  keyword: { type: 'string' },
  'repeated-hour': { type: 'string' },
  title: { type: 'string' },
  owner: { type: 'string' },
  due: { type: 'string' },
  type: { type: 'string' },
  measure: { type: 'string' },
  question: { type: 'string' },
  status: { type: 'string' },
  link: { type: 'string' },
  paper: { type: 'string' },
  chromium: { type: 'string' },
  'incident-id': { type: 'string' },
  zone: { type: 'string' },
  started: { type: 'string' },
  detected: { type: 'string' },
  mitigated: { type: 'string' },
  resolved: { type: 'string' },
  summary: { type: 'string' },
  host: { type: 'string' },
  port: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

export type OptionName = keyof typeof CLI_OPTIONS;
export type OptionValues = {
  [K in OptionName]?: (typeof CLI_OPTIONS)[K]['type'] extends 'string' ? string : boolean;
};

/** What a command gets to work with once the database is open. */
export interface CommandContext {
  core: Core;
  dbPath: string;
  cwd: string;
  stdout(text: string): void;
  /** Resolves when the person interrupts (Ctrl+C): for commands that serve until then. */
  untilInterrupted(): Promise<void>;
}

export interface CommandArgs<Prepared> {
  operands: string[];
  values: OptionValues;
  prepared: Prepared;
}

/**
 * One CLI command. `runCli` finds it by its words, checks its options and operands, calls
 * `prepare` (files are read here, before any database is opened, so a typo never creates one),
 * opens the core, and calls `run`.
 */
export interface CliCommand<Prepared = undefined> {
  /** The words that select the command: `['list']`, `['timeline', 'import']`. */
  words: readonly string[];
  /** Operand names in order, as usage shows them (`MEETING`, `FILE.json`). */
  operands: readonly string[];
  /** Operands after `operands` that may be left out (`actions list [MEETING]`). */
  optionalOperands?: readonly string[];
  /** The last operand may be given again and again (`timeline import MEETING FILE…`). */
  repeatsLast?: boolean;
  options: readonly OptionName[];
  /** The usage line after `hindsight`, e.g. `import FILE.json [--as-copy]`. */
  synopsis: string;
  /** One or more lines for --help. */
  description: string;
  prepare?(args: { operands: string[]; values: OptionValues; io: CliIo }): Prepared;
  run(context: CommandContext, args: CommandArgs<Prepared>): Promise<void>;
}

/** Declares a command with its `prepare` result typed through to `run`. */
export function defineCommand<Prepared = undefined>(command: CliCommand<Prepared>): CliCommand<unknown> {
  return command as CliCommand<unknown>;
}
