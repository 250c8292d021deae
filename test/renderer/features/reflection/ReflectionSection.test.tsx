import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { CoachState } from '../../../../shared/domain/coach/reflectionAspects';
import type { Meeting, MeetingRecords } from '../../../../shared/types';
import { renderApp } from '../../../helpers/renderApp';
import { value } from '../../../helpers/testCore';
import { SAVED } from '../workspaces/openStep';

const ASPECTS = [
  'Root-cause analysis',
  'Impact analysis',
  'Blast radius',
  'Recoverability',
  'Technical debt',
  'Culture',
];

async function openReflection() {
  const app = await renderApp();
  const meeting = await value<Meeting>(app.core, 'meetings.create', { title: 'Checkout outage' });
  await app.user.click(await screen.findByRole('button', { name: 'Checkout outage' }));
  await app.user.click(await screen.findByRole('tab', { name: 'Reflection' }));
  await screen.findByRole('heading', { level: 2, name: 'Reflection' });
  const records = () => value<MeetingRecords>(app.core, 'meetings.get', { id: meeting.id });
  return { ...app, meeting, records };
}

describe('ReflectionSection', () => {
  it('walks the six aspects, each with its checks read out with their state', async () => {
    const { core, meeting } = await openReflection();
    const headings = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(headings.slice(0, 6)).toEqual(ASPECTS);
    const rootCause = screen.getByRole('list', { name: 'Checks: Root-cause analysis' });
    expect(within(rootCause).getAllByRole('listitem')[1]).toHaveTextContent(
      'Open: At least two contributing factors 0 contributing factors recorded.',
    );
    await value(core, 'rootCauseItems.add', {
      meetingId: meeting.id,
      kind: 'contributing-factor',
      text: 'A',
    });
    await value(core, 'rootCauseItems.add', {
      meetingId: meeting.id,
      kind: 'contributing-factor',
      text: 'B',
    });
    await waitFor(() =>
      expect(within(rootCause).getAllByRole('listitem')[1]).toHaveTextContent(
        'Met: At least two contributing factors 2 contributing factors recorded.',
      ),
    );
  });

  it('saves a note per aspect through the coach, committed before it says Saved', async () => {
    const { user, core, meeting } = await openReflection();
    const note = await screen.findByLabelText('Note on recoverability');
    await user.type(note, 'Draining took 40 minutes');
    const field = note.closest('.autosave') as HTMLElement;
    await waitFor(() => expect(field).toHaveTextContent('Saved'), SAVED);
    const stored = await value<CoachState>(core, 'coach.get', { meetingId: meeting.id });
    expect(stored.notes).toEqual({ recoverability: 'Draining took 40 minutes' });
  });

  it('shows what is still open when publishing, and publishes anyway by keyboard', async () => {
    const { user, records } = await openReflection();
    await user.click(screen.getByRole('button', { name: 'Mark as published…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publish this meeting?' });
    const open = within(dialog).getByRole('list', { name: 'Still open' });
    expect(within(open).getByText('The primary cause is written down')).toBeInTheDocument();
    expect(within(open).queryByText('The report is published')).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Publish anyway' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(async () => expect((await records()).meeting.status).toBe('published'));
    expect(await screen.findByText('This meeting is published.')).toBeInTheDocument();
    expect((await records()).meeting.publishedAt).not.toBeNull();
  });

  it('leaves the meeting as it was when publishing is cancelled', async () => {
    const { user, records } = await openReflection();
    await user.click(screen.getByRole('button', { name: 'Mark as published…' }));
    await screen.findByRole('dialog', { name: 'Publish this meeting?' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((await records()).meeting.status).toBe('draft');
  });
});
