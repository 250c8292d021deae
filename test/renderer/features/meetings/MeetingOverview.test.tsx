import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { Meeting } from '../../../../shared/types';
import { renderApp } from '../../../helpers/renderApp';
import { tempDir } from '../../../helpers/tempDb';
import { value } from '../../../helpers/testCore';

async function openedMeeting() {
  const app = await renderApp();
  const meeting = await value<Meeting>(app.core, 'meetings.create', {
    title: 'Checkout outage',
    incidentId: 'INC-2041',
    severity: 'SEV-2',
    startedAt: Date.UTC(2026, 2, 5, 9, 0, 0),
    resolvedAt: Date.UTC(2026, 2, 5, 11, 14, 0),
    timeZone: 'Europe/Berlin',
  });
  await app.user.click(await screen.findByRole('button', { name: 'Checkout outage' }));
  await screen.findByRole('heading', { level: 1, name: 'Checkout outage' });
  return { ...app, meeting };
}

describe('MeetingOverview', () => {
  it('shows the incident, the agenda with its timeboxes and total, and what has been recorded', async () => {
    await openedMeeting();
    const incident = await screen.findByRole('region', { name: 'Incident' });
    expect(within(incident).getByLabelText('Incident id')).toHaveValue('INC-2041');
    expect(incident).toHaveTextContent('SEV-2 · major');
    // Shown on the meeting's 24-hour wall clock (Berlin, UTC+1), as the event log types it.
    expect(within(incident).getByLabelText('Incident started')).toHaveValue('2026-03-05 10:00:00');
    expect(within(incident).getByLabelText('Time zone')).toHaveValue('Europe/Berlin');
    expect(incident).toHaveTextContent('Start to resolution 2 h 14 min');

    const agenda = screen.getByRole('region', { name: /Agenda/ });
    expect(within(agenda).getByRole('heading')).toHaveTextContent('Agenda 60 min planned');
    const steps = within(agenda)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(steps).toEqual([
      'Opening3 min',
      'Event log12 min',
      'Impact5 min',
      'Remediate faster10 min',
      'Detect earlier10 min',
      'Prevent10 min',
      'Action review7 min',
      'Wrap-up3 min',
    ]);
    const counts = screen.getByRole('region', { name: 'Recorded so far' });
    expect(counts).toHaveTextContent('Timeline events0');
    expect(counts).toHaveTextContent('Action items0 (0 open)');
  });

  it('switches sections with the arrow keys on the tabs and says plainly what is not built yet', async () => {
    const { user } = await openedMeeting();
    const overviewTab = await screen.findByRole('tab', { name: 'Overview' });
    expect(overviewTab).toHaveAttribute('aria-selected', 'true');
    overviewTab.focus();
    await user.keyboard('{ArrowRight}');
    const liveTab = screen.getByRole('tab', { name: 'Run the meeting' });
    expect(liveTab).toHaveFocus();
    expect(liveTab).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Run the meeting');
    expect(screen.queryByRole('region', { name: 'Incident' })).not.toBeInTheDocument();
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Report' })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(screen.getByRole('region', { name: 'Incident' })).toBeInTheDocument();
  });

  it('exports the bundle and says where it was saved only after the file is written', async () => {
    const { user, dialogs } = await openedMeeting();
    const target = path.join(tempDir(), 'checkout.hindsight.json');
    dialogs.savePaths.push(target);
    await user.click(screen.getByRole('button', { name: 'Export bundle…' }));
    expect(await screen.findByText(target)).toBeInTheDocument();
    expect(JSON.parse(fs.readFileSync(target, 'utf8'))).toMatchObject({
      meeting: { title: 'Checkout outage' },
    });
  });

  it('says nothing was written when the save dialog is cancelled', async () => {
    const { user, dialogs } = await openedMeeting();
    dialogs.savePaths.push(null);
    await user.click(screen.getByRole('button', { name: 'Export bundle…' }));
    expect(await screen.findByText('Export cancelled; nothing was written.')).toBeInTheDocument();
    expect(screen.queryByText(/Saved to/)).not.toBeInTheDocument();
  });

  it('goes back to the library with “Back to meetings”', async () => {
    const { user } = await openedMeeting();
    await user.click(screen.getByRole('button', { name: '← Back to meetings' }));
    expect(await screen.findByRole('button', { name: 'Checkout outage' })).toHaveFocus();
  });

  it('announces Escape on “Back to meetings” only where Escape leaves: not on the live console', async () => {
    const { user } = await openedMeeting();
    const back = screen.getByRole('button', { name: '← Back to meetings' });
    expect(back).toHaveAttribute('aria-keyshortcuts', 'Escape');
    await user.click(screen.getByRole('tab', { name: 'Run the meeting' }));
    expect(screen.getByRole('button', { name: '← Back to meetings' })).not.toHaveAttribute('aria-keyshortcuts');
  });

  it('shows the new title when another window renames the open meeting', async () => {
    const { core, meeting } = await openedMeeting();
    await value(core, 'meetings.update', { id: meeting.id, patch: { title: 'Checkout outage (renamed)' } });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Checkout outage (renamed)' }),
    ).toBeInTheDocument();
  });
});
