import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { CoachState } from '../../../../shared/domain/coach/reflectionAspects';
import { value } from '../../../helpers/testCore';
import { openStep } from '../workspaces/openStep';

const BLAME = 'The operator forgot to drain the rack before the upgrade';
const T = Date.UTC(2026, 2, 5, 9, 40);

describe('wording nudges of an event in the log', () => {
  it('keeps the description cell to its text and offers the findings from the row’s actions', async () => {
    const { user, core, meeting, remount } = await openStep(2, 'Event log');
    await value(core, 'timeline.add', { meetingId: meeting.id, at: T, kind: 'other', description: BLAME });
    await value(core, 'timeline.add', {
      meetingId: meeting.id,
      at: T + 60_000,
      kind: 'other',
      description: 'Rack drained',
    });
    await remount();
    const button = await screen.findByRole('button', { name: /^Wording of the .* event: 1 nudge$/ });
    expect(screen.getAllByRole('button', { name: /^Wording of/ })).toHaveLength(1);
    // The cell's name is the description alone: the underline's hint is not read with the row.
    expect(screen.getByRole('cell', { name: BLAME })).toBeInTheDocument();

    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: /^Wording of the .* event$/ });
    const dismiss = within(dialog).getByRole('button', { name: 'This is fine here: “forgot to”' });
    expect(dismiss).toHaveFocus();
    await user.keyboard('{Enter}');
    await within(dialog).findByText(/Marked fine here: “forgot to”/);
    expect((await value<CoachState>(core, 'coach.get', { meetingId: meeting.id })).dismissed).toEqual([
      expect.stringContaining(':description:counterfactual:forgot to'),
    ]);

    await user.click(within(dialog).getByRole('button', { name: 'Undo' }));
    await within(dialog).findByRole('button', { name: 'This is fine here: “forgot to”' });
    expect((await value<CoachState>(core, 'coach.get', { meetingId: meeting.id })).dismissed).toEqual([]);

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByRole('button', { name: /^Wording of the .* event: 1 nudge$/ })).toHaveFocus();
  });
});
