import { describe, expect, it } from 'vitest';
import { act, configure, screen, waitFor, within } from '@testing-library/react';
import type { HindsightApi } from '../../../../shared/contract';
import type { ActionItem } from '../../../../shared/types';
import { issueMarkdown } from '../../../../shared/domain/actionItems/export';
import { dueIn, makeActionItemInput } from '../../../helpers/factories';
import { value } from '../../../helpers/testCore';
import { openStep } from './openStep';

// Each test drives the whole app over a real SQLite core; the default 1 s wait for a commit and
// the meetingChanged reload after it is short on a loaded two-core machine.
configure({ asyncUtilTimeout: 5_000 });
const SLOW_MACHINE_MS = 20_000;

/**
 * The console on the Action review step of a meeting holding three items (and `extra` more), in
 * this order.
 */
async function openReview(options: { extra?: string[]; wrapApi?: (api: HindsightApi) => HindsightApi } = {}) {
  const app = await openStep(7, 'Action review', {}, { wrapApi: options.wrapApi });
  const items: ActionItem[] = [];
  for (const overrides of [
    { title: 'Cap retries at 3' },
    { title: 'Alert on pool saturation', owner: '' },
    { title: 'Load-test the pool size' },
    ...(options.extra ?? []).map((title) => ({ title })),
  ]) {
    items.push(
      await value<ActionItem>(app.core, 'actionItems.add', makeActionItemInput(app.meeting.id, { dueDate: dueIn(30), ...overrides })),
    );
  }
  const reviewed = async () => (await app.records()).meeting.reviewItemId;
  return { ...app, items, reviewed };
}

const card = (title: string) => screen.getByRole('article', { name: `Under review: ${title}` });
const findCard = (title: string) => screen.findByRole('article', { name: `Under review: ${title}` });

