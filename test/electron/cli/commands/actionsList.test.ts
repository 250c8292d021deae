import { describe, expect, it } from 'vitest';
import { cliSandbox } from '../../../helpers/runHindsight';

const CACHE = 'cache-invalidation-misconfiguration';
const FIRMWARE = 'firmware-packet-drop';

/** Splits a table row into its cells (columns are two or more spaces apart). */
const cells = (line: string) => line.split(/\s{2,}/);

async function bothExamples() {
  const sandbox = cliSandbox();
  await sandbox.importExample(CACHE);
  await sandbox.importExample(FIRMWARE);
  await sandbox.runOnDb([
    'actions',
    'add',
    'INC-2291',
    '--title',
    'Investigate the purge API',
    '--owner',
    'everyone',
  ]);
  return sandbox;
}

describe('hindsight actions list', () => {
  it("lists one meeting's items in priority order with rank, due, status, type, owner and title", async () => {
    const { runOnDb } = await bothExamples();
    const { code, stdout, stderr } = await runOnDb(['actions', 'list', 'INC-2291']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const lines = stdout.trimEnd().split('\n');
    expect(cells(lines[0]!)).toEqual(['RANK', 'DUE', 'STATUS', 'TYPE', 'OWNER', 'TITLE']);
    expect(cells(lines[1]!)).toEqual([
      '1',
      '2026-03-06',
      'Done',
      'Corrective',
      'Platform Edge team',
      'Scope the image TTL rule to /products/images/* and add an explicit never-cache rule for /products/api/*',
    ]);
    // The sandbox's clock is 2026-04-01: an open item due 2026-03-27 is late.
    expect(cells(lines[2]!).slice(0, 5)).toEqual([
      '2',
      '2026-03-27 overdue',
      'In progress',
      'Preventative',
      'Jonas Weber',
    ]);
    expect(lines.map((line) => cells(line)[0])).toEqual(['RANK', '1', '2', '3', '4', '5', '6', '7', '8', '']);
    expect(lines.at(-1)).toBe(
      '      ↳ An investigation, not a change · Owner is not one person or team · No due date · No success measure',
    );
  });

  it("lists every meeting's items without MEETING, most pressing first, each with its meeting and rank", async () => {
    const { runOnDb } = await bothExamples();
    const { code, stdout } = await runOnDb(['actions', 'list']);
    expect(code).toBe(0);
    const rows = stdout
      .trimEnd()
      .split('\n')
      .filter((line) => !line.startsWith(' '))
      .map(cells);
    expect(rows[0]).toEqual(['RANK', 'MEETING', 'DUE', 'STATUS', 'TYPE', 'OWNER', 'TITLE']);
    expect(rows.slice(1)).toHaveLength(15);
    expect(rows[1]!.slice(0, 6)).toEqual([
      '5',
      'INC-3107',
      '2026-02-24 overdue',
      'In progress',
      'Mitigation',
      'Network Engineering',
    ]);
    expect(new Set(rows.slice(1).map((row) => row[1]))).toEqual(new Set(['INC-3107', 'INC-2291']));
  });

  it('prints JSON with --json: each item with its rank, meeting, findings and whether it is overdue', async () => {
    const { runOnDb } = await bothExamples();
    const items = JSON.parse((await runOnDb(['actions', 'list', 'INC-2291', '--json'])).stdout);
    expect(items).toHaveLength(8);
    expect(items[7]).toMatchObject({
      position: 8,
      title: 'Investigate the purge API',
      owner: 'everyone',
      dueDate: null,
      overdue: false,
      createdAt: '2026-04-01T12:00:00.000Z',
      meeting: { incidentId: 'INC-2291', title: 'Stale product data after cache TTL change' },
      findings: [
        expect.objectContaining({ field: 'title', kind: 'vague', hint: expect.any(String) }),
        {
          field: 'owner',
          kind: 'vague',
          message: 'Owner is not one person or team',
          hint: expect.any(String),
        },
        expect.objectContaining({ field: 'dueDate', kind: 'missing' }),
        expect.objectContaining({ field: 'successMeasure', kind: 'missing' }),
      ],
    });
    expect(items[1]).toMatchObject({ position: 2, overdue: true, findings: [] });
    const all = JSON.parse((await runOnDb(['actions', 'list', '--json'])).stdout);
    expect(all).toHaveLength(15);
  });

  it('says so when there are no items, for one meeting or the whole database', async () => {
    const { runOnDb, dbPath } = cliSandbox();
    expect(await runOnDb(['actions', 'list'])).toEqual({
      code: 0,
      stdout: `No action items in any meeting in ${dbPath}.\n`,
      stderr: '',
    });
    expect((await runOnDb(['actions', 'list', '--json'])).stdout).toBe('[]\n');
  });

  it('exits 1 for more than one meeting argument', async () => {
    const { runOnDb } = cliSandbox();
    expect(await runOnDb(['actions', 'list', 'INC-2291', 'INC-3107'])).toMatchObject({
      code: 1,
      stderr: 'hindsight: “actions list” takes [MEETING] (got 2 arguments).\n',
    });
  });
});
