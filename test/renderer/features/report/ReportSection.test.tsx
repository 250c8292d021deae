import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import type { Meeting } from '../../../../shared/types';
import { renderApp } from '../../../helpers/renderApp';
import { tempDir } from '../../../helpers/tempDb';
import { value } from '../../../helpers/testCore';
import { canPrintPdf } from '../../../helpers/chromium';

/** The firmware example, opened on its Report tab. */
async function openReport() {
  const app = await renderApp();
  const meeting = await value<Meeting>(app.core, 'examples.import', { exampleId: 'firmware-packet-drop' });
  await app.user.click(await screen.findByRole('button', { name: meeting.title }));
  await app.user.click(await screen.findByRole('tab', { name: 'Report' }));
  return { ...app, meeting };
}

describe('ReportSection', () => {
  it('previews the report in a sandboxed frame that follows changes to the meeting', async () => {
    const { core, meeting } = await openReport();
    const frame = await screen.findByTitle('Report preview');
    expect(frame).toHaveAttribute('sandbox', '');
    expect(frame.getAttribute('srcdoc')).toContain('Packet drops after top-of-rack switch firmware upgrade');
    await value(core, 'meetings.update', { id: meeting.id, patch: { title: 'Renamed <b>incident</b>' } });
    await waitFor(() =>
      expect(screen.getByTitle('Report preview').getAttribute('srcdoc')).toContain(
        'Renamed &lt;b&gt;incident&lt;/b&gt;',
      ),
    );
  });

  it('exports Markdown to the chosen file and offers to show it in its folder', async () => {
    const { user, dialogs } = await openReport();
    const filePath = path.join(tempDir(), 'report.md');
    dialogs.savePaths.push(filePath);
    await user.click(screen.getByRole('button', { name: 'Export Markdown…' }));
    expect(await screen.findByText(filePath)).toBeInTheDocument();
    expect(fs.readFileSync(filePath, 'utf8')).toContain('## Action items');
    expect(dialogs.requests[0]).toMatchObject({
      kind: 'save',
      defaultName: expect.stringMatching(/INC-3107.*\.md$/),
    });
    await user.click(screen.getByRole('button', { name: 'Show in folder' }));
    await waitFor(() => expect(dialogs.requests.at(-1)).toEqual({ kind: 'show-in-folder', filePath }));
  });

  it.runIf(canPrintPdf)('prints the PDF on the paper chosen with the keyboard, showing progress until it is saved', async () => {
    const { user, dialogs } = await openReport();
    const filePath = path.join(tempDir(), 'report.pdf');
    dialogs.savePaths.push(filePath);
    const a4 = screen.getByRole('radio', { name: 'A4' });
    expect(a4).toBeChecked();
    a4.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'US Letter' })).toBeChecked();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Export PDF…' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('progressbar', { name: 'Making the PDF' })).toBeInTheDocument();
    expect(await screen.findByText(filePath, {}, { timeout: 20_000 })).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(dialogs.requests.find((request) => request.kind === 'print-pdf')).toEqual({
      kind: 'print-pdf',
      paper: 'Letter',
    });
    expect(execFileSync('pdfinfo', [filePath], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792 pts/);
  }, 30_000);

  it('says so when the export is cancelled', async () => {
    const { user } = await openReport();
    await user.click(screen.getByRole('button', { name: 'Export Markdown…' }));
    expect(await screen.findByText('Export cancelled; nothing was written.')).toBeInTheDocument();
  });
});
