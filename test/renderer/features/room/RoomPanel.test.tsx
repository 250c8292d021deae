import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { RoomStatus } from '../../../../shared/contract/room';
import type { ActionItem } from '../../../../shared/types';
import { connectRoomClient } from '../../../helpers/roomClient';
import { loopbackRoomHost } from '../../../helpers/roomHost';
import { scriptedHost, value } from '../../../helpers/testCore';
import { openStep } from '../workspaces/openStep';

/** The console at the Opening step with the room opened (on 127.0.0.1) and its panel shown. */
async function openRoomPanel() {
  const room = loopbackRoomHost().host;
  const app = await openStep(1, 'Opening', {}, { core: { host: { ...scriptedHost().host, room } } });
  await app.user.click(screen.getByRole('button', { name: /Open the room/ }));
  const panel = await screen.findByRole('dialog', { name: 'The room' });
  await within(panel).findByText(/Room code/);
  return { app, panel };
}

describe('the room panel on the console', () => {
  it('says which record’s field a note-taker’s later edit replaced, what it was and what it is now', async () => {
    const { app, panel } = await openRoomPanel();
    const status = (await value<RoomStatus>(app.core, 'room.status', {}))!;
    const item = await value<ActionItem>(app.core, 'actionItems.add', {
      meetingId: app.meeting.id,
      title: 'Alert on stale cache',
      owner: 'Dana',
    });

    const ana = await connectRoomClient({ address: status.address, code: status.code });
    expect((await ana.join('Ana')).t).toBe('welcome');
    await ana.call('actionItems.update', { id: item.id, patch: { owner: 'Ana Lima' } });

    const replaced = await within(panel).findByRole('heading', { name: 'Replaced by a later edit' });
    expect(replaced.nextElementSibling).toHaveTextContent(
      'Ana changed the owner of the action item “Alert on stale cache”: it was “Dana”, now “Ana Lima”.',
    );
    await ana.close();
    await value(app.core, 'room.close', {});
  });

  it('removes a note-taker by keyboard, says the code changed, and shows the new code', async () => {
    const { app, panel } = await openRoomPanel();
    const before = (await value<RoomStatus>(app.core, 'room.status', {}))!;
    const ana = await connectRoomClient({ address: before.address, code: before.code });
    await ana.join('Ana');
    const remove = await within(panel).findByRole('button', { name: 'Remove Ana' });
    remove.focus();
    await app.user.keyboard('{Enter}');

    expect(await ana.closed).toBe(4003);
    const note = await within(panel).findByRole('status');
    const after = (await value<RoomStatus>(app.core, 'room.status', {}))!;
    expect(after.code).not.toBe(before.code);
    expect(note).toHaveTextContent(`Ana was removed. The room code is now ${after.code}`);
    expect(note).toHaveFocus();
    expect(within(panel).getByText(after.code, { selector: '.room-panel__code' })).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Remove Ana' })).toBeNull();
    await value(app.core, 'room.close', {});
  });
});
