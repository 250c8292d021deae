import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { openProjector } from '../openProjector';

describe('OpeningContent', () => {
  it('shows the blameless statement and who is in the room, with their roles', async () => {
    const { call, goTo } = await openProjector({ blamelessStatement: 'We look for what allowed this.' });
    await call('participants.add', { name: 'Amara Okafor', role: 'facilitator' });
    await call('participants.add', { name: 'Jonas Weber', role: 'incident-owner' });
    await goTo('opening');
    expect(screen.getByText('We look for what allowed this.')).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'In the room' }))
        .getAllByRole('listitem')
        .map((person) => person.textContent),
    ).toEqual(['Amara OkaforFacilitator', 'Jonas WeberIncident owner']);
  });

  it('shows the statement alone while nobody is listed', async () => {
    const { goTo } = await openProjector({ blamelessStatement: 'We look for what allowed this.' });
    await goTo('opening');
    expect(screen.getByText('We look for what allowed this.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'In the room' })).toBeNull();
  });
});
