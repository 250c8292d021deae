import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MeetingSummary } from '../../../../shared/types';
import { cliSandbox } from '../../../helpers/runHindsight';
import { testCore, value } from '../../../helpers/testCore';

const CACHE = 'cache-invalidation-misconfiguration';

/** What the app's "Export…" writes for the cache example, in `format`, read back from the file it saved. */
async function appExport(dbPath: string, folder: string, format: 'csv' | 'markdown'): Promise<string> {
  const { core, dialogs } = await testCore({ dbPath });
  const [meeting] = await value<MeetingSummary[]>(core, 'meetings.list', {});
  const filePath = path.join(folder, `app.${format}`);
  dialogs.savePaths.push(filePath);
  await value(core, 'actionItems.exportToFile', { meetingId: meeting!.id, format });
  return fs.readFileSync(filePath, 'utf8');
}

describe('hindsight actions export', () => {
  it('writes the CSV the app exports to --out and says where', async () => {
    const { runOnDb, importExample, dbPath, folder } = cliSandbox();
    await importExample(CACHE);
    expect(await runOnDb(['actions', 'export', 'INC-2291', '--format', 'csv', '--out', 'items.csv'])).toEqual(
      {
        code: 0,
        stdout: `Exported the action items of “Stale product data after cache TTL change” (INC-2291) to ${path.join(folder, 'items.csv')}.\n`,
        stderr: '',
      },
    );
    const csv = fs.readFileSync(path.join(folder, 'items.csv'), 'utf8');
    expect(csv).toBe(await appExport(dbPath, folder, 'csv'));
    const lines = csv.split('\r\n');
    expect(lines[0]).toMatch(/^Summary,Description,Assignee,Due Date,Priority Rank,/);
    expect(lines[1]).toMatch(/^Scope the image TTL rule to \/products\/images\/\*/);
  });

  it('prints the Markdown checklist the app exports to standard output', async () => {
    const { runOnDb, importExample, dbPath, folder } = cliSandbox();
    await importExample(CACHE);
    const { code, stdout } = await runOnDb(['actions', 'export', 'INC-2291', '--format', 'md']);
    expect(code).toBe(0);
    expect(stdout).toBe(await appExport(dbPath, folder, 'markdown'));
    expect(stdout).toMatch(/^## Action items: Stale product data after cache TTL change \(INC-2291\)\n/);
  });

  it.each([
    [[], 'hindsight: missing --format: hindsight actions export MEETING --format csv|md\n'],
    [['--format', 'xlsx'], 'hindsight: unsupported format “xlsx” (supported: csv, md).\n'],
  ])('exits 1 for format options %j and writes nothing', async (options, message) => {
    const { runOnDb, dbPath, folder } = cliSandbox();
    expect(await runOnDb(['actions', 'export', 'INC-2291', ...options, '--out', 'items.csv'])).toEqual({
      code: 1,
      stdout: '',
      stderr: message,
    });
    expect(fs.readdirSync(folder)).toEqual([]);
    expect(fs.existsSync(dbPath)).toBe(false);
  });
});
