import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { FIXTURES } from '../../../shared/domain/timeline/sources/fixtures';
import { eventLog } from './openEventLog';

/**
 * The import dialog of a Berlin meeting that began at 01:00 CEST on 25 October 2026, the night
 * the clocks went back at 03:00 CEST to 02:00 CET: every 02:xx that night happened twice.
 */
async function importOnFallBackNight(meetingInput: Record<string, unknown> = {}) {
  const app = await eventLog({ startedAt: Date.UTC(2026, 9, 24, 23, 0), resolvedAt: null, ...meetingInput });
  await app.user.click(screen.getByRole('button', { name: 'Import events…' }));
  const dialog = screen.getByRole('dialog', { name: 'Import events' });
  const row = (text: string) => within(dialog).getByRole('row', { name: new RegExp(text) });
  const timeCell = (text: string) => within(row(text)).getAllByRole('cell')[1]!;
  const storedTimes = async () => (await app.storedEvents()).map((event) => new Date(event.at).toISOString());
  return { ...app, dialog, row, timeCell, storedTimes };
}

describe('ImportEventsDialog: times in the hour the clocks went back (issue 12, item 2)', () => {
  it('shows the times, their notes and the choice in the meeting’s clock (issue 12, item 19)', async () => {
    const { user, dialog, row, timeCell } = await importOnFallBackNight({ clockFormat: '12h' });
    await user.click(within(dialog).getByLabelText('Paste the events'));
    await user.paste('01:50 Disk alert\n02:10 Paged\n02:40 Failover\n02:10 Replica lags\n03:05 Resolved');

    expect(timeCell('Replica lags')).toHaveTextContent(
      '2026-10-25 2:10:00 AM' + '2:10 AM happened twice (clocks went back): the second, UTC+01:00, by the order of the log',
    );
    const choice = within(row('Replica lags')).getByRole('combobox', { name: 'Which 2:10:00 AM for line 4' });
    expect(within(choice).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'First 2:10:00 AM (UTC+02:00)',
      'Second 2:10:00 AM (UTC+01:00)',
    ]);
  });

  it('reads pasted lines through the repeated hour in the order of the log, shows each reading, and lets one be changed', async () => {
    const { user, dialog, row, timeCell, storedTimes } = await importOnFallBackNight();
    await user.click(within(dialog).getByLabelText('Paste the events'));
    await user.paste('01:50 Disk alert\n02:10 Paged\n02:40 Failover\n02:10 Replica lags\n03:05 Resolved');

    expect(timeCell('Paged')).toHaveTextContent(
      '2026-10-25 02:10:00' + '02:10 happened twice (clocks went back): the first, UTC+02:00, by the order of the log',
    );
    expect(timeCell('Replica lags')).toHaveTextContent(
      '02:10 happened twice (clocks went back): the second, UTC+01:00, by the order of the log',
    );
    const second = within(row('Replica lags')).getByRole('combobox', { name: 'Which 02:10:00 for line 4' });
    expect(second).toHaveValue('later');
    expect(within(second).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'First 02:10:00 (UTC+02:00)',
      'Second 02:10:00 (UTC+01:00)',
    ]);
    expect(within(row('Failover')).getByRole('combobox', { name: 'Which 02:40:00 for line 3' })).toHaveValue('earlier');

    // The person knows better: the failover was the second 02:40, after the replica lagged.
    await user.selectOptions(within(row('Failover')).getByRole('combobox', { name: /^Which 02:40:00/ }), 'later');
    expect(timeCell('Failover')).toHaveTextContent('the second, UTC+01:00, as you chose');
    // Now neither 02:10 is placed by the order any more: both are asked, and Import waits.
    expect(within(dialog).getByRole('status')).toHaveTextContent('2 times in the hour the clocks went back need your choice below');
    expect(within(dialog).getByRole('button', { name: 'Import' })).toBeDisabled();
    await user.selectOptions(within(row('Paged')).getByRole('combobox', { name: /^Which/ }), 'earlier');
    await user.selectOptions(within(row('Replica lags')).getByRole('combobox', { name: /^Which/ }), 'later');
    await user.click(within(dialog).getByRole('button', { name: 'Import 5 events' }));
    await screen.findByText('Imported 5 events.');
    expect(await storedTimes()).toEqual([
      '2026-10-24T23:50:00.000Z',
      '2026-10-25T00:10:00.000Z',
      '2026-10-25T01:10:00.000Z',
      '2026-10-25T01:40:00.000Z',
      '2026-10-25T02:05:00.000Z',
    ]);
  });

  it('asks which when the order of the log cannot tell, and imports only once the person picks', async () => {
    const { user, dialog, timeCell, row, storedTimes } = await importOnFallBackNight();
    await user.click(within(dialog).getByLabelText('Paste the events'));
    await user.paste('01:50 Disk alert\n02:30 Paged\n03:05 Resolved');

    expect(within(dialog).getByRole('status')).toHaveTextContent(
      '3 lines → 3 events to import; 1 time in the hour the clocks went back needs your choice below.',
    );
    expect(timeCell('Paged')).toHaveTextContent('02:30 happened twice (clocks went back); the log does not say which: choose one');
    const which = within(row('Paged')).getByRole('combobox', { name: 'Which 02:30:00 for line 2' });
    expect(which).toHaveValue('');
    expect(within(dialog).getByRole('button', { name: 'Import' })).toBeDisabled();

    await user.selectOptions(which, 'Second 02:30:00 (UTC+01:00)');
    expect(within(dialog).getByRole('status')).not.toHaveTextContent('needs your choice');
    await user.click(within(dialog).getByRole('button', { name: 'Import 3 events' }));
    await screen.findByText('Imported 3 events.');
    expect((await storedTimes())[1]).toBe('2026-10-25T01:30:00.000Z');
  });
});

