import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { Meeting, MeetingRecords } from '../../../../shared/types';
import { heldCalls } from '../../../helpers/heldCalls';
import { renderApp } from '../../../helpers/renderApp';
import { value } from '../../../helpers/testCore';

const TYPED = 'A replica was wiped; six hours of data were lost.';
const NOT_SAVED = /“Executive summary” of the meeting “Checkout outage” was not saved/;

/**
 * The Overview of a meeting over a real core, its executive summary typed; `leave` opens another
 * tab, which unmounts the field. `readOnly` makes the core refuse every write, as a read-only
 * file does (the tests run as root, so chmod would not).
 */
async function summaryTyped(options: Parameters<typeof renderApp>[0] = {}) {
  const app = await renderApp(options);
  const meeting = await value<Meeting>(app.core, 'meetings.create', { title: 'Checkout outage' });
  await app.user.click(await screen.findByRole('button', { name: 'Checkout outage' }));
  const incident = await screen.findByRole('region', { name: 'Incident' });
  await app.user.type(within(incident).getByLabelText('Executive summary'), TYPED);
  const readOnly = (on: boolean) => app.core.session.store().db.pragma(`query_only = ${on ? 'ON' : 'OFF'}`);
  const leave = async () => {
    await app.user.click(screen.getByRole('tab', { name: 'Event log' }));
    await screen.findByRole('form', { name: 'Add an event' });
  };
  const stored = async () =>
    (await value<MeetingRecords>(app.core, 'meetings.get', { id: meeting.id })).meeting.summary;
  return { ...app, readOnly, leave, stored };
}

/** The summary's save sent as the field is left (Tab), held on its way while another tab opens. */
async function leftWhileSaving() {
  const hold = heldCalls(['meetings.update']);
  const app = await summaryTyped({ wrapApi: hold.wrap });
  await app.user.tab();
  await waitFor(() => expect(hold.held).toBe(1));
  await app.leave();
  return { ...app, release: () => hold.release() };
}

describe('AutosaveField, its save answered once the field is gone', () => {
  it('raises a notice naming the field and meeting, with the reason and the text, when the save on leaving is refused', async () => {
    const app = await summaryTyped();
    app.readOnly(true);
    await app.leave();

    const notice = (await screen.findByText(NOT_SAVED)).closest('.notice')!;
    expect(notice).toHaveTextContent(/read-only: nothing was saved/);
    expect(notice).toHaveTextContent(`What you typed: “${TYPED}”`);
    // No "save again": the field may hold newer text by then, which that would overwrite.
    expect(within(notice as HTMLElement).queryByRole('button', { name: /again/i })).toBeNull();
  });

  it('raises the notice for a save still on its way when the field went, once the core refuses it', async () => {
    const app = await leftWhileSaving();
    app.readOnly(true);
    app.release();

    expect(await screen.findByText(NOT_SAVED)).toHaveTextContent(`What you typed: “${TYPED}”`);
  });

  it('saves a save still on its way when the field went, without a notice', async () => {
    const app = await leftWhileSaving();
    app.release();

    await waitFor(async () => expect(await app.stored()).toBe(TYPED));
    expect(screen.queryByText(NOT_SAVED)).toBeNull();
  });
});
