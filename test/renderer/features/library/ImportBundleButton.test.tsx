import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { Meeting, MeetingSummary } from '../../../../shared/types';
import { renderApp } from '../../../helpers/renderApp';
import { tempDir } from '../../../helpers/tempDb';
import { testCore, value } from '../../../helpers/testCore';
import type { Core } from '../../../../electron/core/createCore';

/** The bundle text of a meeting, as a real core's "Export bundle" writes it. */
async function exportedBundle(core: Core, dialogs: { savePaths: (string | null)[] }, meetingId: string) {
  const file = path.join(tempDir(), 'export.json');
  dialogs.savePaths.push(file);
  await value(core, 'bundle.exportToFile', { meetingId });
  return fs.readFileSync(file, 'utf8');
}

async function bundleFromAnotherLaptop(title: string): Promise<string> {
  const { core, dialogs } = await testCore();
  const meeting = await value<Meeting>(core, 'meetings.create', { title });
  return exportedBundle(core, dialogs, meeting.id);
}

const fileInput = () => screen.getByLabelText<HTMLInputElement>('Meeting bundle file');
const jsonFile = (content: string, name: string) => new File([content], name, { type: 'application/json' });

describe('ImportBundleButton', () => {
  it('imports a bundle from another laptop and selects the new meeting', async () => {
    const content = await bundleFromAnotherLaptop('Stale search index');
    const { user, core } = await renderApp();
    await screen.findByRole('heading', { name: 'Run a blameless postmortem' });
    await user.upload(fileInput(), jsonFile(content, 'stale.json'));
    expect(await screen.findByRole('button', { name: 'Stale search index' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Imported “Stale search index” from stale.json.');
    expect(await value<MeetingSummary[]>(core, 'meetings.list', {})).toHaveLength(1);
  });

  it('lists every problem of an invalid bundle with its JSON path and changes nothing', async () => {
    const bundle = JSON.parse(await bundleFromAnotherLaptop('Broken'));
    bundle.meeting.startedAt = 'yesterday morning';
    bundle.agenda[2].plannedSeconds = -5;
    const { user, core } = await renderApp();
    await value(core, 'meetings.create', { title: 'Already here' });
    await screen.findByRole('button', { name: 'Already here' });

    await user.upload(fileInput(), jsonFile(JSON.stringify(bundle), 'broken.json'));
    const dialog = await screen.findByRole('alertdialog', { name: 'broken.json was not imported' });
    const issues = within(dialog)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(issues).toEqual([
      expect.stringMatching(/^meeting\.startedAt: not a date/),
      expect.stringMatching(/^agenda\[2\]\.plannedSeconds: /),
    ]);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    const stored = await value<MeetingSummary[]>(core, 'meetings.list', {});
    expect(stored.map((meeting) => meeting.title)).toEqual(['Already here']);
  });

  it('explains a file that is not JSON at all', async () => {
    const { user, core } = await renderApp();
    await screen.findByRole('heading', { name: 'Run a blameless postmortem' });
    await user.upload(fileInput(), jsonFile('{ "format": "hindsight.meeting-bundle", ', 'truncated.json'));
    const dialog = await screen.findByRole('alertdialog', { name: 'truncated.json was not imported' });
    expect(within(dialog).getByRole('listitem')).toHaveTextContent(/^not valid JSON/);
    expect(await value(core, 'meetings.list', {})).toEqual([]);
  });

  it('offers to import a meeting that is already in the library as a copy', async () => {
    const { user, core, dialogs } = await renderApp();
    const meeting = await value<Meeting>(core, 'meetings.create', { title: 'Checkout outage' });
    const content = await exportedBundle(core, dialogs, meeting.id);
    await screen.findByRole('button', { name: 'Checkout outage' });

    await user.upload(fileInput(), jsonFile(content, 'checkout.json'));
    const dialog = await screen.findByRole('alertdialog', { name: 'This meeting is already in the library' });
    await user.click(within(dialog).getByRole('button', { name: 'Import as copy' }));
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Checkout outage' })).toHaveLength(2));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Imported “Checkout outage” as a copy from checkout.json.',
    );
  });
});
