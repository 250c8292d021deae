import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { ActionItem } from '../../../../shared/types';
import { fail } from '../../../../shared/contract/errors';
import { value } from '../../../helpers/testCore';
import { makeActionItemInput } from '../../../helpers/factories';
import { openActionItems, shownTitles, storedTitles } from './actionItemsTestApp';

// Each test drives the whole app over a real SQLite core, typing key by key; on a loaded
// two-core machine that can pass vitest's 5 s default without anything being wrong.
const SLOW_MACHINE_MS = 15_000;

const THREE = [{ title: 'Alpha' }, { title: 'Bravo' }, { title: 'Charlie' }];
const ownerOf = (title: string) =>
  within(screen.getByRole('listitem', { name: new RegExp(`: ${title}$`) })).getByRole('textbox', {
    name: 'Owner',
  });

describe('ActionItemList keyboard reordering', { timeout: SLOW_MACHINE_MS }, () => {
  it('moves the focused item down with Alt+↓, saves the order and keeps focus on the field', async () => {
    const { user, core, meeting } = await openActionItems(THREE);
    const owner = ownerOf('Alpha');
    await user.click(owner);
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');

    await waitFor(() => expect(shownTitles()).toEqual(['Bravo', 'Alpha', 'Charlie']));
    expect(owner).toHaveFocus();
    await waitFor(async () =>
      expect(await storedTitles(core, meeting.id)).toEqual(['Bravo', 'Alpha', 'Charlie']),
    );
    expect(screen.getByText('“Alpha” moved to priority 2 of 3.')).toBeInTheDocument();

    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(async () =>
      expect(await storedTitles(core, meeting.id)).toEqual(['Bravo', 'Charlie', 'Alpha']),
    );
  });

  it('moves an item up with Alt+↑ and does nothing at the top', async () => {
    const { user, core, meeting } = await openActionItems(THREE);
    await user.click(ownerOf('Charlie'));
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}{Alt>}{ArrowUp}{/Alt}{Alt>}{ArrowUp}{/Alt}');

    await waitFor(async () =>
      expect(await storedTitles(core, meeting.id)).toEqual(['Charlie', 'Alpha', 'Bravo']),
    );
    expect(shownTitles()).toEqual(['Charlie', 'Alpha', 'Bravo']);
  });

  it('puts the saved order back and says why when the save is refused', async () => {
    // A refusal the real core gives only in a race; a wrapped api makes it happen on demand.
    const { user } = await openActionItems(THREE, {
      wrapApi: (api) => ({
        ...api,
        'actionItems.reorder': async () =>
          fail('conflict', 'Not saved: the action items were reordered in another window.'),
      }),
    });
    await user.click(ownerOf('Alpha'));
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');

    expect(
      await screen.findByText('Not saved: the action items were reordered in another window.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(shownTitles()).toEqual(['Alpha', 'Bravo', 'Charlie']));
  });

  it('shows an order saved in another window', async () => {
    const { core, meeting } = await openActionItems(THREE);
    const ids = (
      await value<{ actionItems: ActionItem[] }>(core, 'meetings.get', { id: meeting.id })
    ).actionItems.map((item) => item.id);
    await value(core, 'actionItems.reorder', { meetingId: meeting.id, orderedIds: [ids[2], ids[1], ids[0]] });
    await value(core, 'actionItems.add', makeActionItemInput(meeting.id, { title: 'Delta' }));

    await waitFor(() => expect(shownTitles()).toEqual(['Charlie', 'Bravo', 'Alpha', 'Delta']));
  });

  it('gives every drag handle a name with the item and its place, and keyboard instructions', async () => {
    await openActionItems(THREE);
    const handle = screen.getByRole('button', { name: 'Move “Bravo”, priority 2 of 3' });
    expect(handle).toHaveAttribute('aria-roledescription', 'sortable');
    expect(handle).toHaveAccessibleDescription(/press Space or Enter on its handle to pick it up/);
  });
});
