import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { Meeting, MeetingRecords } from '../../../../shared/types';
import { renderApp } from '../../../helpers/renderApp';
import { value } from '../../../helpers/testCore';
import { SAVED } from '../workspaces/openStep';

async function overview() {
  const app = await renderApp();
  const meeting = await value<Meeting>(app.core, 'meetings.create', {
    title: 'Database outage',
    timeZone: 'UTC',
  });
  await app.user.click(await screen.findByRole('button', { name: 'Database outage' }));
  const incident = await screen.findByRole('region', { name: 'Incident' });
  const stored = async () =>
    (await value<MeetingRecords>(app.core, 'meetings.get', { id: meeting.id })).meeting;
  return { ...app, incident, stored };
}

describe('IncidentSummary on the Overview', () => {
  it('edits the executive summary, the incident id, the times in 24-hour form and the zone', async () => {
    const { user, incident, stored } = await overview();
    const field = (label: string) => within(incident).getByLabelText(label);
    await user.type(field('Incident id'), 'INC-2017-01-31');
    await user.type(field('Incident started'), '2017-01-31 18:00');
    await user.type(field('Detected'), '+5h27m');
    await user.type(field('Executive summary'), 'A replica was wiped; six hours of data were lost.');
    await waitFor(async () => expect((await stored()).summary).toContain('six hours'), SAVED);
    await waitFor(
      async () =>
        expect(await stored()).toMatchObject({
          incidentId: 'INC-2017-01-31',
          startedAt: Date.UTC(2017, 0, 31, 18, 0),
          detectedAt: Date.UTC(2017, 0, 31, 23, 27),
        }),
      SAVED,
    );

    await user.clear(field('Time zone'));
    await user.type(field('Time zone'), 'Mars/Olympus');
    expect(await within(incident).findByText(/not a known time zone/, {}, SAVED)).toBeInTheDocument();
    expect((await stored()).timeZone).toBe('UTC');
  });

  it('opens the participants, statement and impact instead of folding them away', async () => {
    await overview();
    expect(screen.getByRole('region', { name: 'Participants and blameless statement' })).toBeVisible();
    expect(screen.getByRole('region', { name: 'Impact' })).toBeVisible();
    expect(screen.queryByText('Participants and blameless statement')?.closest('details')).toBeNull();
  });
});
