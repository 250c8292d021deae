import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { testCore, value } from '../../helpers/testCore';
import { cliSandbox } from '../../helpers/runHindsight';
import { damageIndex } from '../../helpers/sqliteFixtures';

const FIRMWARE = 'firmware-packet-drop';
const CACHE = 'cache-invalidation-misconfiguration';

describe('hindsight list', () => {
  it('says there are no meetings in an empty database and names the file', async () => {
    const { run, dbPath } = cliSandbox();
    expect(await run(['--db', dbPath, 'list'])).toEqual({
      code: 0,
      stdout: `No meetings in ${dbPath}.\n`,
      stderr: '',
    });
  });

  it('shows an imported meeting with its last change, id, incident id, severity, status and title', async () => {
    const { run, dbPath, example } = cliSandbox();
    expect((await run(['--db', dbPath, 'import', example(FIRMWARE)])).code).toBe(0);
    const { code, stdout } = await run(['--db', dbPath, 'list']);
    expect(code).toBe(0);
    const [header, row, ...rest] = stdout.trimEnd().split('\n');
    expect(header!.split(/\s{2,}/)).toEqual([
      'UPDATED (UTC)',
      'ID',
      'INCIDENT',
      'SEVERITY',
      'STATUS',
      'TITLE',
    ]);
    expect(row!.split(/\s{2,}/)).toEqual([
      '2026-02-19 16:08',
      expect.stringMatching(/^[0-9a-f-]{36}$/),
      'INC-3107',
      'SEV-1',
      'review',
      'Packet drops after top-of-rack switch firmware upgrade',
    ]);
    expect(rest).toEqual([]);
  });

  it('prints JSON for scripts with --json, times as ISO 8601', async () => {
    const { run, dbPath, example } = cliSandbox();
    await run(['--db', dbPath, 'import', example(CACHE)]);
    const { code, stdout } = await run(['--db', dbPath, 'list', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject([
      { incidentId: 'INC-2291', severity: 'SEV-2', status: 'review', updatedAt: '2026-03-09T14:07:40.000Z' },
    ]);
  });
});

describe('hindsight import', () => {
  it('prints every problem of a bad bundle as "path: message", exits 1 and imports nothing', async () => {
    const { run, dbPath, writeBundle } = cliSandbox();
    const file = writeBundle('broken', (bundle) => {
      bundle.timeline[1]!.at = 'yesterday';
      bundle.meeting.status = 'archived';
    });
    const { code, stdout, stderr } = await run(['--db', dbPath, 'import', file]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toEqual([
      'hindsight: broken.hindsight.json cannot be imported (2 problems); nothing was changed.',
      expect.stringMatching(/^meeting\.status: Invalid option: expected one of /),
      'timeline[1].at: not a date (expected ISO 8601, e.g. 2026-03-05T09:31:05Z)',
      '',
    ]);
    expect((await run(['--db', dbPath, 'list', '--json'])).stdout).toBe('[]\n');
  });

  it('refuses a meeting already in the library, points at --as-copy, and --as-copy imports it', async () => {
    const { run, dbPath, example } = cliSandbox();
    await run(['--db', dbPath, 'import', example(CACHE)]);
    const again = await run(['--db', dbPath, 'import', example(CACHE)]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('is already in the library');
    expect(again.stderr).toContain(`hindsight import --as-copy ${example(CACHE)}`);
    const copy = await run(['--db', dbPath, 'import', '--as-copy', example(CACHE)]);
    expect(copy).toMatchObject({ code: 0, stdout: expect.stringContaining('as a copy') });
    expect(JSON.parse((await run(['--db', dbPath, 'list', '--json'])).stdout)).toHaveLength(2);
  });

  it('exits 1 naming a file it cannot read, without creating a database', async () => {
    const { run, dbPath, folder } = cliSandbox();
    const { code, stderr } = await run(['--db', dbPath, 'import', 'missing.json']);
    expect(code).toBe(1);
    expect(stderr).toBe(`hindsight: Cannot read ${path.join(folder, 'missing.json')}: no such file.\n`);
    expect(fs.existsSync(dbPath)).toBe(false);
  });
});

describe('hindsight export', () => {
  it('writes the bytes the app exports, to a file with --out or to standard output', async () => {
    const { run, dbPath, example, folder } = cliSandbox();
    await run(['--db', dbPath, 'import', example(CACHE)]);
    const toFile = await run(['--db', dbPath, 'export', 'INC-2291', '--format', 'json', '--out', 'out.json']);
    expect(toFile).toMatchObject({ code: 0, stdout: expect.stringContaining(path.join(folder, 'out.json')) });
    const toStdout = await run(['--db', dbPath, 'export', 'INC-2291']);
    expect(await run(['--db', dbPath, 'export', 'INC-2291', '--out', '-'])).toEqual(toStdout);

    const { core, dialogs } = await testCore({ dbPath });
    const [meeting] = await value<{ id: string }[]>(core, 'meetings.list', {});
    dialogs.savePaths.push(path.join(folder, 'app.json'));
    await value(core, 'bundle.exportToFile', { meetingId: meeting!.id });
    const appBytes = fs.readFileSync(path.join(folder, 'app.json'), 'utf8');
    expect(fs.readFileSync(path.join(folder, 'out.json'), 'utf8')).toBe(appBytes);
    expect(toStdout.stdout).toBe(appBytes);
    expect(appBytes).toBe(fs.readFileSync(example(CACHE), 'utf8'));
  });

  it('finds a meeting by incident id in any case, or by a unique prefix of its id', async () => {
    const { run, dbPath, example } = cliSandbox();
    await run(['--db', dbPath, 'import', example(FIRMWARE)]);
    await run(['--db', dbPath, 'import', example(CACHE)]);
    const [cache] = JSON.parse((await run(['--db', dbPath, 'list', '--json'])).stdout) as { id: string }[];
    const byIncident = await run(['--db', dbPath, 'export', 'inc-2291']);
    const byPrefix = await run(['--db', dbPath, 'export', cache!.id.slice(0, 8)]);
    expect(JSON.parse(byIncident.stdout).meeting.id).toBe(cache!.id);
    expect(byPrefix.stdout).toBe(byIncident.stdout);
  });

  it('exits 1 for a meeting it does not know', async () => {
    const { run, dbPath, example } = cliSandbox();
    await run(['--db', dbPath, 'import', example(FIRMWARE)]);
    const { code, stdout, stderr } = await run(['--db', dbPath, 'export', 'INC-9999']);
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toMatch(/^hindsight: No meeting matches “INC-9999”/);
  });

  it('exits 1 for a reference that matches several meetings and lists them instead of guessing', async () => {
    const { run, dbPath, example } = cliSandbox();
    await run(['--db', dbPath, 'import', example(FIRMWARE)]);
    await run(['--db', dbPath, 'import', '--as-copy', example(FIRMWARE)]);
    const { code, stdout, stderr } = await run(['--db', dbPath, 'export', 'INC-3107']);
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    const lines = stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('hindsight: “INC-3107” matches 2 meetings; give more of the id:');
    expect(lines.slice(1)).toEqual([
      expect.stringContaining('INC-3107'),
      expect.stringContaining('INC-3107'),
    ]);
  });

  it('exits 1 for a format it cannot write', async () => {
    const { run, dbPath } = cliSandbox();
    expect(await run(['--db', dbPath, 'export', 'INC-1', '--format', 'xml'])).toMatchObject({
      code: 1,
      stderr: 'hindsight: unsupported format “xml” (supported: json, md, pdf).\n',
    });
  });
});

describe('hindsight on a damaged database', () => {
  it('waits for the full check and exits 2 before a command writes to a file it finds damaged', async () => {
    const { run, dbPath, example } = cliSandbox();
    expect((await run(['--db', dbPath, 'import', example(FIRMWARE)])).code).toBe(0);
    const raw = new Database(dbPath);
    // Passes the open's few-page check; only the full check, run after the open, sees it.
    damageIndex(raw, 'timeline_events_by_meeting', 'id');
    raw.close();

    const { code, stdout, stderr } = await run(['--db', dbPath, 'import', example(CACHE)]);

    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toMatch(
      /^hindsight: Cannot open the database .*: it is damaged \(.*timeline_events_by_meeting/,
    );
    const after = new Database(dbPath, { readonly: true });
    expect(after.prepare('SELECT incident_id AS incident FROM meetings').all()).toEqual([
      { incident: 'INC-3107' },
    ]);
    after.close();
  });
});
