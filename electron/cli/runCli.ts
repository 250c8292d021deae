import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { version as packageVersion } from '../../package.json';
import type { DatabaseStatus } from '../../shared/contract/database';
import { createCore, type Core } from '../core/createCore';
import type { Host } from '../core/handlers/context';
import type { RoomAdvertiser } from '../core/room/advertiser';
import { lanRoomHost } from '../core/room/lanRoomHost';
import type { RoomHost } from '../core/room/roomHub';
import { defaultDatabasePath } from '../core/paths';
import { CLI_OPTIONS, CliError, type CliCommand, type OptionName, type OptionValues } from './command';
import { COMMANDS } from './commands';
import { EXIT_DATABASE, EXIT_OK, EXIT_USAGE } from './exitCodes';
import { usage } from './usage';

/** Options every command accepts. */
const GLOBAL_OPTIONS: readonly OptionName[] = ['db', 'help', 'version'];

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
  /** Resolves on Ctrl+C; SIGINT or SIGTERM of this process when left out. */
  untilInterrupted?(): Promise<void>;
}

export interface CliOptions {
  /** resources/examples: the core needs it, though no command reads an example yet. */
  examplesDir?: string;
  version?: string;
  /** The built renderer a room serves (dist/renderer). */
  rendererDir?: string;
  /** Announces rooms; mDNS on the room's interface when left out (tests pass a fake). */
  roomAdvertiser?: RoomAdvertiser;
}

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
  if (values.help || positionals[0] === 'help') {
    io.stdout(usage(COMMANDS, defaultDatabase));
    return EXIT_OK;
  }
  if (positionals.length === 0) {
    io.stderr(usage(COMMANDS, defaultDatabase));
    return EXIT_USAGE;
  }
  const command = findCommand(positionals);
  const operands = positionals.slice(command.words.length);
  const name = command.words.join(' ');
  checkOptions(command, name, values);
  checkOperands(command, name, operands);
  // Inputs are read before the database is opened: a mistyped file name never creates or
  // touches a database.
  const prepared = command.prepare?.({ operands, values, io });

  const dbPath = path.resolve(io.cwd, values.db ?? defaultDatabase);
  const core = await openCore(dbPath, io, options, values);
  try {
    await command.run(
      { core, dbPath, cwd: io.cwd, stdout: io.stdout, untilInterrupted: io.untilInterrupted ?? untilSignal },
      { operands, values, prepared },
    );
    return EXIT_OK;
  } finally {
    await core.close();
  }
}

/** The command whose words the arguments start with, the longest match winning. */
function findCommand(positionals: string[]): CliCommand<unknown> {
  const matches = COMMANDS.filter((command) =>
    command.words.every((word, index) => positionals[index] === word),
  );
  const best = matches.sort((a, b) => b.words.length - a.words.length)[0];
  if (best) return best;
  // `hindsight actions` alone: name the subcommands rather than call the group unknown.
  const group = COMMANDS.filter((command) => command.words.length > 1 && command.words[0] === positionals[0]);
  if (group.length > 0) {
    const subcommands = group.map((command) => command.words.slice(1).join(' ')).join(', ');
    throw new CliError(
      `“${positionals.join(' ')}” needs one of: ${subcommands}. Run "hindsight --help" for usage.`,
    );
  }
  const known = [...new Set(COMMANDS.map((command) => command.words[0]))].join(', ');
  throw new CliError(`unknown command “${positionals.join(' ')}”. Commands: ${known}, help.`);
}

function parse(argv: string[]): { values: OptionValues; positionals: string[] } {
  try {
    return parseArgs({ args: argv, options: CLI_OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\nRun "hindsight --help" for usage.`);
  }
}

function checkOptions(command: CliCommand<unknown>, name: string, values: OptionValues): void {
  const allowed: readonly string[] = [...GLOBAL_OPTIONS, ...command.options];
  const stray = Object.keys(values).filter(
    (option) => values[option as OptionName] !== undefined && !allowed.includes(option),
  );
  if (stray.length > 0) {
    throw new CliError(
      `${stray.map((option) => `--${option}`).join(', ')} does not apply to “${name}”. Run "hindsight --help" for usage.`,
    );
  }
}

function checkOperands(command: CliCommand<unknown>, name: string, operands: string[]): void {
  const expected = command.operands;
  const missing = expected.findIndex((_, index) => (operands[index] ?? '').trim() === '');
  if (missing !== -1) throw new CliError(`missing argument: hindsight ${name} ${expected.join(' ')}`);
  const optional = command.optionalOperands ?? [];
  if (!command.repeatsLast && operands.length > expected.length + optional.length) {
    const all = [...expected, ...optional.map((operand) => `[${operand}]`)];
    throw new CliError(
      all.length === 0
        ? `“${name}” takes no argument (got “${operands[0]}”).`
        : `“${name}” takes ${all.join(' ')} (got ${operands.length} arguments).`,
    );
  }
}

/** Where `hindsight room` listens: `--host`/`--port`, else the LAN's address and a free port. */
function roomHost(options: CliOptions, values: OptionValues): RoomHost {
  return lanRoomHost({
    host: values.host,
    port: values.port === undefined ? 0 : Number(values.port),
    // Bundled to dist/cli/hindsight.cjs: the renderer is built next to it, in dist/renderer.
    rendererDir: options.rendererDir ?? path.resolve(__dirname, '../renderer'),
    advertiser: options.roomAdvertiser,
  });
}

/** Ctrl+C (or a service manager's stop): whichever comes first. */
function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

/**
 * Opens the database through the core. An unusable file leaves the core running but
 * unavailable (the app then offers recovery); the CLI reports the reason and stops instead.
 */
async function openCore(dbPath: string, io: CliIo, options: CliOptions, values: OptionValues): Promise<Core> {
  let core: Core;
  try {
    core = await createCore({
      dbPath,
      examplesDir: options.examplesDir ?? path.resolve(__dirname, '../../resources/examples'),
      host: { ...NO_DIALOGS, room: roomHost(options, values) },
      ...(io.now ? { now: io.now } : {}),
    });
  } catch (error) {
    throw new CliError(`Cannot open the database ${dbPath}: ${(error as Error).message}`, EXIT_DATABASE);
  }
  // A command is one short run: it waits for the full check the app runs in the background, so
  // it never writes to a damaged file.
  await core.session.settled();
  const status = await core.call('database.status', {});
  const database = status.ok ? (status.value as DatabaseStatus) : null;
  if (database?.state !== 'open') {
    await core.close();
    throw new CliError(
      database?.state === 'unavailable' ? database.message : `Cannot open the database ${dbPath}.`,
      EXIT_DATABASE,
    );
  }
  return core;
}
