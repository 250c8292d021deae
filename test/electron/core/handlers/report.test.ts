import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core/createCore';
import type { SavedFile } from '../../../../shared/contract/library';
import { renderReportMarkdown } from '../../../../shared/domain/report/toMarkdown';
import type { Meeting, MeetingRecords } from '../../../../shared/types';
import { failure } from '../../../helpers/factories';
import { tempDir } from '../../../helpers/tempDb';
import { testCore, value } from '../../../helpers/testCore';
import { canPrintPdf } from '../../../helpers/chromium';

async function firmwareMeeting(core: Core): Promise<Meeting> {
  return value<Meeting>(core, 'examples.import', { exampleId: 'firmware-packet-drop' });
}

describe('report.exportMarkdown', () => {
  it('saves the report under the meeting’s date, incident and title, and answers the path', async () => {
    const { core, dialogs } = await testCore();
    const meeting = await firmwareMeeting(core);
    const filePath = path.join(tempDir(), 'report.md');
    dialogs.savePaths.push(filePath);
    const saved = await value<SavedFile>(core, 'report.exportMarkdown', { meetingId: meeting.id });
    expect(saved).toEqual({ filePath });
    expect(dialogs.requests).toEqual([
      {
        kind: 'save',
        defaultName: '2026-02-17-INC-3107-packet-drops-after-top-of-rack-switch-firmware-upgrade.md',
      },
    ]);
    const records = await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id });
    expect(fs.readFileSync(filePath, 'utf8')).toBe(renderReportMarkdown(records));
  });

  it('writes a meeting that follows the computer’s clock in the asking window’s, and its own clock otherwise', async () => {
    const { core, dialogs } = await testCore();
    const meeting = await firmwareMeeting(core);
    const exported = async (systemClock: '24h' | '12h') => {
      const filePath = path.join(tempDir(), 'report.md');
      dialogs.savePaths.push(filePath);
      await value(core, 'report.exportMarkdown', { meetingId: meeting.id, systemClock });
      return fs.readFileSync(filePath, 'utf8');
    };
    const times = (markdown: string) => markdown.match(/\*\*Started:\*\* [^\n]*/)?.[0];
    // One clock throughout: the incident times and every row of the timeline table.
    const twelve = await exported('12h');
    expect(times(twelve)).toMatch(/^\*\*Started:\*\* 2026-02-17 \d{1,2}:\d{2}:\d{2} [AP]M UTC$/);
    expect(twelve).not.toMatch(/\d{2}:\d{2}:\d{2}(?! [AP]M)/);
    expect(await exported('24h')).toBe(
      renderReportMarkdown(await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id })),
    );

    await value(core, 'meetings.update', { id: meeting.id, patch: { clockFormat: '24h' } });
    expect(await exported('12h')).not.toMatch(/ [AP]M/);
  });

  it('writes nothing and answers null when the person cancels', async () => {
    const { core, dialogs } = await testCore();
    const meeting = await firmwareMeeting(core);
    dialogs.savePaths.push(null);
    expect(await value(core, 'report.exportMarkdown', { meetingId: meeting.id })).toBeNull();
  });

  it('reports a folder it cannot write to as a file error', async () => {
    const { core, dialogs } = await testCore();
    const meeting = await firmwareMeeting(core);
    dialogs.savePaths.push(path.join(tempDir(), 'missing-folder', 'report.md'));
    expect(await failure(core, 'report.exportMarkdown', { meetingId: meeting.id })).toMatchObject({
      code: 'file-error',
    });
  });

  it('refuses a meeting that does not exist before asking for a path', async () => {
    const { core, dialogs } = await testCore();
    const error = await failure(core, 'report.exportMarkdown', { meetingId: crypto.randomUUID() });
    expect(error.code).toBe('not-found');
    expect(dialogs.requests).toEqual([]);
  });
});

describe('report.html', () => {
  it('answers the preview document, without the print-only page box', async () => {
    const { core } = await testCore();
    const meeting = await firmwareMeeting(core);
    const html = await value<string>(core, 'report.html', { meetingId: meeting.id, paper: 'Letter' });
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('Packet drops after top-of-rack switch firmware upgrade');
    expect(html).not.toContain('@page');
  });

  it('refuses a paper size it does not know', async () => {
    const { core } = await testCore();
    const meeting = await firmwareMeeting(core);
    expect(await failure(core, 'report.html', { meetingId: meeting.id, paper: 'A3' })).toMatchObject({
      code: 'invalid-input',
      issues: [{ path: 'paper', message: 'not a paper size (A4 or Letter)' }],
    });
  });
});

describe('report.exportPdf', () => {
  it.runIf(canPrintPdf)('prints the report on the chosen paper and saves the PDF', async () => {
    const { core, dialogs } = await testCore();
    const meeting = await firmwareMeeting(core);
    const filePath = path.join(tempDir(), 'report.pdf');
    dialogs.savePaths.push(filePath);
    const saved = await value<SavedFile>(core, 'report.exportPdf', {
      meetingId: meeting.id,
      paper: 'Letter',
    });
    expect(saved).toEqual({ filePath });
    expect(dialogs.requests.map((request) => request.kind)).toEqual(['save', 'print-pdf']);
    expect(dialogs.requests[0]!.defaultName).toMatch(/^2026-02-17-INC-3107-.*\.pdf$/);
    expect(execFileSync('pdfinfo', [filePath], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792 pts/);
    expect(execFileSync('pdftotext', [filePath, '-'], { encoding: 'utf8' })).toContain('Incident summary');
  });

  it('answers a clear error where the host cannot print', async () => {
    const { core } = await testCore({
      host: { chooseSavePath: async () => '/tmp/x.pdf', chooseDatabaseFile: async () => null },
    });
    const meeting = await firmwareMeeting(core);
    expect(await failure(core, 'report.exportPdf', { meetingId: meeting.id })).toMatchObject({
      code: 'file-error',
      message: 'PDF printing is not available here.',
    });
  });
});

describe('report.showInFolder', () => {
  it('asks the host to show a report this session exported', async () => {
    const { core, dialogs } = await testCore();
    const meeting = await value<Meeting>(core, 'meetings.create', { title: 'Checkout outage' });
    const filePath = path.join(tempDir(), 'report.md');
    dialogs.savePaths.push(filePath);
    await value(core, 'report.exportMarkdown', { meetingId: meeting.id });
    dialogs.requests.length = 0;
    expect(await value(core, 'report.showInFolder', { filePath })).toBeNull();
    expect(dialogs.requests).toEqual([{ kind: 'show-in-folder', filePath }]);
  });

  it('refuses a report-like file it did not write, so existence cannot be probed', async () => {
    const { core, dialogs } = await testCore();
    const filePath = path.join(tempDir(), 'elsewhere.md');
    fs.writeFileSync(filePath, '# Not ours\n');
    expect(await failure(core, 'report.showInFolder', { filePath })).toMatchObject({ code: 'not-found' });
    expect(dialogs.requests).toEqual([]);
  });

  it('refuses a path that is not an exported report', async () => {
    const { core, dialogs } = await testCore();
    expect(await failure(core, 'report.showInFolder', { filePath: '/etc/passwd' })).toMatchObject({
      code: 'not-found',
    });
    expect(dialogs.requests).toEqual([]);
  });
});
