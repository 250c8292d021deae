import fs from 'node:fs';
import path from 'node:path';
import { runCli, type CliIo } from '../../electron/cli/runCli';
import type { MeetingRecords, MeetingSummary } from '../../shared/types';
import { bundleText } from './bundleFactory';
import { EXAMPLES_DIR, testCore, value } from './testCore';
import { tempDir } from './tempDb';

/** A fixed clock, so copies and device ids do not depend on when the test runs. */
export const CLI_NOW = Date.UTC(2026, 3, 1, 12, 0, 0);

/**
 * Runs the CLI in-process in a fresh temp folder (its cwd) with a database file in it, capturing
 * what it prints. `run` keeps the same folder and database across calls; `runOnDb` adds
 * `--db` for that database.
 */
export function cliSandbox() {
  const folder = tempDir('hindsight-cli-');
  const dbPath = path.join(folder, 'hindsight.sqlite');
  const example = (name: string) => path.join(EXAMPLES_DIR, `${name}.json`);
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
  const runOnDb = (argv: string[], io: Partial<CliIo> = {}) => run(['--db', dbPath, ...argv], io);
  /** Imports resources/examples/<name>.json into the sandbox's database, failing the test if it cannot. */
  async function importExample(name: string): Promise<void> {
    const result = await runOnDb(['import', example(name)]);
    if (result.code !== 0) throw new Error(`hindsight import ${name} failed: ${result.stderr}`);
  }
  /** Writes the test bundle (INC-123), changed by `edit`, as `<name>.hindsight.json` in the folder; its path. */
  function writeBundle(name: string, edit?: Parameters<typeof bundleText>[0]): string {
    const file = path.join(folder, `${name}.hindsight.json`);
    fs.writeFileSync(file, bundleText(edit));
    return file;
  }
  /** Writes the test bundle changed by `edit` (as `writeBundle`) and imports it, failing the test if it cannot. */
  async function importBundle(name: string, edit?: Parameters<typeof bundleText>[0]): Promise<void> {
    const result = await runOnDb(['import', writeBundle(name, edit)]);
    if (result.code !== 0) throw new Error(`hindsight import ${name} failed: ${result.stderr}`);
  }
  /** The records of the meeting `incidentId` as the app reads them, from a core of its own. */
  async function records(incidentId: string): Promise<MeetingRecords> {
    const { core } = await testCore({ dbPath });
    const meetings = await value<MeetingSummary[]>(core, 'meetings.list', {});
    const meeting = meetings.find((candidate) => candidate.incidentId === incidentId);
    if (!meeting) throw new Error(`no meeting ${incidentId} in ${dbPath}`);
    return value<MeetingRecords>(core, 'meetings.get', { id: meeting.id });
  }
  return { folder, dbPath, run, runOnDb, example, importExample, writeBundle, importBundle, records };
}
