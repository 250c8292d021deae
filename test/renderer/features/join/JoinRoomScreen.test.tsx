import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { RoomBrowser } from '../../../../electron/core/room/roomBrowser';
import type { FoundRoom } from '../../../../shared/contract/join';
import type { MeetingRecords } from '../../../../shared/types';
import { renderApp } from '../../../helpers/renderApp';
import { hubWithOpenRoom } from '../../../helpers/roomHost';
import { scriptedHost, value } from '../../../helpers/testCore';

/** What the network "heard": an injected browse result, never real multicast. */
const heard = (rooms: FoundRoom[]): RoomBrowser => ({ browse: async () => rooms });

async function openJoinScreen(rooms: FoundRoom[] = []) {
  const app = await renderApp({ core: { host: { ...scriptedHost().host, roomBrowser: heard(rooms) } } });
  await app.user.click(await screen.findByRole('button', { name: 'Join a room…' }));
  expect(await screen.findByRole('heading', { name: 'Join a room', level: 1 })).toHaveFocus();
  return app;
}

const addressBox = () => screen.getByRole('textbox', { name: 'Room address' });

describe('Join a room (the library)', () => {
  it('lists the rooms heard on the network; picking one fills its address in', async () => {
    const { user } = await openJoinScreen([
      { name: 'Hindsight AB53117', title: 'Stale prices', address: 'http://192.168.1.20:53117/' },
    ]);
    const list = await screen.findByRole('list');
    expect(within(list).getByText('Stale prices')).toBeInTheDocument();
    await user.click(within(list).getByRole('button', { name: 'Use Stale prices' }));
    expect(addressBox()).toHaveValue('http://192.168.1.20:53117/');
  });

  it('says when no room is heard, and what is wrong with a typed address', async () => {
    const { user } = await openJoinScreen([]);
    expect(await screen.findByText(/No room heard here/)).toBeInTheDocument();
    const join = screen.getByRole('button', { name: 'Join' });
    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Ana');
    await user.type(screen.getByRole('textbox', { name: 'Room code' }), 'ABCDE-FGHJK');
    await user.click(join);
    expect(addressBox()).toHaveAccessibleDescription(expect.stringContaining('Type the address shown'));
    await user.type(addressBox(), '192.168.1.20');
    await user.click(join);
    expect(addressBox()).toHaveAccessibleDescription(expect.stringContaining('needs its port'));
    await user.clear(addressBox());
    await user.type(addressBox(), 'ftp://192.168.1.20:21');
    await user.click(join);
    expect(addressBox()).toHaveAccessibleDescription(expect.stringContaining('starts with http://'));
  });

  it('a pasted join link brings its code; a wrong code is refused in words', async () => {
    const { room } = await hubWithOpenRoom();
    const { user } = await openJoinScreen();
    await user.type(addressBox(), `${room.address}#code=WRONG-CODE1`);
    expect(screen.queryByRole('textbox', { name: 'Room code' })).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Ana');
    await user.click(screen.getByRole('button', { name: 'Join' }));
    expect(await screen.findByText(/wrong room code/)).toBeInTheDocument();
  });

  it('joins by address and code, captures into the room, and leaving keeps the copy in the library', async () => {
    const { hub, meeting, room } = await hubWithOpenRoom();
    const { user } = await openJoinScreen();
    await user.type(addressBox(), room.address.replace('http://', ''));
    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Ana');
    await user.type(screen.getByRole('textbox', { name: 'Room code' }), room.code);
    await user.click(screen.getByRole('button', { name: 'Join' }));
    expect(await screen.findByRole('heading', { name: 'Stale prices' })).toBeInTheDocument();
    expect(await screen.findByText('Connected to the room.')).toBeInTheDocument();

    const parking = screen.getByRole('form', { name: 'Parking lot' });
    await user.type(within(parking).getByRole('textbox', { name: 'Off-topic remark' }), 'Cache TTLs');
    await user.click(within(parking).getByRole('button', { name: 'Park it' }));
    await waitFor(async () =>
      expect(
        (await value<MeetingRecords>(hub, 'meetings.get', { id: meeting.id })).parkingLot.map(
          (item) => item.text,
        ),
      ).toEqual(['Cache TTLs']),
    );
    expect(await screen.findByText('Everything is sent.')).toBeInTheDocument();

    expect(screen.getByText(/Leaving keeps your copy of “Stale prices” in the library/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Leave the room' }));
    expect(await screen.findByRole('button', { name: 'Stale prices' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Join a room…' })).toBeInTheDocument();
  });
});
