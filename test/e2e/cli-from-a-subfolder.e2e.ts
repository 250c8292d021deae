import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { EXAMPLES_DIR } from '../helpers/testCore';
import { tempDir } from '../helpers/tempDb';

const ROOT = path.resolve(__dirname, '../..');
const run = promisify(execFile);

/**
 * `npm run cli -- …` typed in `folder`: npm runs the built CLI (dist/cli, from `npm run build`)
 * in the package root, as it does for a person typing it anywhere below or beside it.
 */
const npmRunCli = (folder: string, args: string[]) =>
  run('npm', ['--prefix', ROOT, 'run', '--silent', 'cli', '--', ...args], { cwd: folder });

describe('npm run cli from another folder', () => {
  it('reads and writes relative paths against the folder it was typed in, not the package root', async () => {
    const folder = path.join(tempDir('hindsight-shell-'), 'notes', 'inc-2291');
    fs.mkdirSync(folder, { recursive: true });
    const example = path.join(EXAMPLES_DIR, 'cache-invalidation-misconfiguration.json');
    fs.copyFileSync(example, path.join(folder, 'bundle.json'));

    await npmRunCli(folder, ['--db', 'hindsight.sqlite', 'import', 'bundle.json']);
    const { stdout } = await npmRunCli(folder, [
      '--db',
      'hindsight.sqlite',
      'export',
      'INC-2291',
      '--format',
      'md',
      '--out',
      'report.md',
    ]);

    expect(stdout).toContain(`to ${path.join(folder, 'report.md')}.`);
    expect(fs.readFileSync(path.join(folder, 'report.md'), 'utf8')).toMatch(/^# Postmortem: /);
    expect(fs.existsSync(path.join(folder, 'hindsight.sqlite'))).toBe(true);
    expect(fs.existsSync(path.join(ROOT, 'report.md'))).toBe(false);
    expect(fs.existsSync(path.join(ROOT, 'hindsight.sqlite'))).toBe(false);
  });
});
