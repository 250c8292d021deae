import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { heldCalls } from '../../../helpers/heldCalls';
import { openStep } from '../workspaces/openStep';

// Issue #16: a parked remark paints before the core answers, as the quick-add does
// (renderer/store/pendingRecords.ts). The add's call is held back while the test looks.
async function consoleWithHeldParking() {
  const hold = heldCalls(['parkingLot.add']);
  const app = await openStep(2, 'Event log', {}, { wrapApi: hold.wrap });
  const panel = () => screen.getByRole('region', { name: /Parking lot/ });
  async function park(text: string) {
    await app.user.keyboard('{Control>}{Shift>}P{/Shift}{/Control}');
    const box = await screen.findByRole('dialog', { name: 'Park a remark' });
    await app.user.type(within(box).getByRole('textbox'), `${text}{Enter}`);
  }
  return { ...app, hold, panel, park };
}

describe('a parked remark, before and after the core answers', () => {
  it('shows the remark marked “Saving…” with the box closed before the answer, then saved in the same row', async () => {
    const app = await consoleWithHeldParking();
    await app.park('Why was the runbook out of date?');

    expect(screen.queryByRole('dialog', { name: 'Park a remark' })).not.toBeInTheDocument();
    const field = within(app.panel()).getByRole('textbox', { name: 'Parked in Event log' });
    expect(field).toHaveValue('Why was the runbook out of date?');
    const row = field.closest('li')!;
    expect(within(row).getByText('Saving…')).toBeInTheDocument();
    expect(row).toHaveAttribute('aria-busy', 'true');
    expect(app.hold.held).toBe(1);
    expect((await app.records()).parkingLot).toEqual([]);

    app.hold.release();
    await waitFor(() => expect(within(row).queryByText('Saving…')).not.toBeInTheDocument());
    expect(within(app.panel()).getByRole('textbox', { name: 'Parked in Event log' }).closest('li')).toBe(row);
    expect(row).not.toHaveAttribute('aria-busy');
    expect(await screen.findByText('Parked “Why was the runbook out of date?”.')).toBeInTheDocument();
    const { parkingLot, agenda } = await app.records();
    const step = agenda.find((candidate) => candidate.title === 'Event log')!;
    expect(parkingLot).toMatchObject([{ text: 'Why was the runbook out of date?', stepId: step.id }]);
  });

  it('takes a refused remark away and opens the box again with its text and the reason', async () => {
    const app = await consoleWithHeldParking();
    await app.park('Why was the runbook out of date?');
    expect(within(app.panel()).getByRole('textbox', { name: 'Parked in Event log' })).toBeInTheDocument();
    // What a read-only file does to every write; the tests run as root, so chmod would not.
    app.core.session.store().db.pragma('query_only = ON');

    app.hold.release();
    expect(await screen.findByText(/read-only: nothing was saved/)).toBeInTheDocument();
    const box = await screen.findByRole('dialog', { name: 'Park a remark' });
    expect(within(box).getByRole('textbox')).toHaveValue('Why was the runbook out of date?');
    expect(within(app.panel()).queryByRole('textbox', { name: 'Parked in Event log' })).not.toBeInTheDocument();
    expect((await app.records()).parkingLot).toEqual([]);
  });
});
