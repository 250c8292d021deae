import path from 'node:path';
import { defaultDatabasePath } from '../core/paths';

export interface AppLocation {
  /** `app.getAppPath()`: the project root in development, `resources/app.asar` when packaged. */
  appPath: string;
  /** `process.resourcesPath`, where electron-builder's extraResources land. */
  resourcesPath: string;
  packaged: boolean;
}

/** Where the app's own files are, in development and when installed. */
export function appPaths({ appPath, resourcesPath, packaged }: AppLocation) {
  return {
    preload: path.join(appPath, 'dist', 'preload', 'index.cjs'),
    rendererHtml: path.join(appPath, 'dist', 'renderer', 'index.html'),
    /** The built renderer folder, whose room.html a room serves to note-takers. */
    rendererDir: path.join(appPath, 'dist', 'renderer'),
    // Outside app.asar when packaged (electron-builder.yml's extraResources), so the core can
    // list and read them with plain fs.
    examplesDir: packaged
      ? path.join(resourcesPath, 'examples')
      : path.join(appPath, 'resources', 'examples'),
  };
}

/**
 * The database to open: `--db PATH` (or `--db=PATH`) on the command line wins; otherwise the
 * shared rule the CLI uses too (HINDSIGHT_DB, then the OS user-data folder).
 */
export function databasePath(options: {
  argv: readonly string[];
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  homedir: string;
  cwd: string;
}): string {
  const chosen =
    dbFlag(options.argv) ??
    defaultDatabasePath({ platform: options.platform, env: options.env, homedir: options.homedir });
  // A relative --db or HINDSIGHT_DB means relative to where Hindsight was started from.
  return path.resolve(options.cwd, chosen);
}

/**
 * The interface a room listens on: `--host ADDR` (or `--host=ADDR`) on the command line, else
 * undefined (the LAN's address is picked when the room opens).
 */
export function roomHostFlag(argv: readonly string[]): string | undefined {
  return flagValue(argv, 'host', 'an address to listen on, e.g. --host 192.168.1.20');
}

function dbFlag(argv: readonly string[]): string | undefined {
  return flagValue(argv, 'db', 'the path of a database file, e.g. --db /path/to/postmortems.sqlite');
}

function flagValue(argv: readonly string[], name: string, needs: string): string | undefined {
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    let value: string | undefined;
    if (arg === `--${name}`) value = argv[index + 1];
    else if (arg.startsWith(`--${name}=`)) value = arg.slice(`--${name}=`.length);
    else continue;
    if (!value || value.startsWith('--')) throw new Error(`--${name} needs ${needs}`);
    return value;
  }
  return undefined;
}
