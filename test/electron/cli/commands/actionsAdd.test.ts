import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cliSandbox } from '../../../helpers/runHindsight';

const CACHE = 'cache-invalidation-misconfiguration';
const MEETING = '“Stale product data after cache TTL change” (INC-2291)';

async function cacheSandbox() {
  const sandbox = cliSandbox();
  await sandbox.importExample(CACHE);
  const liveItems = async () =>
    (await sandbox.records('INC-2291')).actionItems.filter((item) => item.deletedAt === null);
  return { ...sandbox, liveItems };
}

describe('hindsight actions add', () => {
  it('adds a complete item last in priority, reads a relative due date and finds nothing missing', async () => {
    const { runOnDb, liveItems } = await cacheSandbox();
    const { code, stdout, stderr } = await runOnDb([
      'actions',
      'add',
      'INC-2291',
      '--title',
      'Alert when the edge serves a cached /products/api response',
      '--owner',
      'Lukas Brandt',
      // The sandbox's clock is 2026-04-01.
      '--due',
      'in 2 weeks',
      '--type',
      'detective',
      '--measure',
      'The staging drill pages Catalog on-call within 5 minutes',
      '--question',
      'detect',
      '--status',
      'in-progress',
      '--link',
      'https://tracker.example.com/browse/CAT-2300',
    ]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const added = (await liveItems()).find((item) => item.owner === 'Lukas Brandt' && item.rank === 7)!;
    expect(added).toMatchObject({
      title: 'Alert when the edge serves a cached /products/api response',
      dueDate: '2026-04-15',
      type: 'detective',
      question: 'detect',
      status: 'in-progress',
      successMeasure: 'The staging drill pages Catalog on-call within 5 minutes',
      trackerUrl: 'https://tracker.example.com/browse/CAT-2300',
    });
    expect(stdout.split('\n')).toEqual([
      `Added an action item to ${MEETING}:`,
      '  rank     8',
      '  title    Alert when the edge serves a cached /products/api response',
      '  owner    Lukas Brandt',
      '  due      2026-04-15',
      '  type     Detective',
      '  question Detect earlier',
      '  status   In progress',
      '  measure  The staging drill pages Catalog on-call within 5 minutes',
      '  link     https://tracker.example.com/browse/CAT-2300',
      `  id       ${added.id}`,
      'Quality checks: nothing missing.',
      '',
    ]);
  });

  it('takes the type from --question and nudges about what a vague item lacks, saving it anyway', async () => {
    const { runOnDb, liveItems } = await cacheSandbox();
    const { code, stdout } = await runOnDb([
      'actions',
      'add',
      'INC-2291',
      '--title',
      'Improve monitoring',
      '--question',
      'prevent',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('  type     Preventative\n');
    expect(stdout.slice(stdout.indexOf('Quality checks')).split('\n')).toEqual([
      'Quality checks (nudges; the item is saved as it is):',
      expect.stringMatching(/^ {2}- Does not say what to watch: Name the signal and the threshold/),
      expect.stringMatching(/^ {2}- No owner: /),
      expect.stringMatching(/^ {2}- No due date: /),
      expect.stringMatching(/^ {2}- No success measure: /),
      '',
    ]);
    expect((await liveItems()).find((item) => item.title === 'Improve monitoring')).toMatchObject({
      type: 'preventative',
      owner: '',
      dueDate: null,
    });
  });

  it('exits 1 for a due date it cannot read, before any database is opened', async () => {
    const { runOnDb, dbPath } = cliSandbox();
    const { code, stdout, stderr } = await runOnDb([
      'actions',
      'add',
      'INC-2291',
      '--title',
      'X',
      '--due',
      'someday',
    ]);
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr.split('\n')).toEqual([
      'hindsight: Not added: the due date cannot be read.',
      expect.stringMatching(/^--due: “someday” is not a date\. Try 2026-12-01/),
      '',
    ]);
    expect(fs.existsSync(dbPath)).toBe(false);
  });

  it('prints what the core refuses as "path: message", exits 1 and adds nothing', async () => {
    const { runOnDb, liveItems } = await cacheSandbox();
    const { code, stdout, stderr } = await runOnDb([
      'actions',
      'add',
      'INC-2291',
      '--title',
      '',
      '--type',
      'wishful',
      '--status',
      'someday',
    ]);
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr.trimEnd().split('\n').slice(1)).toEqual([
      'title: empty',
      expect.stringMatching(/^type: Invalid option: expected one of "preventative"/),
      expect.stringMatching(/^status: Invalid option: expected one of "open"/),
    ]);
    expect(await liveItems()).toHaveLength(7);
  });

  it('exits 1 without --title and names the option', async () => {
    const { runOnDb, dbPath } = cliSandbox();
    expect(await runOnDb(['actions', 'add', 'INC-2291', '--owner', 'Elif Demir'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'hindsight: missing --title: hindsight actions add MEETING --title TEXT\n',
    });
    expect(fs.existsSync(dbPath)).toBe(false);
  });
});
