import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import type { Meeting } from '../../../../shared/types';
import { renderApp } from '../../../helpers/renderApp';
import { value } from '../../../helpers/testCore';
import { projectorHash } from '../../../../shared/projectorRoute';
import { focusableOnProjector, openProjector } from './openProjector';

/** A projector window on a meeting that has the default agenda and a blameless statement. */
const projector = () => openProjector({ blamelessStatement: 'We look for what allowed this.' });

describe('ProjectorView', () => {
  it('shows how many parking-lot items are still open', async () => {
    const { core, meeting } = await projector();
    await screen.findByText('The postmortem starts soon.');
    await value(core, 'agenda.next', { meetingId: meeting.id });
    await value(core, 'parkingLot.add', { meetingId: meeting.id, text: 'Pager rota' });
    expect(await screen.findByText(/Step 1 of 8 · Checkout outage · 1 parked/)).toBeInTheDocument();
  });

  it('switches to another meeting when only the address fragment changes, without a reload', async () => {
    // Main points an open projector window at another meeting by changing its hash alone.
    const { core } = await projector();
    await screen.findByRole('heading', { name: 'Checkout outage' });
    const other = await value<Meeting>(core, 'meetings.create', { title: 'Stale search index' });
    window.location.hash = `#${projectorHash(other.id)}`;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(await screen.findByRole('heading', { name: 'Stale search index' })).toBeInTheDocument();
  });

  it('shows the meeting before the walk starts, and no controls', async () => {
    await projector();
    expect(await screen.findByRole('heading', { name: 'Checkout outage' })).toBeInTheDocument();
    expect(screen.getByText('The postmortem starts soon.')).toBeInTheDocument();
    expect(screen.queryAllByRole('button')).toEqual([]);
  });

  it('follows the console: the step, its timer and the blameless statement in the Opening', async () => {
    const { core, meeting } = await projector();
    await screen.findByText('The postmortem starts soon.');
    await value(core, 'agenda.next', { meetingId: meeting.id });
    expect(await screen.findByRole('heading', { name: 'Opening' })).toBeInTheDocument();
    expect(screen.getByText('We look for what allowed this.')).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent(/3:00|2:59/);

    await value(core, 'agenda.next', { meetingId: meeting.id });
    expect(await screen.findByRole('heading', { name: 'Event log' })).toBeInTheDocument();
    expect(screen.getByText(/Facts only/)).toBeInTheDocument();
    expect(screen.queryAllByRole('button')).toEqual([]);
  });

  it('raises and lowers the “Enough, let’s move on” banner', async () => {
    const { core, meeting } = await projector();
    await value(core, 'agenda.next', { meetingId: meeting.id });
    await value(core, 'meetings.signalMoveOn', { meetingId: meeting.id, raised: true });
    expect(await screen.findByRole('alert')).toHaveTextContent('Enough, let’s move on');
    await value(core, 'meetings.signalMoveOn', { meetingId: meeting.id, raised: false });
    await screen.findByRole('heading', { name: 'Opening' });
    await expect.poll(() => screen.queryByRole('alert')).toBeNull();
  });

  it('shows only the prompt of a custom step', async () => {
    const { call, goTo } = await projector();
    await call('agenda.add', {
      kind: 'custom',
      title: 'Customer follow-up',
      prompt: 'Who calls the three biggest customers, and when?',
    });
    await goTo('custom');
    expect(screen.getByText('Who calls the three biggest customers, and when?')).toBeInTheDocument();
    expect(screen.queryAllByRole('region')).toEqual([]);
    expect(focusableOnProjector()).toEqual([]);
  });

  it('says so when no meeting is named', async () => {
    window.location.hash = '#projector';
    await renderApp();
    expect(await screen.findByRole('heading', { name: 'No meeting chosen' })).toBeInTheDocument();
  });
});
