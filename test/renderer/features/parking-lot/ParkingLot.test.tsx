import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { consoleOnEventLog } from '../timeline/openEventLog';
import { value } from '../../../helpers/testCore';

describe('parking lot', () => {
  it('parks a remark typed mid-field with Ctrl+Shift+P on the current step, and gives focus back', async () => {
    const { user, records, panel } = await consoleOnEventLog();
    const field = screen.getAllByRole('textbox')[0]!;
    await user.click(field);
    await user.keyboard('{Control>}{Shift>}P{/Shift}{/Control}');
    const box = await screen.findByRole('dialog', { name: 'Park a remark' });
    const input = within(box).getByRole('textbox', { name: 'Parked with the step “Event log”' });
    expect(input).toHaveFocus();
    await user.type(input, 'Why was the runbook out of date?{Enter}');

    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Park a remark' })).not.toBeInTheDocument(),
    );
    expect(field).toHaveFocus();
    const saved = (await records()).parkingLot;
    const eventLog = (await records()).agenda.find((step) => step.title === 'Event log')!;
    expect(saved).toMatchObject([
      { text: 'Why was the runbook out of date?', stepId: eventLog.id, resolved: false },
    ]);
    expect(within(panel()).getByRole('textbox', { name: 'Parked in Event log' })).toHaveValue(
      'Why was the runbook out of date?',
    );
    expect(panel()).toHaveAccessibleName('Parking lot 1 open');
  });

  it('cancels the capture with Escape without closing the meeting', async () => {
    const { user, records } = await consoleOnEventLog();
    await user.keyboard('{Control>}{Shift>}P{/Shift}{/Control}');
    const box = await screen.findByRole('dialog', { name: 'Park a remark' });
    await user.type(within(box).getByRole('textbox'), 'Half a thought');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByText('Step 2 of 8')).toBeInTheDocument();
    expect((await records()).parkingLot).toEqual([]);
  });

  it('resolves, reopens, edits and deletes an item with undo', async () => {
    const { user, core, meeting, records, panel } = await consoleOnEventLog();
    await value(core, 'parkingLot.add', { meetingId: meeting.id, text: 'Pager rota', stepId: null });
    const field = await within(panel()).findByRole('textbox', { name: 'Parked in No step' });

    await user.click(within(panel()).getByRole('checkbox', { name: 'Resolved: Pager rota' }));
    await waitFor(async () => expect((await records()).parkingLot[0]!.resolved).toBe(true));
    expect(panel()).toHaveAccessibleName('Parking lot 0 open');
    await user.click(within(panel()).getByRole('checkbox', { name: 'Resolved: Pager rota' }));
    await waitFor(async () => expect((await records()).parkingLot[0]!.resolved).toBe(false));

    await user.clear(field);
    await user.type(field, 'Pager rota for weekends{Enter}');
    await waitFor(async () => expect((await records()).parkingLot[0]!.text).toBe('Pager rota for weekends'));

    await user.click(within(panel()).getByRole('button', { name: 'Delete “Pager rota for weekends”' }));
    await waitFor(async () => expect((await records()).parkingLot).toEqual([]));
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await within(panel()).findByRole('textbox', { name: 'Parked in No step' });
    expect((await records()).parkingLot).toHaveLength(1);
  });

  it('shows a long entry whole, in a box that wraps it, and saves it with Enter', async () => {
    const { user, core, meeting, records, panel } = await consoleOnEventLog();
    const long = 'Why did the failover runbook still name the old primary, two quarters after the move? '.repeat(3);
    await value(core, 'parkingLot.add', { meetingId: meeting.id, text: long, stepId: null });
    const field = await within(panel()).findByRole('textbox', { name: 'Parked in No step' });
    // A textarea wraps; the one-line <input> it replaces cut the entry at the box's edge.
    expect(field.tagName).toBe('TEXTAREA');
    expect(field).toHaveValue(long);
    await user.type(field, ' Ask the DBA team.{Enter}');
    await waitFor(async () => expect((await records()).parkingLot[0]!.text).toBe(`${long} Ask the DBA team.`));
  });

  it('lowers the “move on” signal it raised', async () => {
    const { user, records } = await consoleOnEventLog();
    await user.keyboard('e');
    await screen.findByRole('button', { name: /Lower “move on”/ });
    expect((await records()).meeting.moveOnSignalAt).not.toBeNull();
    await user.keyboard('e');
    await screen.findByRole('button', { name: /^Move on/ });
    expect((await records()).meeting.moveOnSignalAt).toBeNull();
  });
});
