import { describe, expect, it } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import type { ActionItem } from '../../../../shared/types';
import { makeActionItemInput } from '../../../helpers/factories';
import { value } from '../../../helpers/testCore';
import { openStep } from './openStep';

// Each test drives the whole app over a real SQLite core; the default 1 s wait for a commit and
// the meetingChanged reload after it is short on a loaded two-core machine.
configure({ asyncUtilTimeout: 5_000 });
const SLOW_MACHINE_MS = 20_000;

const region = (label: string) => screen.getByRole('region', { name: `Action items for ${label}` });
const row = (label: string, title: string) =>
  within(region(label)).getByRole('listitem', { name: new RegExp(`: ${title}$`) });

describe('QuestionWorkspace action items', { timeout: SLOW_MACHINE_MS }, () => {
  it('captures an item bound to the question on Enter, with its default type, and keeps focus', async () => {
    const { user, records } = await openStep(5, 'Detect earlier');
    const items = region('Detect earlier');
    // The question is fixed here: said, not offered as a choice.
    expect(within(items).queryByRole('combobox', { name: 'Answers' })).not.toBeInTheDocument();
    const box = within(items).getByRole('textbox', { name: /New action item/ });
    expect(box).toHaveAccessibleDescription('Answers “Detect earlier” · type Detective');

    await user.type(box, 'Page on stale price age{Enter}');
    await within(items).findByRole('listitem', { name: 'Priority 1 of 1: Page on stale price age' });
    expect(box).toHaveValue('');
    expect(box).toHaveFocus();
    await user.keyboard('Synthetic check on the price API{Enter}');
    await waitFor(async () =>
      expect(
        (await records()).actionItems.map(({ title, question, type }) => ({ title, question, type })),
      ).toEqual([
        { title: 'Page on stale price age', question: 'detect', type: 'detective' },
        { title: 'Synthetic check on the price API', question: 'detect', type: 'detective' },
      ]),
    );
  });

  it('focuses this step’s box with Ctrl+Shift+A and stays in the console', async () => {
    const { user, records } = await openStep(6, 'Prevent');
    await user.keyboard('{Control>}{Shift>}A{/Shift}{/Control}');

    const box = within(region('Prevent')).getByRole('textbox', { name: /New action item/ });
    await waitFor(() => expect(box).toHaveFocus());
    expect(screen.getByRole('tab', { name: 'Run the meeting' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('Canary every config change{Enter}');
    await waitFor(async () =>
      expect((await records()).actionItems[0]).toMatchObject({ question: 'prevent', type: 'preventative' }),
    );
  });

  it('opens the Action items tab with Ctrl+Shift+A on a step without a box of its own', async () => {
    const { user } = await openStep(3, 'Impact');
    await user.keyboard('{Control>}{Shift>}A{/Shift}{/Control}');

    expect(await screen.findByRole('textbox', { name: /New action item/ })).toHaveFocus();
    expect(screen.getByRole('tab', { name: 'Action items' })).toHaveAttribute('aria-selected', 'true');
  });

  it('edits an item in place, Process improvement included, and brings a deleted one back with Undo', async () => {
    const { user, core, meeting, records } = await openStep(4, 'Remediate faster');
    const item = await value<ActionItem>(
      core,
      'actionItems.add',
      makeActionItemInput(meeting.id, {
        title: 'Runbook for pool exhaustion',
        question: 'remediate',
        owner: '',
      }),
    );
    await screen.findByRole('listitem', { name: /: Runbook for pool exhaustion$/ });
    const stored = async () => (await records()).actionItems.find((saved) => saved.id === item.id);

    await user.type(
      within(row('Remediate faster', 'Runbook for pool exhaustion')).getByLabelText('Owner'),
      'SRE{Enter}',
    );
    await waitFor(async () => expect((await stored())?.owner).toBe('SRE'));
    await user.selectOptions(
      within(row('Remediate faster', 'Runbook for pool exhaustion')).getByLabelText('Type'),
      'Process improvement',
    );
    await waitFor(async () => expect((await stored())?.type).toBe('process-improvement'));

    await user.click(
      within(region('Remediate faster')).getByRole('button', {
        name: 'Delete “Runbook for pool exhaustion”',
      }),
    );
    await waitFor(() =>
      expect(within(region('Remediate faster')).queryByRole('listitem')).not.toBeInTheDocument(),
    );
    // With no row left, focus goes back to this question's box, not to another tab.
    expect(
      within(region('Remediate faster')).getByRole('textbox', { name: /New action item/ }),
    ).toHaveFocus();
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await within(region('Remediate faster')).findByRole('listitem', {
      name: /: Runbook for pool exhaustion$/,
    });
    expect(await stored()).toMatchObject({ owner: 'SRE', deletedAt: null });
  });
});
