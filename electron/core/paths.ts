import path from 'node:path';

/** The database file inside the user-data folder. */
export const DATABASE_FILE_NAME = 'hindsight.sqlite';

/** Electron names the user-data folder after `productName` in package.json. */
const PRODUCT_NAME = 'Hindsight';

export interface PathEnvironment {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  homedir: string;
}

/**
 * The database the app and the CLI open when no path is given: `$HINDSIGHT_DB` when set,
 * otherwise `hindsight.sqlite` in the folder Electron's `app.getPath('userData')` returns for
 * "Hindsight". Computed without Electron so that the CLI, in plain Node, finds the same file.
 * A relative `$HINDSIGHT_DB` is returned as given; callers resolve it against their cwd.
 */
export function defaultDatabasePath({ platform, env, homedir }: PathEnvironment): string {
  const override = env.HINDSIGHT_DB?.trim();
  if (override) return override;
  // Join with the target platform's separators, not the running one's, so the answer (and its
  // tests) do not depend on where the code runs.
  const join = platform === 'win32' ? path.win32.join : path.posix.join;
  return join(appDataDir({ platform, env, homedir }), PRODUCT_NAME, DATABASE_FILE_NAME);
}

/** Electron's `app.getPath('appData')`: the per-user folder applications keep their data in. */
function appDataDir({ platform, env, homedir }: PathEnvironment): string {
  if (platform === 'win32') return env.APPDATA || path.win32.join(homedir, 'AppData', 'Roaming');
  if (platform === 'darwin') return path.posix.join(homedir, 'Library', 'Application Support');
  // Linux and the other Unixes: Chromium takes XDG_CONFIG_HOME whenever it is set and non-empty.
  return env.XDG_CONFIG_HOME || path.posix.join(homedir, '.config');
}
