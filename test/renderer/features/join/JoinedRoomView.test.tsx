import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MeetingRecords } from '../../../../shared/types';
import { renderApp } from '../../../helpers/renderApp';
import { hubWithOpenRoom } from '../../../helpers/roomHost';
import { value } from '../../../helpers/testCore';

const form = (name: string) => screen.getByRole('form', { name });
const remarkBox = () => within(form('Parking lot')).getByRole('textbox', { name: 'Off-topic remark' });
const factBox = () => within(form('Timeline event')).getByRole('textbox', { name: 'What happened' });
const refusedList = () => screen.queryByRole('list', { name: 'Not saved' });

/** Hindsight over a fresh window storage, joined to a real hub's room and showing its meeting. */
async function joinedApp() {
  window.localStorage.clear();
  const { hub, meeting, room } = await hubWithOpenRoom();
  const app = await renderApp();
  const joined = await app.core.call('join.open', {
    address: room.address,
    code: room.code,
    name: 'Ana',
    role: 'note-taker',
  });
  expect(joined.ok).toBe(true);
  expect(await screen.findByRole('heading', { name: 'Stale prices' })).toBeInTheDocument();
  return { app, hub, meeting };
}

describe('the joined room’s note-taker view in Hindsight', () => {
  it('keeps what was typed but not submitted across a window reload, and clears a draft once it is sent', async () => {
    const { app, hub, meeting } = await joinedApp();
    await app.user.type(remarkBox(), 'Cache TTLs');
    await app.user.type(factBox(), 'Prices went stale');

    app.reload();
    expect(await screen.findByRole('heading', { name: 'Stale prices' })).toBeInTheDocument();
    expect(remarkBox()).toHaveValue('Cache TTLs');
    expect(factBox()).toHaveValue('Prices went stale');

    await app.user.click(within(form('Parking lot')).getByRole('button', { name: 'Park it' }));
    await waitFor(async () =>
      expect(
        (await value<MeetingRecords>(hub, 'meetings.get', { id: meeting.id })).parkingLot.map(
          (item) => item.text,
        ),
      ).toEqual(['Cache TTLs']),
    );
    app.reload();
    expect(await screen.findByRole('heading', { name: 'Stale prices' })).toBeInTheDocument();
    expect(remarkBox()).toHaveValue('');
    expect(factBox()).toHaveValue('Prices went stale');
  });

  it('keeps a capture the core refused across a window reload, until it is discarded', async () => {
    const { app } = await joinedApp();
    // Pasted past the field's limit (maxLength stops typing only): the core's schema refuses it.
    const tooLong = 'Prices went stale across every region.'.repeat(300);
    await app.user.type(within(form('Timeline event')).getByRole('textbox', { name: 'When' }), '10:00');
    fireEvent.change(factBox(), { target: { value: tooLong } });
    await app.user.click(within(form('Timeline event')).getByRole('button', { name: 'Add event' }));
    await waitFor(() => expect(refusedList()).not.toBeNull());
    expect(within(refusedList()!).getByRole('alert')).toHaveTextContent(`Not saved: “${tooLong}”.`);

    app.reload();
    expect(await screen.findByRole('heading', { name: 'Stale prices' })).toBeInTheDocument();
    expect(within(refusedList()!).getByRole('alert')).toHaveTextContent(`Not saved: “${tooLong}”.`);
    await app.user.click(within(refusedList()!).getByRole('button', { name: 'Discard' }));
    expect(refusedList()).toBeNull();

    app.reload();
    expect(await screen.findByRole('heading', { name: 'Stale prices' })).toBeInTheDocument();
    expect(refusedList()).toBeNull();
  });
});
