import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { ActionItem, Meeting, MeetingRecords } from '../../../../shared/types';
import { renderApp } from '../../../helpers/renderApp';
import { value } from '../../../helpers/testCore';
import { makeActionItemInput } from '../../../helpers/factories';

// The view reads "today" from the machine's clock, so due dates are far in the past (always
// overdue) or far in the future (never), whatever day the test runs.
const LONG_AGO = '2000-01-15';
const FAR_AHEAD = '2999-01-15';

async function twoMeetingsWithItems() {
  const app = await renderApp();
  const checkout = await value<Meeting>(app.core, 'meetings.create', {
    title: 'Checkout outage',
    incidentId: 'INC-1',
  });
  const packets = await value<Meeting>(app.core, 'meetings.create', {
    title: 'Packet drops',
    incidentId: 'INC-2',
  });
  const add = (meeting: Meeting, overrides: Parameters<typeof makeActionItemInput>[1]) =>
    value<ActionItem>(app.core, 'actionItems.add', makeActionItemInput(meeting.id, overrides));
  const late = await add(checkout, {
    title: 'Alert on cache age',
    owner: 'Platform team',
    dueDate: LONG_AGO,
  });
  await add(checkout, { title: 'Cap retries', owner: 'Payments', type: 'corrective', dueDate: FAR_AHEAD });
  await add(packets, {
    title: 'Canary firmware',
    owner: 'Edge team',
    type: 'preventative',
    dueDate: LONG_AGO,
  });
  await add(packets, { title: 'Rollback runbook', owner: 'Edge team', status: 'done', dueDate: LONG_AGO });
  await screen.findByRole('button', { name: 'Packet drops' });
  return { ...app, checkout, packets, late };
}

const itemTitles = () =>
  within(screen.getByRole('table', { name: /Action items of all meetings/ }))
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

describe('FollowThroughView', () => {
  it('shows how many items of each meeting are overdue, in words, on the library', async () => {
    await twoMeetingsWithItems();
    // The done item is late too, but finished: it does not count.
    expect(await screen.findByRole('button', { name: 'Packet drops' })).toHaveAccessibleDescription(
      /1 overdue/,
    );
    expect(screen.getByRole('button', { name: 'Checkout outage' })).toHaveAccessibleDescription(/1 overdue/);
  });

  it('lists every meeting’s items, overdue first, and filters them by status, owner, type and lateness', async () => {
    const { user } = await twoMeetingsWithItems();
    await user.click(screen.getByRole('button', { name: 'All action items' }));
    expect(await screen.findByRole('heading', { name: 'All action items' })).toHaveFocus();
    await screen.findByText('4 items, 2 overdue');
    expect(itemTitles()).toEqual([
      'Alert on cache age',
      'Canary firmware',
      'Rollback runbook',
      'Cap retries',
    ]);
    const late = within(screen.getByRole('row', { name: /Alert on cache age/ }));
    expect(late.getByText('Overdue')).toBeInTheDocument();
    expect(late.getByRole('button', { name: 'INC-1 · Checkout outage' })).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Overdue only' }));
    await waitFor(() => expect(itemTitles()).toEqual(['Alert on cache age', 'Canary firmware']));
    await user.click(screen.getByRole('checkbox', { name: 'Overdue only' }));

    await user.type(screen.getByRole('searchbox', { name: 'Owner' }), 'edge');
    await waitFor(() => expect(itemTitles()).toEqual(['Canary firmware', 'Rollback runbook']));
    const statuses = screen.getByRole('group', { name: 'Statuses to show' });
    await user.click(within(statuses).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(itemTitles()).toEqual(['Rollback runbook']));
    await user.click(within(statuses).getByRole('button', { name: 'Done' }));
    await user.clear(screen.getByRole('searchbox', { name: 'Owner' }));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'Corrective');
    await waitFor(() => expect(itemTitles()).toEqual(['Cap retries']));

    await user.click(screen.getByRole('button', { name: 'Back to meetings' }));
    expect(await screen.findByRole('button', { name: 'All action items' })).toHaveFocus();
  });

  it('saves a status changed in the list to the item’s meeting, by keyboard', async () => {
    const { user, core, checkout, late } = await twoMeetingsWithItems();
    screen.getByRole('button', { name: 'All action items' }).focus();
    await user.keyboard('{Enter}');
    const status = await screen.findByRole('combobox', { name: 'Status of “Alert on cache age”' });
    await user.selectOptions(status, 'Done');

    await waitFor(async () => {
      const stored = await value<MeetingRecords>(core, 'meetings.get', { id: checkout.id });
      expect(stored.actionItems.find((item) => item.id === late.id)?.status).toBe('done');
    });
    // Finished, so no longer overdue: the list (reloaded) says so.
    await screen.findByText('4 items, 1 overdue');
    expect(screen.getByRole('combobox', { name: 'Status of “Alert on cache age”' })).toHaveValue('done');

    // Escape in the status select belongs to the select; from the heading it goes back.
    screen.getByRole('heading', { name: 'All action items' }).focus();
    await user.keyboard('{Escape}');
    expect(await screen.findByRole('button', { name: 'Checkout outage' })).not.toHaveAccessibleDescription(
      /overdue/,
    );
  });

  it('refreshes when another window changes an item', async () => {
    const { user, core, packets } = await twoMeetingsWithItems();
    await user.click(screen.getByRole('button', { name: 'All action items' }));
    await screen.findByText('4 items, 2 overdue');
    await value(
      core,
      'actionItems.add',
      makeActionItemInput(packets.id, { title: 'Firmware checksum', dueDate: LONG_AGO }),
    );
    expect(await screen.findByRole('rowheader', { name: 'Firmware checksum' })).toBeInTheDocument();
    expect(screen.getByText('5 items, 3 overdue')).toBeInTheDocument();
  });
});
