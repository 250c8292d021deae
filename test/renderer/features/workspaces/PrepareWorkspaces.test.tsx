import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import type { Meeting, MeetingRecords } from '../../../../shared/types';
import { renderApp } from '../../../helpers/renderApp';
import { value } from '../../../helpers/testCore';
import { SAVED } from './openStep';

describe('PrepareWorkspaces', () => {
  it('lets the incident owner fill participants and impact from the Overview tab before the meeting', async () => {
    const { core, user } = await renderApp();
    const meeting = await value<Meeting>(core, 'meetings.create', { title: 'Checkout outage' });
    await user.click(await screen.findByRole('button', { name: 'Checkout outage' }));
    // Open, right under the incident (issue 12 item 14): not folded away at the bottom of the page.
    const incident = await screen.findByRole('region', { name: 'Incident' });
    const preparation = [
      screen.getByRole('region', { name: 'Participants and blameless statement' }),
      screen.getByRole('region', { name: 'Impact' }),
    ];
    expect([...incident.nextElementSibling!.querySelectorAll(':scope > section')]).toEqual(preparation);
    for (const part of preparation) expect(part.closest('details')).toBeNull();
    await user.type(screen.getByLabelText('Add participant'), 'Ana{Enter}');
    await user.type(screen.getByLabelText('Support tickets'), '40');
    await waitFor(async () => {
      const stored = await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id });
      expect(stored.participants.map((person) => person.name)).toEqual(['Ana']);
      expect(stored.impact?.supportTickets).toBe(40);
    }, SAVED);
  });
});
