import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { version as packageVersion } from '../../package.json';
import type { DatabaseStatus } from '../../shared/contract/database';
import { createCore, type Core } from '../core/createCore';
import type { Host } from '../core/handlers/context';
import { defaultDatabasePath } from '../core/paths';
import { CliError, exportCommand, importCommand, listCommand, type CommandContext } from './commands';
import {
  COMMAND_OPTIONS,
  EXIT_DATABASE,
  EXIT_OK,
  EXIT_USAGE,
  GLOBAL_OPTIONS,
  usage,
  type CommandName,
} from './usage';

/** Everything the CLI touches outside the database, injected so tests run it in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a text file; Node's fs when left out. */
  readFile?(filePath: string): string;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  now?: () => number;
  platform?: NodeJS.Platform;
  homedir?: string;
}

export interface CliOptions {
  /** resources/examples: the core needs it, though no command reads an example yet. */
  examplesDir?: string;
  version?: string;
}

const OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean' },
  'as-copy': { type: 'boolean' },
  format: { type: 'string' },
  out: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** The CLI has no dialogs, and no command it runs asks for one. */
const NO_DIALOGS: Host = {
  chooseSavePath: async () => null,
  chooseDatabaseFile: async () => null,
};

/**
 * `hindsight <command>`: the meeting library from a terminal, on the same core, contract and
 * validation as the app. Resolves to the exit code (see `usage`); it never throws.
 */
export async function runCli(argv: string[], io: CliIo, options: CliOptions = {}): Promise<number> {
  try {
    return await run(argv, io, options);
  } catch (error) {
    if (!(error instanceof CliError)) {
      io.stderr(`hindsight: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`hindsight: ${error.message}\n${error.details.map((line) => `${line}\n`).join('')}`);
    return error.exitCode;
  }
}

async function run(argv: string[], io: CliIo, options: CliOptions): Promise<number> {
  const { values, positionals } = parse(argv);
  const defaultDatabase = defaultDatabasePath({
    platform: io.platform ?? process.platform,
    env: io.env,
    homedir: io.homedir ?? os.homedir(),
  });
  if (values.version) {
    io.stdout(`hindsight ${options.version ?? packageVersion}\n`);
    return EXIT_OK;
  }
  const [command, ...operands] = positionals;
  if (values.help || command === 'help') {
    io.stdout(usage(defaultDatabase));
    return EXIT_OK;
  }
  if (command === undefined) {
    io.stderr(usage(defaultDatabase));
    return EXIT_USAGE;
  }
  if (!Object.hasOwn(COMMAND_OPTIONS, command)) {
    throw new CliError(`unknown command “${command}”. Commands: list, import, export, help.`);
  }
  const name = command as CommandName;
  checkOptions(name, values);
  const operand = singleOperand(name, operands);
  if (name === 'export' && (values.format ?? 'json') !== 'json') {
    throw new CliError(`unsupported format “${values.format}” (supported: json).`);
  }
  // Inputs are read before the database is opened: a mistyped file name never creates or
  // touches a database.
  const bundle = name === 'import' ? readBundleFile(io, operand!, values['as-copy'] ?? false) : null;

  const dbPath = path.resolve(io.cwd, values.db ?? defaultDatabase);
  const core = await openCore(dbPath, io, options);
  const context: CommandContext = { core, dbPath, cwd: io.cwd, stdout: io.stdout };
  try {
    if (name === 'list') await listCommand(context, values.json ?? false);
    else if (name === 'import') await importCommand(context, bundle!, operand!);
    else await exportCommand(context, operand!, values.out);
    return EXIT_OK;
  } finally {
    core.close();
  }
}

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\nRun "hindsight --help" for usage.`);
  }
}

function checkOptions(command: CommandName, values: Record<string, unknown>): void {
  const allowed: readonly string[] = [...GLOBAL_OPTIONS, ...COMMAND_OPTIONS[command]];
  const stray = Object.keys(values).filter(
    (option) => values[option] !== undefined && !allowed.includes(option),
  );
  if (stray.length > 0) {
    throw new CliError(
      `${stray.map((option) => `--${option}`).join(', ')} does not apply to “${command}”. Run "hindsight --help" for usage.`,
    );
  }
}

const OPERAND_NAMES: Record<CommandName, string | null> = {
  list: null,
  import: 'FILE.json',
  export: 'MEETING',
};

function singleOperand(command: CommandName, operands: string[]): string | undefined {
  const expected = OPERAND_NAMES[command];
  if (expected === null) {
    if (operands.length > 0) throw new CliError(`“${command}” takes no argument (got “${operands[0]}”).`);
    return undefined;
  }
  if (operands.length === 0 || operands[0]!.trim() === '') {
    throw new CliError(`missing argument: hindsight ${command} ${expected}`);
  }
  if (operands.length > 1) throw new CliError(`“${command}” takes one ${expected} (got ${operands.length}).`);
  return operands[0];
}

function readBundleFile(io: CliIo, file: string, asCopy: boolean) {
  const filePath = path.resolve(io.cwd, file);
  try {
    const content = io.readFile ? io.readFile(filePath) : fs.readFileSync(filePath, 'utf8');
    return { content, fileName: path.basename(filePath), asCopy };
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new CliError(`Cannot read ${filePath}: ${reason}.`);
  }
}

/**
 * Opens the database through the core. An unusable file leaves the core running but
 * unavailable (the app then offers recovery); the CLI reports the reason and stops instead.
 */
async function openCore(dbPath: string, io: CliIo, options: CliOptions): Promise<Core> {
  let core: Core;
  try {
    core = await createCore({
      dbPath,
      examplesDir: options.examplesDir ?? path.resolve(__dirname, '../../resources/examples'),
      host: NO_DIALOGS,
      ...(io.now ? { now: io.now } : {}),
    });
  } catch (error) {
    throw new CliError(`Cannot open the database ${dbPath}: ${(error as Error).message}`, EXIT_DATABASE);
  }
  const status = await core.call('database.status', {});
  const database = status.ok ? (status.value as DatabaseStatus) : null;
  if (database?.state !== 'open') {
    core.close();
    throw new CliError(
      database?.state === 'unavailable' ? database.message : `Cannot open the database ${dbPath}.`,
      EXIT_DATABASE,
    );
  }
  return core;
}
