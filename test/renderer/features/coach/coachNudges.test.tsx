import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { CoachState } from '../../../../shared/domain/coach/reflectionAspects';
import { value } from '../../../helpers/testCore';
import { renderApp } from '../../../helpers/renderApp';
import { openProjector } from '../projector/openProjector';
import { openStep, SAVED } from '../workspaces/openStep';

const BLAME = 'The on-call engineer forgot to check which host he was on';
const DISMISS = { name: 'This is fine here: “forgot to”' };

const hintOf = (label: string) =>
  within(screen.getByLabelText(label).closest('.autosave') as HTMLElement).queryByRole('list', {
    name: 'Blameless wording',
  });

describe('coach nudges on the console', () => {
  it('shows a hint under a question note once its text is saved, and none while it reads blameless', async () => {
    const { user, saved } = await openStep(5, 'Detect earlier');
    await user.type(screen.getByLabelText('Add note'), 'Alert fired late{Enter}');
    await screen.findByLabelText('Note 1');
    expect(hintOf('Note 1')).toBeNull();

    await user.type(screen.getByLabelText('Add note'), `${BLAME}{Enter}`);
    await screen.findByLabelText('Note 2');
    await waitFor(() => expect(hintOf('Note 2')).not.toBeNull(), SAVED);
    const hint = hintOf('Note 2')!;
    expect(hint).toHaveTextContent('forgot to Hindsight.');
    expect(hint).toHaveTextContent('what made it look reasonable at the time?');
    // The hint is read with the field.
    const described = screen.getByLabelText('Note 2').getAttribute('aria-describedby') ?? '';
    expect(described.split(' ')).toContain(hint.parentElement!.id);

    // A reworded note loses its hint once the new text is saved.
    const note = screen.getByLabelText('Note 2');
    await user.clear(note);
    await user.type(note, 'The prompt did not show which host the shell was on');
    await saved('Note 2');
    await waitFor(() => expect(hintOf('Note 2')).toBeNull());
  });

  it('dismisses a finding as fine here, remembered by the core, and Undo brings it back', async () => {
    const { user, core, meeting, remount } = await openStep(5, 'Detect earlier');
    await value(core, 'questionNotes.add', { meetingId: meeting.id, question: 'detect', text: BLAME });
    await remount();
    await waitFor(() => expect(hintOf('Note 1')).not.toBeNull(), SAVED);

    await user.click(screen.getByRole('button', DISMISS));
    await waitFor(() => expect(hintOf('Note 1')).toBeNull());
    expect(await screen.findByText(/Marked fine here: “forgot to”/)).toBeInTheDocument();
    const stored = await value<CoachState>(core, 'coach.get', { meetingId: meeting.id });
    expect(stored.dismissed).toEqual([expect.stringContaining(':text:counterfactual:forgot to')]);

    // Still dismissed after the console is left and opened again.
    await remount();
    expect(hintOf('Note 1')).toBeNull();
    expect(screen.queryByRole('button', DISMISS)).toBeNull();
  });

  it('brings a dismissed finding back with Undo', async () => {
    const { user, core, meeting, remount } = await openStep(5, 'Detect earlier');
    await value(core, 'questionNotes.add', { meetingId: meeting.id, question: 'detect', text: BLAME });
    await remount();
    await user.click(await screen.findByRole('button', DISMISS, SAVED));
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(hintOf('Note 1')).not.toBeNull());
    expect((await value<CoachState>(core, 'coach.get', { meetingId: meeting.id })).dismissed).toEqual([]);
  });

  it('counts the open wording nudges on the Action review readiness panel', async () => {
    const { core, meeting, remount } = await openStep(7, 'Action review');
    await value(core, 'questionNotes.add', { meetingId: meeting.id, question: 'detect', text: BLAME });
    await value(core, 'parkingLot.add', { meetingId: meeting.id, text: 'That rollout was sloppy.', stepId: null });
    await remount();
    const panel = screen.getByRole('region', { name: 'Ready for review' });
    await waitFor(() =>
      expect(panel).toHaveTextContent('2 wording nudges open (question note, parking-lot item)'),
    );
  });
});

describe('coach nudges on the projector', () => {
  it('never shows a wording hint, however the note is worded', async () => {
    const { call, goTo } = await openProjector();
    await call('questionNotes.add', { question: 'detect', text: BLAME });
    await goTo('detect');
    expect(await screen.findByText(BLAME)).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Blameless wording' })).toBeNull();
    expect(document.querySelector('.coach-mark, .coach-hint')).toBeNull();
    expect(screen.queryByText(/This is fine here/)).toBeNull();
  });
});

describe('coach nudge on the executive summary', () => {
  it('shows a hint under the Overview’s executive summary once its text is saved', async () => {
    const app = await renderApp();
    await value(app.core, 'meetings.create', { title: 'Checkout outage' });
    await app.user.click(await screen.findByRole('button', { name: 'Checkout outage' }));
    const summary = await screen.findByLabelText('Executive summary');
    expect(hintOf('Executive summary')).toBeNull();
    await app.user.type(summary, 'It was human error by the deployer');
    await waitFor(() => expect(hintOf('Executive summary')).not.toBeNull(), SAVED);
    expect(hintOf('Executive summary')).toHaveTextContent('human error');
  });
});
