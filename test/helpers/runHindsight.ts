import path from 'node:path';
import { runCli, type CliIo } from '../../electron/cli/runCli';
import { EXAMPLES_DIR } from './testCore';
import { tempDir } from './tempDb';

/** A fixed clock, so copies and device ids do not depend on when the test runs. */
export const CLI_NOW = Date.UTC(2026, 3, 1, 12, 0, 0);

/**
 * Runs the CLI in-process in a fresh temp folder (its cwd) with a database file in it, capturing
 * what it prints. `run` keeps the same folder and database across calls.
 */
export function cliSandbox() {
  const folder = tempDir('hindsight-cli-');
  const dbPath = path.join(folder, 'hindsight.sqlite');
  async function run(argv: string[], io: Partial<CliIo> = {}) {
    let stdout = '';
    let stderr = '';
    const code = await runCli(
      argv,
      {
        stdout: (text) => void (stdout += text),
        stderr: (text) => void (stderr += text),
        cwd: folder,
        env: {},
        now: () => CLI_NOW,
        platform: 'linux',
        homedir: path.join(folder, 'home'),
        ...io,
      },
      { examplesDir: EXAMPLES_DIR, version: '1.2.3' },
    );
    return { code, stdout, stderr };
  }
  return { folder, dbPath, run, example: (name: string) => path.join(EXAMPLES_DIR, `${name}.json`) };
}
