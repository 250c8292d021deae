import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { eventLog } from './openEventLog';

describe('ImportEventsDialog', () => {
  it('previews pasted lines, refuses while a line is bad, and imports the rest when told to skip it', async () => {
    const { user, storedEvents } = await eventLog();
    await user.click(screen.getByRole('button', { name: 'Import events…' }));
    const dialog = screen.getByRole('dialog', { name: 'Import events' });
    const textarea = within(dialog).getByLabelText('Paste the events');
    await user.type(
      textarea,
      '09:31:05 alert fired: high_api_latency{Enter}nonsense{Enter}09:40 detection: On-call acks',
    );
    expect(within(dialog).getByRole('status')).toHaveTextContent('2 events can be imported; 1 problem.');
    expect(within(dialog).getByRole('list', { name: 'Rows that cannot be read' })).toHaveTextContent(
      'Line 2: does not start with a time',
    );
    expect(within(dialog).getByRole('button', { name: 'Import' })).toBeDisabled();

    await user.click(within(dialog).getByLabelText(/Skip the rows that cannot be read/));
    await user.click(within(dialog).getByRole('button', { name: 'Import 2 events' }));
    expect(await screen.findByText('Imported 2 events (1 unreadable skipped).')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect((await storedEvents()).map((event) => event.kind)).toEqual(['other', 'detection']);
    expect(await screen.findByText('alert fired: high_api_latency')).toBeInTheDocument();
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
      '2 events can be imported (1 is already in the log and will be skipped); 1 time changes day, marked below.',
    );
    const wiped = within(dialog).getByRole('row', { name: /Wrong directory wiped/ });
    expect(wiped).toHaveTextContent('2026-03-06 00:10:00next day, 2026-03-06');
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
