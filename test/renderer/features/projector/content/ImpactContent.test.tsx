import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { openProjector, utc } from '../openProjector';

/** The impact tiles as the room reads them: label → value. */
const shownFacts = () =>
  Object.fromEntries(
    screen.getAllByRole('term').map((label) => [label.textContent, label.nextElementSibling?.textContent]),
  );

describe('ImpactContent', () => {
  it('shows the filled-in impact and the duration derived from the incident times, and nothing unfilled', async () => {
    const { call, goTo } = await openProjector({
      startedAt: utc('09:12:40'),
      resolvedAt: utc('11:05:00'),
      severity: 'SEV-2',
      affectedServices: ['checkout-api', 'payments'],
    });
    await call('impact.update', {
      patch: {
        usersAffected: 48300,
        usersAffectedPercent: 18.5,
        revenueLossEstimate: 36500.75,
        currency: 'EUR',
        peoplePaged: 4,
        customerReactions: 'Forty tickets in the first hour',
      },
    });
    await goTo('impact');
    expect(shownFacts()).toEqual({
      Duration: '1 h 52 min',
      Severity: 'SEV-2 · major',
      'Users affected': '48,300',
      'Share of users': '18.5 %',
      'Lost revenue (estimate)': '36,500.75 EUR',
      'People paged': '4',
      'Affected services': 'checkout-api, payments',
    });
    expect(screen.getByRole('region', { name: 'Customer reactions' })).toHaveTextContent(
      'Forty tickets in the first hour',
    );
  });

  it('follows the numbers as the console fills them in', async () => {
    const { call, goTo } = await openProjector();
    await goTo('impact');
    expect(screen.getByText('Nothing recorded yet.')).toBeInTheDocument();
    await call('impact.update', { patch: { supportTickets: 0, onCallHours: 12.5, regions: 'EU checkout' } });
    await screen.findByText('Support tickets');
    // Zero tickets is a fact worth showing, not an empty field.
    expect(shownFacts()).toEqual({
      'Regions and segments': 'EU checkout',
      'Support tickets': '0',
      'On-call hours': '12.5',
    });
  });

  it('shows the data lost, its count and words in one tile, and the impact notes', async () => {
    const { call, goTo } = await openProjector();
    await call('impact.update', {
      patch: {
        dataLostCount: 4_800,
        dataLost: 'user accounts created in the last 6 hours',
        notes: 'The backups had not run for a week',
      },
    });
    await goTo('impact');
    expect(shownFacts()).toEqual({ 'Data lost': '4,800 · user accounts created in the last 6 hours' });
    expect(screen.getByRole('region', { name: 'Notes' })).toHaveTextContent('The backups had not run for a week');
  });
});
