import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { value } from '../../../helpers/testCore';
import { openStep } from './openStep';

describe('ImpactWorkspace', () => {
  it('saves the impact numbers and text as you type and shows them after the records reload', async () => {
    const { user, records, saved, remount } = await openStep(3, 'Impact');
    await user.type(screen.getByLabelText('Users affected'), '12000');
    await user.type(screen.getByLabelText('Users affected (%)'), '4.5');
    await user.type(screen.getByLabelText('Customer reactions'), '40 tickets in an hour');
    await saved('Customer reactions');
    await saved('Users affected');
    const impact = (await records()).impact!;
    expect(impact.usersAffected).toBe(12000);
    expect(impact.usersAffectedPercent).toBe(4.5);
    expect(impact.customerReactions).toBe('40 tickets in an hour');
    await remount();
    expect(screen.getByLabelText('Users affected')).toHaveValue('12000');
    expect(screen.getByLabelText('Customer reactions')).toHaveValue('40 tickets in an hour');
  });

  it('saves the data lost, a count and what it counts', async () => {
    const { user, records } = await openStep(3, 'Impact');
    await user.type(screen.getByLabelText('Data lost (rows, records, accounts)'), '4800');
    await user.type(screen.getByLabelText('Data lost: what, and did it come back?'), 'user accounts');
    await waitFor(async () =>
      expect((await records()).impact).toMatchObject({ dataLostCount: 4800, dataLost: 'user accounts' }),
    );
  });

  it('refuses a typo in a number field, says why and keeps the text', async () => {
    const { user, records } = await openStep(3, 'Impact');
    await user.type(screen.getByLabelText('People paged'), '2.5');
    await user.tab();
    expect(await screen.findByText('Type a whole number, or leave it empty.')).toBeInTheDocument();
    expect(screen.getByLabelText('People paged')).toHaveValue('2.5');
    expect((await records()).impact).toBeNull();
  });

  it('derives the duration from the incident times and sets severity and services on the meeting', async () => {
    const { user, records, saved } = await openStep(3, 'Impact', {
      startedAt: Date.UTC(2026, 2, 5, 9, 0),
      resolvedAt: Date.UTC(2026, 2, 5, 11, 14),
    });
    expect(screen.getByText('2 h 14 min')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Severity'), 'SEV-2');
    await user.type(screen.getByLabelText('Affected services (comma-separated)'), 'checkout, payments');
    await saved('Affected services (comma-separated)');
    const { meeting } = await records();
    expect(meeting.affectedServices).toEqual(['checkout', 'payments']);
    await waitFor(async () => expect((await records()).meeting.severity).toBe('SEV-2'));
  });

  it('reads the impact mapped-at time like an event time, in the meeting zone, and flags a slow mapping', async () => {
    const { user, core, meeting, records, saved } = await openStep(3, 'Impact', {
      timeZone: 'Europe/Berlin',
    });
    // Root cause identified at 09:00 in Berlin: the time `+20m` counts from.
    await value(core, 'timeline.add', {
      meetingId: meeting.id,
      at: Date.UTC(2026, 2, 5, 8, 0),
      kind: 'diagnosis',
      description: 'Edge rule matches the API path',
    });
    const field = screen.getByLabelText('Impact mapped at');
    await waitFor(() =>
      expect(field).toHaveAccessibleDescription(
        'Europe/Berlin (UTC+01:00): e.g. 10:45, 2026-03-05 10:45 or an ISO time, or +20m after the root cause (identified 09:00:00). Empty: not noted.',
      ),
    );

    await user.type(field, '+20m');
    await saved('Impact mapped at');
    expect((await records()).impact?.mappedAt).toBe(Date.UTC(2026, 2, 5, 8, 20));
    await user.tab();
    await waitFor(() => expect(field).toHaveValue('2026-03-05 09:20:00'));

    await user.click(screen.getByRole('tab', { name: 'Event log' }));
    const numbers = await screen.findByRole('region', { name: 'The incident’s numbers' });
    expect(within(numbers).getByRole('list', { name: 'Red flags' })).toHaveTextContent(
      'Impact mapping: 20 min from root cause identified to impact mapped (over 15 min).',
    );
  });

  it('says why a mapped-at time cannot be read, keeps the text, and clears the time when emptied', async () => {
    const { user, records, saved } = await openStep(3, 'Impact', { timeZone: 'Europe/Berlin' });
    const field = screen.getByLabelText('Impact mapped at');
    await user.type(field, '2026-03-05 10:45');
    await saved('Impact mapped at');
    expect((await records()).impact?.mappedAt).toBe(Date.UTC(2026, 2, 5, 9, 45));

    await user.clear(field);
    await user.type(field, '25:99');
    expect(await screen.findByText('25:99 is not a time of day.')).toBeInTheDocument();
    expect(field).toHaveValue('25:99');
    expect((await records()).impact?.mappedAt).toBe(Date.UTC(2026, 2, 5, 9, 45));

    await user.clear(field);
    await saved('Impact mapped at');
    expect((await records()).impact?.mappedAt).toBeNull();
  });
});