describe('Action review walk', { timeout: SLOW_MACHINE_MS }, () => {
  it('starts at the top of the priority order, saved on the meeting and marked in the ranked list', async () => {
    const { items, reviewed } = await openReview();
    await findCard('Cap retries at 3');
    await waitFor(async () => expect(await reviewed()).toBe(items[0]!.id));
    expect(screen.getByRole('heading', { name: 'Reviewing item 1 of 3' })).toBeInTheDocument();
    const ranked = screen.getByRole('list', { name: 'Action items in priority order' });
    expect(within(ranked).getByRole('listitem', { name: /: Cap retries at 3$/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
    expect(within(ranked).getByRole('listitem', { name: /: Load-test the pool size$/ })).not.toHaveAttribute(
      'aria-current',
    );
  });

  it('walks the items with ↓ and ↑ in priority order and stops at either end', async () => {
    const { user, items, reviewed } = await openReview();
    await findCard('Cap retries at 3');
    await user.keyboard('{ArrowDown}');
    await findCard('Alert on pool saturation');
    await user.keyboard('{ArrowDown}');
    await findCard('Load-test the pool size');
    await waitFor(async () => expect(await reviewed()).toBe(items[2]!.id));
    expect(screen.getByRole('button', { name: /^Next item/ })).toBeDisabled();
    await user.keyboard('{ArrowDown}');
    expect(card('Load-test the pool size')).toBeInTheDocument();

    await user.keyboard('{ArrowUp}');
    await findCard('Alert on pool saturation');
    await waitFor(async () => expect(await reviewed()).toBe(items[1]!.id));
    await user.click(screen.getByRole('button', { name: /^Previous item/ }));
    await findCard('Cap retries at 3');
    expect(screen.getByRole('button', { name: /^Previous item/ })).toBeDisabled();
    // Read out to a screen reader, as the room sees the card change.
    expect(screen.getByText('Reviewing item 1 of 3: Cap retries at 3')).toHaveAttribute('role', 'status');
  });

  it('walks on from the newest item when an earlier ↓’s change event arrives late', async () => {
    // Change events are held back on request and let through in the order main sent them.
    let holding = false;
    const held: (() => void)[] = [];
    const wrapApi = (api: HindsightApi): HindsightApi => ({
      ...api,
      on: (event, listener) =>
        api.on(event, (payload) => {
          if (holding && event === 'meetingChanged') held.push(() => listener(payload));
          else listener(payload);
        }),
    });
    const { user, items, reviewed } = await openReview({ extra: ['Runbook for pool exhaustion'], wrapApi });
    await findCard('Cap retries at 3');
    await waitFor(async () => expect(await reviewed()).toBe(items[0]!.id));

    holding = true;
    await user.keyboard('{ArrowDown}');
    await findCard('Alert on pool saturation');
    await user.keyboard('{ArrowDown}');
    await findCard('Load-test the pool size');
    await waitFor(async () => expect(await reviewed()).toBe(items[2]!.id));
    // Both moves' events arrive after both answers: the older one must not take the card back.
    act(() => held.splice(0).forEach((deliver) => deliver()));
    holding = false;
    await findCard('Load-test the pool size');
    await user.keyboard('{ArrowDown}');

    await findCard('Runbook for pool exhaustion');
    await waitFor(async () => expect(await reviewed()).toBe(items[3]!.id));
  });

  it('fills a missing owner on the card, and its nudge goes', async () => {
    const { user, items, records } = await openReview();
    await findCard('Cap retries at 3');
    await user.keyboard('{ArrowDown}');
    const reviewedCard = await findCard('Alert on pool saturation');
    expect(within(reviewedCard).getByRole('list', { name: 'Suggestions' })).toHaveTextContent('No owner');

    await user.type(within(reviewedCard).getByLabelText('Owner'), 'Storefront SRE{Enter}');
    await waitFor(async () =>
      expect((await records()).actionItems.find((item) => item.id === items[1]!.id)?.owner).toBe(
        'Storefront SRE',
      ),
    );
    await waitFor(() =>
      expect(
        within(card('Alert on pool saturation')).queryByRole('list', { name: 'Suggestions' }),
      ).toBeNull(),
    );
    expect(card('Alert on pool saturation')).toHaveTextContent('Specific and owned: nothing is missing.');
  });

  it('saves what was typed on a card to that item when the menu moves the walk on', async () => {
    const { user, items, records, sendFromMain } = await openReview();
    await findCard('Cap retries at 3');
    await user.keyboard('{ArrowDown}');
    const typedOn = await findCard('Alert on pool saturation');
    await user.type(within(typedOn).getByLabelText('Owner'), 'Storefront SRE');
    // The Meeting menu's "Next action item" runs wherever the focus is, typing included.
    act(() => sendFromMain('menuCommandChosen', { id: 'walk.next' }));

    const next = await findCard('Load-test the pool size');
    expect(within(next).getByLabelText('Owner')).toHaveValue(items[2]!.owner);
    const owners = async () =>
      Object.fromEntries((await records()).actionItems.map((item) => [item.title, item.owner]));
    await waitFor(async () => expect((await owners())['Alert on pool saturation']).toBe('Storefront SRE'));
    expect((await owners())['Load-test the pool size']).toBe(items[2]!.owner);
  });

  it('copies the item under review as an issue body, through main', async () => {
    const { user, items, meeting, dialogs } = await openReview();
    const reviewedCard = await findCard('Cap retries at 3');
    await user.click(
      within(reviewedCard).getByRole('button', { name: 'Copy “Cap retries at 3” as an issue' }),
    );

    expect(await screen.findByText('Copied “Cap retries at 3” as an issue body.')).toBeInTheDocument();
    expect(dialogs.clipboard).toEqual([issueMarkdown(items[0]!, meeting)]);
  });

  it('goes on from the same place when the item under review is deleted', async () => {
    const { user, items, reviewed } = await openReview();
    await findCard('Cap retries at 3');
    await user.keyboard('{ArrowDown}');
    await findCard('Alert on pool saturation');
    await user.click(screen.getByRole('button', { name: 'Delete “Alert on pool saturation”' }));
    await findCard('Load-test the pool size');
    await waitFor(async () => expect(await reviewed()).toBe(items[2]!.id));
  });

  it('focuses the step’s own quick-add box with Ctrl+Shift+A and stays in the console', async () => {
    const { user } = await openReview();
    await findCard('Cap retries at 3');
    await user.keyboard('{Control>}{Shift>}A{/Shift}{/Control}');

    await waitFor(() => expect(screen.getByRole('textbox', { name: /New action item/ })).toHaveFocus());
    expect(screen.getByRole('tab', { name: 'Run the meeting' })).toHaveAttribute('aria-selected', 'true');
  });

  it('leaves ↓ and ↑ alone outside the Action review step', async () => {
    const { user, items, reviewed } = await openReview();
    await findCard('Cap retries at 3');
    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard('6');
    await screen.findByRole('heading', { level: 2, name: 'Prevent' });
    await user.keyboard('{ArrowDown}{ArrowDown}');
    await user.keyboard('7');
    // Back on the first item: the arrows pressed in the Prevent step walked nothing.
    await findCard('Cap retries at 3');
    expect(await reviewed()).toBe(items[0]!.id);
  });
});
