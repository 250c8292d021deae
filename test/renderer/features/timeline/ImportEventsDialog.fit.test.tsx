import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { DEEP_BLOCKS, slackDay } from '../../../shared/domain/timeline/sources/fixtures';
import { openImportDialog } from './openEventLog';

/** A Slack day file as the person picks it. */
const dayFile = (source: ReturnType<typeof slackDay>) => new File([source.files[0]!.text], source.name);

describe('ImportEventsDialog with rows that do not fit the event log as they are', () => {
  it('says a message over the limit is cut, and imports it cut, as the preview said', async () => {
    const { user, dialog, storedEvents } = await openImportDialog();
    await user.upload(
      within(dialog).getByLabelText('Export files to import'),
      dayFile(slackDay('x'.repeat(6_000))),
    );
    const status = await within(dialog).findByText(/Slack channel export/, { selector: '[role="status"]' });
    expect(status).toHaveTextContent(
      'Slack channel export, 1 message → 1 event to import; message 1: text cut at 5,000 characters.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Import 1 event' }));
    await screen.findByText(/Imported 1 event/);
    expect((await storedEvents()).map((event) => event.description.length)).toEqual([5_000]);
  });

  it('previews a message whose blocks nest 50,000 deep instead of going blank', async () => {
    const { user, dialog } = await openImportDialog();
    await user.upload(
      within(dialog).getByLabelText('Export files to import'),
      dayFile(slackDay({ blocks: DEEP_BLOCKS })),
    );
    const preview = await within(dialog).findByRole('region', { name: 'Preview' });
    expect(within(preview).getByText('Primary disk full')).toBeInTheDocument();
  });
});
