import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { RoomStatus } from '../../../../shared/contract/room';
import type { ActionItem } from '../../../../shared/types';
import { connectRoomClient } from '../../../helpers/roomClient';
import { loopbackRoomHost } from '../../../helpers/roomHost';
import { scriptedHost, value } from '../../../helpers/testCore';
import { openStep } from '../workspaces/openStep';

describe('the room panel on the console', () => {
  it('says which record’s field a note-taker’s later edit replaced, what it was and what it is now', async () => {
    const room = loopbackRoomHost().host;
    const app = await openStep(1, 'Opening', {}, { core: { host: { ...scriptedHost().host, room } } });
    await app.user.click(screen.getByRole('button', { name: /Open the room/ }));
    const panel = await screen.findByRole('dialog', { name: 'The room' });
    await within(panel).findByText(/Room code/);
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
});
