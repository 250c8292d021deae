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

function dbFlag(argv: readonly string[]): string | undefined {
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    let value: string | undefined;
    if (arg === '--db') value = argv[index + 1];
    else if (arg.startsWith('--db=')) value = arg.slice('--db='.length);
    else continue;
    if (!value || value.startsWith('--')) {
      throw new Error('--db needs the path of a database file, e.g. --db /path/to/postmortems.sqlite');
    }
    return value;
  }
  return undefined;
}
