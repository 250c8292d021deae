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
    await user.click(await screen.findByText('Participants and blameless statement'));
    await user.type(screen.getByLabelText('Add participant'), 'Ana{Enter}');
    await user.click(screen.getByText('Impact', { selector: 'h2' }));
    await user.type(screen.getByLabelText('Support tickets'), '40');
    await waitFor(async () => {
      const stored = await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id });
      expect(stored.participants.map((person) => person.name)).toEqual(['Ana']);
      expect(stored.impact?.supportTickets).toBe(40);
    }, SAVED);
  });
});
