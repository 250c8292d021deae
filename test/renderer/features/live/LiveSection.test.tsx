import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import type { Meeting, MeetingRecords } from '../../../../shared/types';
import { renderApp } from '../../../helpers/renderApp';
import { value } from '../../../helpers/testCore';

/** The app over a real core, on the "Run the meeting" tab of a fresh meeting, focus on the page. */
async function console(meetingInput: Record<string, unknown> = {}) {
  const app = await renderApp();
  const meeting = await value<Meeting>(app.core, 'meetings.create', {
    title: 'Checkout outage',
    ...meetingInput,
  });
  await app.user.click(await screen.findByRole('button', { name: 'Checkout outage' }));
  await app.user.click(await screen.findByRole('tab', { name: 'Run the meeting' }));
  await screen.findByRole('heading', { name: 'Ready to start' });
  // Keys typed while a tab has focus belong to the tab list (its arrows switch tabs).
  (document.activeElement as HTMLElement | null)?.blur();
  const records = () => value<MeetingRecords>(app.core, 'meetings.get', { id: meeting.id });
  return { ...app, meeting, records };
}

const rail = () => screen.getByRole('navigation', { name: 'Agenda' });
const currentRailStep = () => within(rail()).getByRole('button', { current: 'step' });

describe('LiveSection', () => {
  it('starts the first step with Space and walks the agenda with the arrow keys', async () => {
    const { user } = await console();
    await user.keyboard(' ');
    expect(await screen.findByRole('heading', { level: 2, name: 'Opening' })).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent(/3:00|2:59/);
    expect(currentRailStep()).toHaveTextContent('Opening');

    await user.keyboard('{ArrowRight}');
    // By id: the embedded event log (TimelineSection) has an "Event log" heading of its own.
    await waitFor(() => expect(document.getElementById('live-step-title')).toHaveTextContent('Event log'));
    expect(within(rail()).getByRole('button', { name: /Opening/ })).toHaveTextContent('Done');
    expect(screen.getByText('Step 2 of 8')).toBeInTheDocument();

    await user.keyboard('{ArrowLeft}');
    await screen.findByRole('heading', { level: 2, name: 'Opening' });
  });

  it('pauses and resumes with Space and the button, saying which it will do', async () => {
    const { user, records } = await console();
    await user.click(screen.getByRole('button', { name: /^Start/ }));
    await screen.findByRole('heading', { level: 2, name: 'Opening' });
    await user.keyboard(' ');
    await screen.findByRole('button', { name: /^Resume/ });
    expect((await records()).agenda[0]!.runningSince).toBeNull();
    await user.click(screen.getByRole('button', { name: /^Resume/ }));
    await screen.findByRole('button', { name: /^Pause/ });
    expect((await records()).agenda[0]!.runningSince).not.toBeNull();
  });

  it('extends the current step by 1 minute with + and 5 minutes with Shift +', async () => {
    const { user, records } = await console();
    await user.keyboard(' ');
    await screen.findByRole('heading', { level: 2, name: 'Opening' });
    await user.keyboard('=');
    await waitFor(async () => expect((await records()).agenda[0]!.plannedSeconds).toBe(240));
    await user.click(screen.getByRole('button', { name: /\+5 min/ }));
    await waitFor(async () => expect((await records()).agenda[0]!.plannedSeconds).toBe(540));
    expect(currentRailStep()).toHaveTextContent('9 min');
  });

  it('jumps to a step with its digit', async () => {
    const { user } = await console();
    await user.keyboard('4');
    await screen.findByRole('heading', { level: 2, name: 'Remediate faster' });
    expect(screen.getByText(/what could we have done to remediate it faster/)).toBeInTheDocument();
  });

  it('reminds the facilitator when the current step’s timer was never started', async () => {
    const { user } = await console({ autoStartNextStep: false });
    await user.keyboard('{ArrowRight}');
    await screen.findByRole('heading', { level: 2, name: 'Opening' });
    expect(screen.getByText(/This step’s timer has not started yet/)).toHaveAttribute('role', 'status');
    await user.keyboard(' ');
    await waitFor(() => expect(screen.queryByText(/has not started yet/)).not.toBeInTheDocument());
  });

  it('shows the blameless statement in the Opening step', async () => {
    const { user } = await console({ blamelessStatement: 'We look for what allowed this.' });
    await user.keyboard(' ');
    expect(await screen.findByText('We look for what allowed this.')).toBeInTheDocument();
  });

  it('lists every shortcut in the ? sheet', async () => {
    const { user } = await console();
    await user.keyboard('?');
    const sheet = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(sheet).toHaveTextContent('Start or pause the timer');
    expect(sheet).toHaveTextContent('Add 5 minutes');
    expect(sheet).toHaveTextContent('Park an off-topic remark');
    expect(sheet).not.toHaveTextContent('coming with the parking lot');
    await user.click(within(sheet).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('mutes the chime with M, kept on the meeting, and raises the move-on signal with E', async () => {
    const { user, records } = await console();
    await user.keyboard(' ');
    await screen.findByRole('heading', { level: 2, name: 'Opening' });
    await user.keyboard('m');
    expect(await screen.findByRole('button', { name: /Chime off/ })).toBeInTheDocument();
    // Saved, so a restarted app or a second console does not chime again unasked.
    expect((await records()).meeting.chimeMuted).toBe(true);
    await user.keyboard('e');
    await screen.findByText(/“Enough, let’s move on” is on the projector/);
    expect((await records()).meeting.moveOnSignalAt).not.toBeNull();
  });

  it('ends the meeting after a confirmation', async () => {
    const { user, records } = await console();
    await user.keyboard(' ');
    await screen.findByRole('heading', { level: 2, name: 'Opening' });
    await user.click(screen.getByRole('button', { name: /End meeting/ }));
    const dialog = await screen.findByRole('alertdialog', { name: 'End the meeting?' });
    await user.click(within(dialog).getByRole('button', { name: 'End meeting' }));
    await screen.findByRole('heading', { level: 2, name: 'The meeting has ended' });
    expect((await records()).meeting.status).toBe('review');
  });

  it('keeps an ended meeting ended under Space, arrows and step numbers until it is reopened', async () => {
    const { user, records, core, meeting } = await console();
    await value(core, 'meetings.endMeeting', { meetingId: meeting.id });
    await screen.findByRole('heading', { level: 2, name: 'The meeting has ended' });
    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard(' {ArrowRight}3');
    expect(screen.getByRole('heading', { level: 2, name: 'The meeting has ended' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Next step/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Start/ })).not.toBeInTheDocument();
    expect((await records()).meeting).toMatchObject({ status: 'review', currentStepId: null });

    await user.click(screen.getByRole('button', { name: 'Reopen the meeting' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Opening' })).toBeInTheDocument();
    expect((await records()).meeting.status).toBe('live');
  });

  it('asks the app to open the projector with P', async () => {
    const { user, dialogs, meeting } = await console();
    await user.keyboard('p');
    await waitFor(() =>
      expect(dialogs.requests).toContainEqual({ kind: 'projector', meetingId: meeting.id }),
    );
  });
});

describe('LiveSection settings', () => {
  it('turns off starting the next timer, and the next step then waits for Space', async () => {
    const { user, records } = await console();
    await user.click(screen.getByRole('checkbox', { name: 'Moving to another step starts its timer' }));
    await waitFor(async () => expect((await records()).meeting.autoStartNextStep).toBe(false));
    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard('{ArrowRight}');
    await screen.findByRole('heading', { level: 2, name: 'Opening' });
    expect(screen.getByRole('timer')).toHaveTextContent('Not started');
  });
});

describe('LiveSection menu commands', () => {
  it('runs a command chosen from the native menu exactly as its keys do', async () => {
    const { sendFromMain } = await console();
    act(() => sendFromMain('menuCommandChosen', { id: 'timer.toggle' }));
    await screen.findByRole('heading', { level: 2, name: 'Opening' });
    act(() => sendFromMain('menuCommandChosen', { id: 'agenda.jump', stepNumber: 4 }));
    await screen.findByRole('heading', { level: 2, name: 'Remediate faster' });
    act(() => sendFromMain('menuCommandChosen', { id: 'shortcuts.show' }));
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
  });

  it('runs a menu command while a field has the focus, where its bare key would be typed', async () => {
    const { user, sendFromMain } = await console();
    const setting = screen.getByRole('checkbox', { name: 'Moving to another step starts its timer' });
    setting.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('heading', { level: 2, name: 'Ready to start' })).toBeInTheDocument();
    act(() => sendFromMain('menuCommandChosen', { id: 'agenda.next' }));
    await screen.findByRole('heading', { level: 2, name: 'Opening' });
  });

  it('parks a remark from the menu on any tab of the open meeting', async () => {
    const { user, sendFromMain } = await console();
    await user.click(screen.getByRole('tab', { name: 'Overview' }));
    act(() => sendFromMain('menuCommandChosen', { id: 'parkingLot.capture' }));
    expect(await screen.findByRole('dialog', { name: 'Park a remark' })).toBeInTheDocument();
  });
});
