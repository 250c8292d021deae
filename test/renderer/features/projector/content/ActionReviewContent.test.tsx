import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { ActionItem } from '../../../../../shared/types';
import { dueIn, makeActionItemInput } from '../../../../helpers/factories';
import { focusableOnProjector, openProjector } from '../openProjector';

async function threeItems() {
  const projector = await openProjector();
  const { call, meeting } = projector;
  const add = (overrides: Record<string, unknown>) =>
    call<ActionItem>('actionItems.add', makeActionItemInput(meeting.id, overrides));
  const cap = await add({ title: 'Cap the SDK pool at 200 per pod' });
  const vague = await add({ title: 'Improve monitoring', owner: '', dueDate: null, successMeasure: '' });
  const canary = await add({
    title: 'Canary stage for checkout-api',
    dueDate: dueIn(30),
    successMeasure: 'A bad SDK stops at 5 %',
  });
  await call('actionItems.reorder', { orderedIds: [canary.id, cap.id, vague.id] });
  await projector.goTo('action-review');
  return { ...projector, cap, vague, canary };
}

/** The ranked list's entries, first to last, by their titles. */
const rankedTitles = () =>
  Array.from(
    screen
      .getByRole('region', { name: /action items, in priority order/ })
      .querySelectorAll('.projector-item__title'),
    (title) => title.textContent,
  );

const underReview = () => screen.queryByText('Under review')?.closest('li') ?? null;

describe('ActionReviewContent', () => {
  it('shows the items in priority order, with no item enlarged before the review starts', async () => {
    await threeItems();
    expect(screen.getByRole('heading', { name: '3 action items, in priority order' })).toBeInTheDocument();
    expect(rankedTitles()).toEqual([
      'Canary stage for checkout-api',
      'Cap the SDK pool at 200 per pod',
      'Improve monitoring',
    ]);
    expect(underReview()).toBeNull();
    expect(focusableOnProjector()).toEqual([]);
  });

  it('enlarges the item under review with what its quality checks find missing, and follows the facilitator to the next', async () => {
    const { call, vague, canary } = await threeItems();
    await call('meetings.reviewItem', { itemId: vague.id });
    await waitFor(() => expect(underReview()).not.toBeNull());
    const reviewed = underReview()!;
    expect(reviewed).toHaveAttribute('aria-current', 'true');
    expect(reviewed).toHaveTextContent('Improve monitoring');
    expect(reviewed).toHaveTextContent('OwnerNot setDueNot setTypeDetectiveSuccess measureNot set');
    expect(
      within(within(reviewed).getByRole('list', { name: 'Suggestions' }))
        .getAllByRole('listitem')
        .map((finding) => finding.querySelector('.nudge__message')?.textContent),
    ).toEqual(['Does not say what to watch.', 'No owner.', 'No due date.', 'No success measure.']);

    await call('meetings.reviewItem', { itemId: canary.id });
    await waitFor(() => expect(underReview()).toHaveTextContent('Canary stage for checkout-api'));
    expect(underReview()).toHaveTextContent('A bad SDK stops at 5 %');
    expect(underReview()).toHaveTextContent('Specific, owned, dated and measurable');
    expect(screen.getAllByRole('listitem', { current: true })).toHaveLength(1);
  });

  it('says the item under review is past its due date, as the console does, instead of calling it ready (issue 12, item 17)', async () => {
    const { call, meeting } = await threeItems();
    const late = await call<ActionItem>(
      'actionItems.add',
      makeActionItemInput(meeting.id, { title: 'Restore drill for the replica', dueDate: dueIn(-3) }),
    );
    await call('meetings.reviewItem', { itemId: late.id });
    await waitFor(() => expect(underReview()).toHaveTextContent('Restore drill for the replica'));
    expect(within(underReview()!).getByRole('list', { name: 'Suggestions' })).toHaveTextContent(
      'Past its due date.',
    );
    expect(underReview()).not.toHaveTextContent('Specific, owned, dated and measurable');
  });

  it('goes back to the plain ranked list when the item under review is deleted', async () => {
    const { core, call, canary } = await threeItems();
    await call('meetings.reviewItem', { itemId: canary.id });
    await waitFor(() => expect(underReview()).not.toBeNull());
    await core.call('actionItems.remove', { id: canary.id });
    await waitFor(() => expect(rankedTitles()).toHaveLength(2));
    expect(underReview()).toBeNull();
  });
});
