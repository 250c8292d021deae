import { describe, expect, it, vi } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import { ACTION_LIST_WINDOW_FROM } from '../../../../renderer/features/action-items/ActionItemList';
import * as editor from '../../../../renderer/features/action-items/ActionItemEditor';
import * as quality from '../../../../shared/domain/actionItems/quality';
import * as coach from '../../../../shared/domain/coach/meetingFindings';
import { value } from '../../../helpers/testCore';
import { makeActionItemInput } from '../../../helpers/factories';
import { openActionItems } from './actionItemsTestApp';
import { openStep } from '../workspaces/openStep';

// Counted through the real render (issue #16): each row's editor and each item's checks.
vi.mock('../../../../renderer/features/action-items/ActionItemEditor', async (original) => {
  const real = await original<typeof editor>();
  return { ...real, ActionItemEditor: vi.fn(real.ActionItemEditor) };
});
vi.mock('../../../../shared/domain/actionItems/quality', async (original) => {
  const real = await original<typeof quality>();
  return { ...real, checkActionItem: vi.fn(real.checkActionItem) };
});

vi.mock('../../../../shared/domain/coach/meetingFindings', async (original) => {
  const real = await original<typeof coach>();
  return { ...real, findingsOfField: vi.fn(real.findingsOfField) };
});

configure({ asyncUtilTimeout: 5_000 });
const SLOW_MACHINE_MS = 30_000;

/**
 * The titles of the items whose editor rendered, whose checks ran and whose wording the coach
 * read, since the last clear.
 */
function worked() {
  const titles = (calls: readonly (readonly unknown[])[], at: (call: readonly unknown[]) => { title: string }) =>
    [...new Set(calls.map((call) => at(call).title))].sort();
  return {
    rendered: titles(vi.mocked(editor.ActionItemEditor).mock.calls, ([props]) => (props as editor.ActionItemEditorProps).item),
    checked: titles(vi.mocked(quality.checkActionItem).mock.calls, ([item]) => item as { title: string }),
    coached: titles(
      vi.mocked(coach.findingsOfField).mock.calls,
      ([text]) => (text as coach.CoachedText).record as unknown as { title: string },
    ),
  };
}

function clearCounts() {
  vi.mocked(editor.ActionItemEditor).mockClear();
  vi.mocked(quality.checkActionItem).mockClear();
  vi.mocked(coach.findingsOfField).mockClear();
}

/**
 * Quick-adds `title` in `box`, waits until `shown` holds and the core has answered the add (its
 * "Saving…" gone), so the add, its answer and its change event have all been rendered.
 */
async function quickAdd(
  user: { type(element: Element, text: string): Promise<void> },
  box: HTMLElement,
  title: string,
  shown: () => void,
) {
  await user.type(box, `${title}{Enter}`);
  await waitFor(shown);
  await waitFor(() => expect(document.querySelector('.saving-mark')).toBeNull());
}

const many = (count: number) => Array.from({ length: count }, (_, n) => ({ title: `Item ${n + 1}` }));

describe('adding an action item re-renders the new row only', { timeout: SLOW_MACHINE_MS }, () => {
  for (const count of [3, 45]) {
    it(`in the ranked list of ${count} items (${count >= ACTION_LIST_WINDOW_FROM ? 'windowed' : 'all rendered'})`, async () => {
      const { user } = await openActionItems(many(count));
      const list = screen.getByRole('list', { name: 'Action items in priority order' });
      expect(within(list).getAllByRole('listitem', { name: /^Priority / }).length).toBeGreaterThan(2);
      clearCounts();

      const heading = screen.getByRole('heading', { level: 2, name: /Action items/ });
      await quickAdd(user, screen.getByRole('textbox', { name: /New action item/ }), 'Page on consumer lag', () =>
        expect(heading).toHaveTextContent(`${count + 1} in priority order`),
      );
      // No other row's editor ran, and no other item was checked again nor its wording read by
      // the coach, through the add, its answer and its change event. The new row is rendered when in view (at the end of a long,
      // windowed list it is not).
      const windowed = count >= ACTION_LIST_WINDOW_FROM;
      const mine = windowed ? [] : ['Page on consumer lag'];
      expect(worked()).toEqual({ rendered: mine, checked: mine, coached: mine });
      if (!windowed) {
        expect(screen.getByRole('listitem', { name: `Priority ${count + 1} of ${count + 1}: Page on consumer lag` })).toBeInTheDocument();
      }
    });
  }

  it('in a question step\'s list', async () => {
    const { user, core, meeting } = await openStep(5, 'Detect earlier');
    for (const input of many(3)) {
      await value(core, 'actionItems.add', makeActionItemInput(meeting.id, { ...input, question: 'detect' }));
    }
    const items = screen.getByRole('region', { name: 'Action items for Detect earlier' });
    await within(items).findByRole('listitem', { name: 'Priority 3 of 3: Item 3' });
    clearCounts();

    await quickAdd(user, within(items).getByRole('textbox', { name: /New action item/ }), 'Synthetic check', () =>
      within(items).getByRole('listitem', { name: 'Priority 4 of 4: Synthetic check' }),
    );
    const mine = ['Synthetic check'];
    expect(worked()).toEqual({ rendered: mine, checked: mine, coached: mine });
  });
});
