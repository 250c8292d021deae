import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { openImportDialog } from './openEventLog';

const FIXTURES = path.resolve(__dirname, '../../../fixtures/sources');
const fileOf = (name: string) => new File([fs.readFileSync(path.join(FIXTURES, name))], path.basename(name));
/** The first day of the incident channel: five messages to import, one of them chatter ("on it"). */
const SLACK_DAY = 'slack-workspace/inc-2041-orders-db/2025-10-25.json';

async function withSlackDay() {
  const app = await openImportDialog();
  await app.user.upload(within(app.dialog).getByLabelText('Export files to import'), fileOf(SLACK_DAY));
  await within(app.dialog).findByRole('button', { name: 'Import 4 events' });
  return app;
}

const PAGE_STORAGE = '@U02SAMI can you page the storage team? looks like the primary disk is full';
const DECISION = 'Decision: we fail over to the replica in zone b';
const descriptions = async (stored: () => Promise<{ description: string }[]>) =>
  (await stored()).map((event) => event.description);

describe('ImportEventsDialog leaving chatter out', () => {
  it('keeps only the rows with one of the keywords', async () => {
    const { user, dialog, storedEvents } = await withSlackDay();
    await user.type(within(dialog).getByLabelText('Keep only rows with'), 'fail over, storage');
    const row = within(dialog).getByLabelText('Import message 4').closest('tr')!;
    expect(row).toHaveTextContent('left out by the filter');
    await user.click(within(dialog).getByRole('button', { name: 'Import 2 events' }));
    await screen.findByText('Imported 2 events (3 left out).');
    expect(await descriptions(storedEvents)).toEqual([PAGE_STORAGE, DECISION]);
  });

  it('keeps only the messages with a reaction or a pin', async () => {
    const { user, dialog, storedEvents } = await withSlackDay();
    await user.click(within(dialog).getByLabelText('Only messages with a reaction or a pin'));
    expect(within(dialog).getByLabelText('Import message 2')).not.toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Import 2 events' }));
    await screen.findByText('Imported 2 events (3 left out).');
    // Message 6 has a reaction, message 8 is pinned.
    expect(await descriptions(storedEvents)).toEqual([PAGE_STORAGE, DECISION]);
  });

  it('leaves out and keeps rows picked by hand, chatter included', async () => {
    const { user, dialog, storedEvents } = await withSlackDay();
    const chatter = within(dialog).getByLabelText('Import message 7');
    expect(chatter).not.toBeChecked();
    expect(chatter.closest('tr')!).toHaveTextContent('chatter, left out');
    await user.click(chatter);
    await user.click(within(dialog).getByLabelText('Import message 4'));
    expect(within(dialog).getByLabelText('Import message 4').closest('tr')!).toHaveTextContent('left out by hand');
    await user.click(within(dialog).getByRole('button', { name: 'Import 4 events' }));
    await screen.findByText('Imported 4 events (1 left out).');
    expect(await descriptions(storedEvents)).toEqual([
      'PagerDuty: Triggered: #2041 Orders DB replication lag > 300s: Service: orders-db',
      PAGE_STORAGE,
      '(in thread) on it',
      DECISION,
    ]);
  });
});

describe('ImportEventsDialog with several files', () => {
  it('previews them together, each row with its source, and keeps the twin the person picks', async () => {
    const { user, dialog, storedEvents } = await openImportDialog();
    await user.upload(within(dialog).getByLabelText('Export files to import'), [
      fileOf(SLACK_DAY),
      fileOf('pagerduty/log_entries.json'),
    ]);
    const status = await within(dialog).findByText(/PagerDuty incident log/, { selector: '[role="status"]' });
    expect(status).toHaveTextContent(
      'Slack channel export, 8 messages + PagerDuty incident log (REST log_entries), 6 log entries → 8 events to import, 3 left out.',
    );
    expect(within(dialog).getByLabelText('Read 2025-10-25.json as')).toHaveValue('slack');
    const preview = within(dialog).getByRole('region', { name: 'Preview' });
    expect(within(preview).getByRole('columnheader', { name: 'Source' })).toBeInTheDocument();
    // The trigger reaches Slack through PagerDuty's bot at the same second: the Slack row, first, is kept.
    const first = within(preview).getByLabelText('Import row 1').closest('tr')!;
    const second = within(preview).getByLabelText('Import row 2').closest('tr')!;
    expect(first).toHaveTextContent('2025-10-25.json, message 2');
    expect(first).toHaveTextContent('kept of the rows that tell this in several files');
    expect(second).toHaveTextContent('log_entries.json, log entry 6');
    expect(second).toHaveTextContent('also in 2025-10-25.json, message 2, which is kept');
    await user.click(within(second).getByRole('button', { name: 'Keep row 2 instead' }));
    expect(within(preview).getByLabelText('Import row 1')).not.toBeChecked();
    expect(within(preview).getByLabelText('Import row 2')).toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Import 8 events' }));
    // The Slack row is now left out by hand, with the two rows of chatter.
    await screen.findByText('Imported 8 events (3 left out).');
    const stored = await descriptions(storedEvents);
    expect(stored).toContain('Triggered: Orders DB replication lag > 300s');
    expect(stored).not.toContain('PagerDuty: Triggered: #2041 Orders DB replication lag > 300s: Service: orders-db');
  });
});
