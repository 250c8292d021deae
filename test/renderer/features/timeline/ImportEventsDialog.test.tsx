import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { eventLog, openImportDialog } from './openEventLog';

describe('ImportEventsDialog', () => {
  it('previews pasted lines, refuses while a line is bad, and imports the rest when told to skip it', async () => {
    const { user, storedEvents, dialog } = await openImportDialog();
    await user.click(within(dialog).getByLabelText('Paste the events'));
    await user.paste('09:31:05 alert fired: high_api_latency\nnonsense\n09:40 detection: On-call acks');
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      'Text, one event per line, 2 lines → 2 events to import; 1 problem.',
    );
    expect(within(dialog).getByRole('list', { name: 'Rows that cannot be read' })).toHaveTextContent(
      'Line 2: does not start with a time',
    );
    expect(within(dialog).getByRole('button', { name: 'Import' })).toBeDisabled();

    await user.click(within(dialog).getByLabelText(/Skip the rows that cannot be read/));
    await user.click(within(dialog).getByRole('button', { name: 'Import 2 events' }));
    expect(await screen.findByText('Imported 2 events (1 unreadable skipped).')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect((await storedEvents()).map((event) => event.kind)).toEqual(['other', 'detection']);
  });

  it('names the chosen file, and counts only the events it will add (issue 12, item 16)', async () => {
    const { user, type, dialog } = await openImportDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await type('09:31', 'Alert fired');
    await user.click(screen.getByRole('button', { name: 'Import events…' }));
    const again = screen.getByRole('dialog', { name: 'Import events' });
    const csv = 'time,description\n2026-03-05 09:31,Alert fired\n2026-03-05 09:40,Paged\n2026-03-05 09:45,Rolled back\n';
    await user.upload(within(again).getByLabelText('Export files to import'), new File([csv], 'pager.csv', { type: 'text/csv' }));
    expect(await within(again).findByText('pager.csv')).toBeInTheDocument();
    expect(within(again).queryByText(/No file chosen/)).not.toBeInTheDocument();
    expect(within(again).getByRole('status')).toHaveTextContent('CSV with a header row, 3 rows → 2 events to import, 1 left out.');
    expect(within(again).getByText('already in the log')).toBeInTheDocument();
    await user.click(within(again).getByRole('button', { name: 'Import 2 events' }));
    expect(await screen.findByText('Imported 2 events (1 already in the log).')).toBeInTheDocument();
  });

  it('rolls pasted times over midnight and says so in the preview (issue 12, item 1)', async () => {
    const { user, dialog, storedEvents } = await openImportDialog();
    await user.click(within(dialog).getByLabelText('Paste the events'));
    await user.paste('23:50 Disk alert\n00:10 Failover\n+20m Done');
    const rows = within(dialog).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[1]!.textContent)).toEqual([
      '2026-03-05 23:50:00',
      '2026-03-06 00:10:00next day (2026-03-06)',
      '2026-03-06 00:30:00',
    ]);
    await user.click(within(dialog).getByRole('button', { name: 'Import 3 events' }));
    await screen.findByText('Imported 3 events.');
    expect((await storedEvents()).map((event) => new Date(event.at).toISOString())).toEqual([
      '2026-03-05T22:50:00.000Z',
      '2026-03-05T23:10:00.000Z',
      '2026-03-05T23:30:00.000Z',
    ]);
  });

  it('says which day a pasted time landed on past midnight, and counts only the rows not yet in the log', async () => {
    const { user, storedEvents, type } = await eventLog({
      startedAt: Date.UTC(2026, 2, 5, 22, 0), // 23:00 in Berlin
      resolvedAt: null,
    });
    await type('23:50', 'Replica lag alert');
    await user.click(screen.getByRole('button', { name: 'Import events…' }));
    const dialog = screen.getByRole('dialog', { name: 'Import events' });
    await user.type(
      within(dialog).getByLabelText('Paste the events'),
      '23:50 Replica lag alert{Enter}00:10 Wrong directory wiped{Enter}+20m Backups found empty',
    );
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      'Text, one event per line, 3 lines → 2 events to import, 1 left out; 1 time changes day, marked below.',
    );
    expect(within(dialog).getByRole('row', { name: /Replica lag alert/ })).toHaveTextContent('already in the log');
    const wiped = within(dialog).getByRole('row', { name: /Wrong directory wiped/ });
    expect(wiped).toHaveTextContent('2026-03-06 00:10:00next day (2026-03-06)');
    expect(within(dialog).getByRole('row', { name: /Backups found empty/ })).toHaveTextContent(
      '2026-03-06 00:30:00',
    );

    await user.click(within(dialog).getByRole('button', { name: 'Import 2 events' }));
    await screen.findByText(/Imported 2 events/);
    expect((await storedEvents()).map((event) => event.at)).toEqual([
      Date.UTC(2026, 2, 5, 22, 50),
      Date.UTC(2026, 2, 5, 23, 10),
      Date.UTC(2026, 2, 5, 23, 30),
    ]);
  });
});
