import { name as packageName } from '../../package.json';

/**
 * The folder that relative paths on the command line (`--out`, `--db`, files to import) are read
 * against: the one the person typed the command in. `npm run cli -- …` runs the CLI in the package
 * root, wherever it was typed, and tells where that was in INIT_CWD. INIT_CWD is trusted only when
 * npm is running this package's own `cli` script: under another package's script it may name a
 * folder that script has since left.
 */
export function invocationFolder(env: Readonly<Record<string, string | undefined>>, cwd: string): string {
  const viaNpmRunCli = env.npm_lifecycle_event === 'cli' && env.npm_package_name === packageName;
  return viaNpmRunCli && env.INIT_CWD ? env.INIT_CWD : cwd;
}
