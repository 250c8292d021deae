import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import type { Meeting } from '../../../../shared/types';
import { renderApp } from '../../../helpers/renderApp';
import { EXAMPLES_DIR, value } from '../../../helpers/testCore';

const exampleText = (id: string) => fs.readFileSync(path.join(EXAMPLES_DIR, `${id}.json`), 'utf8');

/** The firmware example imported as is (ids kept), open on its Report tab. */
async function openReport() {
  const app = await renderApp();
  const meeting = await value<Meeting>(app.core, 'bundle.import', {
    content: exampleText('firmware-packet-drop'),
  });
  await app.user.click(await screen.findByRole('button', { name: meeting.title }));
  await app.user.click(await screen.findByRole('tab', { name: 'Report' }));
  return { ...app, meeting };
}

function noteTakerBundle(): File {
  const bundle = JSON.parse(exampleText('firmware-packet-drop'));
  bundle.lessons.push({
    ...bundle.lessons[0],
    id: '00000000-0000-4000-8000-0000000000aa',
    text: 'Captured offline by the note-taker',
  });
  return new File([JSON.stringify(bundle)], 'wei-notes.json', { type: 'application/json' });
}

describe('MergeBundlePanel', () => {
  it('shows what a note-taker’s bundle would change, and merges it only when asked', async () => {
    const { user } = await openReport();
    await user.upload(screen.getByLabelText('Note-taker’s bundle file'), noteTakerBundle());
    expect(await screen.findByText('Merging wei-notes.json would make these changes:')).toBeInTheDocument();
    expect(screen.getByText('1 record added')).toBeInTheDocument();
    expect(screen.getByTitle('Report preview').getAttribute('srcdoc')).not.toContain('Captured offline');
    await user.click(screen.getByRole('button', { name: 'Merge' }));
    expect(await screen.findByText('Merged wei-notes.json:')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByTitle('Report preview').getAttribute('srcdoc')).toContain(
        'Captured offline by the note-taker',
      ),
    );
  });

  it('refuses a bundle of another meeting with a clear message', async () => {
    const { user } = await openReport();
    const other = new File([exampleText('cache-invalidation-misconfiguration')], 'other.json');
    await user.upload(screen.getByLabelText('Note-taker’s bundle file'), other);
    expect(await screen.findByText(/^This bundle holds another meeting \(INC-2291/)).toBeInTheDocument();
  });
});
