import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { MeetingRecords } from '../../../../shared/types';
import { renderApp } from '../../../helpers/renderApp';
import { hubWithOpenRoom } from '../../../helpers/roomHost';
import { value } from '../../../helpers/testCore';

const form = (name: string) => screen.getByRole('form', { name });
const remarkBox = () => within(form('Parking lot')).getByRole('textbox', { name: 'Off-topic remark' });
const factBox = () => within(form('Timeline event')).getByRole('textbox', { name: 'What happened' });

describe('the joined room’s note-taker view in Hindsight', () => {
  it('keeps what was typed but not submitted across a window reload, and clears a draft once it is sent', async () => {
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
});
