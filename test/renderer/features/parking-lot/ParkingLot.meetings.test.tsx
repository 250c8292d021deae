import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { heldCalls } from '../../../helpers/heldCalls';
import { twoMeetings } from '../meetings/twoMeetings';

const captureBox = () => screen.queryByRole('dialog', { name: 'Park a remark' });

/** Two meetings over a real core; `capture` opens the parking-lot box of the one open. */
async function twoParkingLots(options: Parameters<typeof twoMeetings>[0] = {}) {
  const app = await twoMeetings(options);
  async function capture() {
    await app.user.keyboard('{Control>}{Shift>}P{/Shift}{/Control}');
    return within(await screen.findByRole('dialog', { name: 'Park a remark' })).getByRole('textbox');
  }
  return { ...app, capture };
}

describe('the parking-lot box across meetings', () => {
  it('keeps a remark typed in one meeting’s box out of another’s, and has it back in its own', async () => {
    const { user, open, capture } = await twoParkingLots();
    await open('Checkout outage');
    await user.type(await capture(), 'Pager rota');
    // Left with the box open (jsdom lets the click through the modal).
    await open('Stale prices');
    expect(captureBox()).toBeNull();
    expect(await capture()).toHaveValue('');
    await user.keyboard('{Escape}');
    await open('Checkout outage');
    expect(await capture()).toHaveValue('Pager rota');
  });

  it('puts a refused remark back into the meeting it was typed in, not the one open by then', async () => {
    const hold = heldCalls(['parkingLot.add']);
    const { user, core, open, capture } = await twoParkingLots({ wrapApi: hold.wrap });
    await open('Checkout outage');
    await user.type(await capture(), 'Pager rota{Enter}');
    await waitFor(() => expect(captureBox()).toBeNull());
    await open('Stale prices');
    // What a read-only file does to every write; the tests run as root, so chmod would not.
    core.session.store().db.pragma('query_only = ON');
    hold.release();

    // The notice names the remark, its meeting and where it waits: nothing in this meeting shows it.
    expect(
      await screen.findByText(
        /^The remark “Pager rota” was not parked in the meeting “Checkout outage”: .*read-only: nothing was saved\..* It is kept in that meeting’s Park a remark box\.$/,
      ),
    ).toBeInTheDocument();
    expect(captureBox()).toBeNull();
    await open('Checkout outage');
    const box = await screen.findByRole('dialog', { name: 'Park a remark' });
    expect(within(box).getByRole('textbox')).toHaveValue('Pager rota');
  });
});
