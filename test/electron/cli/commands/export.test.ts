import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MeetingSummary } from '../../../../shared/types';
import { CHROMIUM_PATH, canPrintPdf } from '../../../helpers/chromium';
import { cliSandbox } from '../../../helpers/runHindsight';
import { testCore, value } from '../../../helpers/testCore';

const CACHE = 'cache-invalidation-misconfiguration';
const TITLE = 'Stale product data after cache TTL change';

describe('hindsight export --format md', () => {
  it('prints the report the app exports as Markdown, or writes it to --out', async () => {
    const { runOnDb, importExample, dbPath, folder } = cliSandbox();
    await importExample(CACHE);
    const toStdout = await runOnDb(['export', 'INC-2291', '--format', 'md']);
    expect(toStdout.code).toBe(0);
    expect(toStdout.stdout).toMatch(new RegExp(`^# Postmortem: ${TITLE}\\n`));
    expect(await runOnDb(['export', 'INC-2291', '--format', 'md', '--out', 'report.md'])).toEqual({
      code: 0,
      stdout: `Exported the report of “${TITLE}” (INC-2291) to ${path.join(folder, 'report.md')}.\n`,
      stderr: '',
    });
    expect(fs.readFileSync(path.join(folder, 'report.md'), 'utf8')).toBe(toStdout.stdout);

    const { core, dialogs } = await testCore({ dbPath });
    const [meeting] = await value<MeetingSummary[]>(core, 'meetings.list', {});
    dialogs.savePaths.push(path.join(folder, 'app.md'));
    await value(core, 'report.exportMarkdown', { meetingId: meeting!.id });
    expect(fs.readFileSync(path.join(folder, 'app.md'), 'utf8')).toBe(toStdout.stdout);
  });
});

describe('hindsight export --format pdf', () => {
  it.runIf(canPrintPdf)(
    'prints the report with Chromium, including an item added from the command line',
    async () => {
      const { runOnDb, importExample, folder } = cliSandbox();
      await importExample(CACHE);
      await runOnDb([
        'actions',
        'add',
        'INC-2291',
        '--title',
        'Rotate purge tokens',
        '--owner',
        'Elif Demir',
      ]);
      const { code, stdout, stderr } = await runOnDb(
        ['export', 'INC-2291', '--format', 'pdf', '--out', 'report.pdf', '--paper', 'Letter'],
        { env: { HINDSIGHT_CHROMIUM: CHROMIUM_PATH } },
      );
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      const pdf = path.join(folder, 'report.pdf');
      expect(stdout).toBe(`Exported the report of “${TITLE}” (INC-2291) as PDF (Letter) to ${pdf}.\n`);
      expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792 pts/);
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
      expect(text).toContain(TITLE);
      // A table cell may wrap the title onto a second line.
      expect(text).toMatch(/Rotate\s+purge\s+tokens/);
    },
    60_000,
  );

  it('exits 1 with a clear message for --chromium naming no browser, and writes nothing', async () => {
    const { runOnDb, importExample, folder } = cliSandbox();
    await importExample(CACHE);
    const before = fs.readdirSync(folder);
    expect(
      await runOnDb([
        'export',
        'INC-2291',
        '--format',
        'pdf',
        '--out',
        'report.pdf',
        '--chromium',
        '/nonexistent',
      ]),
    ).toEqual({
      code: 1,
      stdout: '',
      stderr: 'hindsight: No browser at /nonexistent: give the path of a Chromium-based browser.\n',
    });
    expect(fs.readdirSync(folder)).toEqual(before);
  });

  it('takes the browser from $HINDSIGHT_CHROMIUM, and --chromium over it', async () => {
    const { runOnDb } = cliSandbox();
    const env = { HINDSIGHT_CHROMIUM: '/opt/no-such-chrome' };
    const argv = ['export', 'INC-2291', '--format', 'pdf', '--out', 'report.pdf'];
    expect((await runOnDb(argv, { env })).stderr).toBe(
      'hindsight: No browser at /opt/no-such-chrome: give the path of a Chromium-based browser.\n',
    );
    expect((await runOnDb([...argv, '--chromium', '/nonexistent'], { env })).stderr).toContain(
      'No browser at /nonexistent',
    );
  });

  it.each([
    [['--format', 'pdf'], 'hindsight: a PDF is a binary file: add --out FILE.pdf.\n'],
    [['--format', 'pdf', '--out', '-'], 'hindsight: a PDF is a binary file: add --out FILE.pdf.\n'],
    [
      ['--format', 'pdf', '--out', 'r.pdf', '--paper', 'A3'],
      'hindsight: unsupported paper “A3” (supported: A4, Letter).\n',
    ],
    [['--format', 'md', '--paper', 'A4'], 'hindsight: --paper and --chromium apply to --format pdf only.\n'],
    [['--format', 'docx'], 'hindsight: unsupported format “docx” (supported: json, md, pdf).\n'],
  ])('exits 1 for %j before opening a database', async (options, message) => {
    const { runOnDb, dbPath } = cliSandbox();
    expect(await runOnDb(['export', 'INC-2291', ...options])).toEqual({
      code: 1,
      stdout: '',
      stderr: message,
    });
    expect(fs.existsSync(dbPath)).toBe(false);
  });
});
