import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { MeetingSummary } from '../../../../shared/types';
import { EXAMPLES_DIR, value } from '../../../helpers/testCore';
import { exampleBundlesDir, renderApp } from '../../../helpers/renderApp';

const shippedExamples = fs.existsSync(EXAMPLES_DIR)
  ? fs.readdirSync(EXAMPLES_DIR).filter((name) => name.endsWith('.json'))
  : [];

describe('ExampleList', () => {
  it('adds an example to an empty library as a new meeting', async () => {
    const examplesDir = await exampleBundlesDir(['Checkout outage', 'Stale search index']);
    const { user, core } = await renderApp({ core: { examplesDir } });
    expect(await screen.findByText('What happened in “Checkout outage”.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Open example Checkout outage' }));
    expect(await screen.findByRole('button', { name: 'Checkout outage' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Added the example “Checkout outage”.');
    expect(await value<MeetingSummary[]>(core, 'meetings.list', {})).toHaveLength(1);
  });

  it('adds the same example twice from the toolbar as two separate meetings', async () => {
    const examplesDir = await exampleBundlesDir(['Checkout outage']);
    const { user, core } = await renderApp({ core: { examplesDir } });
    await user.click(await screen.findByRole('button', { name: 'Open example Checkout outage' }));
    await screen.findByRole('button', { name: 'Checkout outage' });

    await user.click(screen.getByRole('button', { name: 'Open an example…' }));
    const dialog = screen.getByRole('dialog', { name: 'Open an example' });
    await user.click(within(dialog).getByRole('button', { name: 'Open example Checkout outage' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await value<MeetingSummary[]>(core, 'meetings.list', {})).toHaveLength(2);
  });

  // The shipped examples are written separately (resources/examples); this checks the real files
  // once they are there, and is skipped until then.
  it.skipIf(shippedExamples.length < 2)('lists and imports the examples shipped with the app', async () => {
    const { user, core } = await renderApp();
    const buttons = await screen.findAllByRole('button', { name: /^Open example / });
    expect(buttons).toHaveLength(shippedExamples.length);
    await user.click(buttons[0]!);
    await screen.findByRole('list', { name: /Meetings/ });
    expect(await value<MeetingSummary[]>(core, 'meetings.list', {})).toHaveLength(1);
  });
});
