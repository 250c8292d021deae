import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
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
});