describe('ImportEventsDialog: the time flags of an export (issue 13, item 5)', () => {
  it('flags the repeated hour with the reading taken, and a row that goes backwards, in a local-time CSV', async () => {
    const { user, dialog, row, timeCell, storedTimes } = await importOnFallBackNight();
    const text = fs.readFileSync(path.join(FIXTURES, 'fall-back-out-of-order.csv'), 'utf8');
    await user.upload(within(dialog).getByLabelText('Export files to import'), new File([text], 'storage.csv', { type: 'text/csv' }));
    await within(dialog).findByText('storage.csv');

    expect(timeCell('Writes resume')).toHaveTextContent(
      '2025-10-26 02:05:00' + '02:05 happened twice (clocks went back): the second, UTC+01:00, by the order of the log',
    );
    expect(within(row('Writes resume')).getByRole('combobox', { name: 'Which 02:05:00 for line 5' })).toHaveValue('later');
    expect(timeCell('Primary disk full')).toHaveTextContent('the first, UTC+02:00, by the order of the log');
    expect(timeCell('On-call paged')).toHaveTextContent(
      '2025-10-26 01:58:00' + 'earlier than the row above (02:05:00); kept at its time',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Import 6 events' }));
    await screen.findByText('Imported 6 events.');
    // The log is kept in time order: the late row sits where its time puts it.
    expect(await storedTimes()).toEqual([
      '2025-10-25T23:55:00.000Z',
      '2025-10-25T23:58:00.000Z',
      '2025-10-26T00:20:00.000Z',
      '2025-10-26T00:50:00.000Z',
      '2025-10-26T01:05:00.000Z',
      '2025-10-26T02:30:00.000Z',
    ]);
  });
});

describe('ImportEventsDialog: several files across the repeated hour', () => {
  it('keeps a row left out by hand left out when a time picked in another file moves it in the merged order', async () => {
    const { user, dialog, row, storedTimes } = await importOnFallBackNight();
    const pages = 'When,What\n2026-10-25 01:50:00,Disk alert\n2026-10-25 02:30:00,Paged\n2026-10-25 03:05:00,Resolved\n';
    const replica = 'When,What\n2026-10-25T01:00:00Z,Replica lag noted\n';
    await user.upload(within(dialog).getByLabelText('Export files to import'), [
      new File([pages], 'pages.csv', { type: 'text/csv' }),
      new File([replica], 'replica.csv', { type: 'text/csv' }),
    ]);
    await within(dialog).findByText('replica.csv');

    await user.click(within(row('Replica lag noted')).getByRole('checkbox'));
    // The second 02:30 (01:30 UTC) moves "Paged" below the replica's row in the merged order.
    await user.selectOptions(within(row('Paged')).getByRole('combobox', { name: /^Which/ }), 'later');
    expect(within(row('Replica lag noted')).getByRole('checkbox')).not.toBeChecked();
    expect(within(row('Paged')).getByRole('checkbox')).toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Import 3 events' }));
    await screen.findByText(/^Imported 3 events/);
    expect(await storedTimes()).toEqual(['2026-10-24T23:50:00.000Z', '2026-10-25T01:30:00.000Z', '2026-10-25T02:05:00.000Z']);
  });
});

describe('ImportEventsDialog: a repeated time past the rows the preview lists', () => {
  it('lists it above the table, reachable by keyboard, and its pick lets Import go ahead', async () => {
    const { user, dialog, storedTimes } = await importOnFallBackNight();
    const early = Array.from(
      { length: 305 },
      (_, index) =>
        `2026-10-25 00:${String(Math.floor(index / 60)).padStart(2, '0')}:${String(index % 60).padStart(2, '0')} Check ${index + 1}`,
    );
    await user.click(within(dialog).getByLabelText('Paste the events'));
    await user.paste([...early, '02:30 Paged', '03:05 Resolved'].join('\n'));

    expect(within(dialog).getByRole('status')).toHaveTextContent(
      '1 time in the hour the clocks went back needs your choice below',
    );
    expect(within(dialog).getByRole('button', { name: 'Import' })).toBeDisabled();
    const which = within(dialog).getByRole('combobox', { name: 'Which 02:30:00 for line 306' });
    expect(within(dialog).getByText(/^Showing the first 300 of 307 lines/)).toHaveTextContent(
      '(and, above, the 1 later with a time to choose)',
    );
    // From the paste box, Tab reaches the pick without going through the 300 rows of the table.
    for (let step = 0; step < 20 && document.activeElement !== which; step += 1) await user.tab();
    expect(which).toHaveFocus();
    await user.selectOptions(which, 'later');

    expect(within(dialog).getByRole('status')).not.toHaveTextContent('needs your choice');
    await user.click(within(dialog).getByRole('button', { name: 'Import 307 events' }));
    await screen.findByText('Imported 307 events.');
    expect((await storedTimes()).slice(-2)).toEqual(['2026-10-25T01:30:00.000Z', '2026-10-25T02:05:00.000Z']);
  });
});
