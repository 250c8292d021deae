import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_OPTIONS } from '../../../electron/cli/command';
import { cliSandbox } from '../../helpers/runHindsight';

describe('hindsight --help', () => {
  it.each([['--help'], ['-h'], ['help']])(
    '%s exits 0 and documents every command, option and exit code',
    async (flag) => {
      const { run } = cliSandbox();
      const { code, stdout, stderr } = await run([flag]);
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      for (const text of [
        'list',
        'import FILE.json',
        'export MEETING',
        '--db PATH',
        '--json',
        '--as-copy',
        '--format json',
        '--out FILE',
        '--version',
        'HINDSIGHT_DB',
        'timeline import MEETING FILE… [--format F] [--people MAP] [--keyword W]',
        '[--repeated-hour first|second] [--skip-bad-rows] [--json]',
        'metrics MEETING [--json]',
        'review MEETING [--json]',
        'actions add MEETING --title TEXT',
        'actions list [MEETING] [--json]',
        'actions export MEETING --format csv|md [--out FILE]',
        'export MEETING [--format json|md|pdf]',
        'HINDSIGHT_CHROMIUM',
      ]) {
        expect(stdout).toContain(text);
      }
      // Every option, each on a help line of its own.
      for (const option of Object.keys(CLI_OPTIONS)) {
        expect(stdout).toMatch(new RegExp(`^ {2}(-\\w, )?--${option}\\b`, 'm'));
      }
      expect(stdout).toMatch(
        /Exit codes:\n\s+0 {2}Success\.\n\s+1 {2}Bad usage or input.*\n(.*\n)*\s+2 {2}The database cannot be opened/,
      );
    },
  );

  it('shows the database this run would open by default', async () => {
    const { run, folder } = cliSandbox();
    expect((await run(['--help'])).stdout).toContain(
      path.join(folder, 'home', '.config', 'Hindsight', 'hindsight.sqlite'),
    );
  });

  it('prints the usage on stderr and exits 1 when no command is given', async () => {
    const { run } = cliSandbox();
    expect(await run([])).toMatchObject({
      code: 1,
      stdout: '',
      stderr: expect.stringContaining('Usage: hindsight'),
    });
  });
});

describe('hindsight --version', () => {
  it('prints the version and exits 0', async () => {
    const { run } = cliSandbox();
    expect(await run(['--version'])).toEqual({ code: 0, stdout: 'hindsight 1.2.3\n', stderr: '' });
  });
});

describe('hindsight usage errors', () => {
  it.each([
    ['an unknown command', ['frobnicate'], 'unknown command “frobnicate”'],
    ['an unknown option', ['list', '--jsn'], "Unknown option '--jsn'"],
    ['an option without its value', ['list', '--db'], "Option '--db <value>' argument missing"],
    ['an option of another command', ['list', '--as-copy'], '--as-copy does not apply to “list”'],
    ['a missing file argument', ['import'], 'missing argument: hindsight import FILE.json'],
    [
      'a missing meeting argument',
      ['export', '--out', 'x.json'],
      'missing argument: hindsight export MEETING',
    ],
    ['an extra argument', ['list', 'everything'], '“list” takes no argument'],
    ['a command group without its command', ['actions'], '“actions” needs one of: add, list, export'],
    [
      'an option of another command in a group',
      ['actions', 'list', '--title', 'x'],
      '--title does not apply to “actions list”',
    ],
    [
      'a missing meeting and file',
      ['timeline', 'import'],
      'missing argument: hindsight timeline import MEETING FILE',
    ],
  ])('exits 1 for %s, says what is wrong and touches no database', async (_case, argv, message) => {
    const { run, dbPath } = cliSandbox();
    const { code, stdout, stderr } = await run(['--db', dbPath, ...argv]);
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toContain(message);
    expect(fs.existsSync(dbPath)).toBe(false);
  });
});

describe('hindsight database problems', () => {
  it('exits 2 for a file that is not a database, names it, and leaves it as it was', async () => {
    const { run, folder } = cliSandbox();
    const garbage = path.join(folder, 'notes.sqlite');
    const bytes = Buffer.from('these are meeting notes, not a SQLite database\n'.repeat(200));
    fs.writeFileSync(garbage, bytes);
    const { code, stdout, stderr } = await run(['--db', garbage, 'list']);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toBe(
      `hindsight: Cannot open the database ${garbage}: it is not a SQLite database. The file has not been changed.\n`,
    );
    expect(fs.readFileSync(garbage).equals(bytes)).toBe(true);
    expect(fs.readdirSync(folder)).toEqual(['notes.sqlite']);
  });

  it('exits 2 for a database path that is a folder', async () => {
    const { run, folder } = cliSandbox();
    const { code, stderr } = await run(['--db', folder, 'list']);
    expect(code).toBe(2);
    expect(stderr).toContain(folder);
  });
});

describe('hindsight database location', () => {
  it('opens $HINDSIGHT_DB, relative to the working folder, when no --db is given', async () => {
    const { run, folder } = cliSandbox();
    const { code, stdout } = await run(['list'], { env: { HINDSIGHT_DB: 'team.sqlite' } });
    expect({ code, stdout }).toEqual({
      code: 0,
      stdout: `No meetings in ${path.join(folder, 'team.sqlite')}.\n`,
    });
    expect(fs.existsSync(path.join(folder, 'team.sqlite'))).toBe(true);
  });

  it('opens the app’s own database when neither --db nor $HINDSIGHT_DB is given', async () => {
    const { run, folder } = cliSandbox();
    const appDatabase = path.join(folder, 'home', '.config', 'Hindsight', 'hindsight.sqlite');
    expect((await run(['list'])).stdout).toBe(`No meetings in ${appDatabase}.\n`);
  });
});
