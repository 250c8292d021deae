import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { parseDueDate } from '../../../../shared/domain/actionItems/parseDueDate';
import { issueMarkdown } from '../../../../shared/domain/actionItems/export';
import { renderApp } from '../../../helpers/renderApp';
import { tempDir } from '../../../helpers/tempDb';
import { scriptedHost, value } from '../../../helpers/testCore';
import { dueIn } from '../../../helpers/factories';
import { openActionItems, shownTitles, storedItem, storedTitles } from './actionItemsTestApp';

// Each test drives the whole app over a real SQLite core, typing key by key; on a loaded
// two-core machine that can pass vitest's 5 s default without anything being wrong.
const SLOW_MACHINE_MS = 15_000;

const row = (title: string) => screen.getByRole('listitem', { name: new RegExp(`: ${title}$`) });

describe('ActionItemsSection quick-add', { timeout: SLOW_MACHINE_MS }, () => {
  it('saves on Enter, clears the box and keeps focus there for the next item', async () => {
    const { user, core, meeting } = await openActionItems();
    const box = screen.getByRole('textbox', { name: /New action item/ });
    await user.click(box);
    await user.keyboard('Alert on hit ratio{Enter}');

    await waitFor(() => expect(shownTitles()).toEqual(['Alert on hit ratio']));
    expect(box).toHaveValue('');
    expect(box).toHaveFocus();
    await user.keyboard('Exclude /api paths{Enter}');
    await waitFor(() => expect(shownTitles()).toHaveLength(2));
    expect(await storedTitles(core, meeting.id)).toEqual(['Alert on hit ratio', 'Exclude /api paths']);
  });

  it('keeps what is typed while the item before is being saved', async () => {
    let answer = (): void => {};
    const { user, core, meeting } = await openActionItems([], {
      wrapApi: (api) => ({
        ...api,
        'actionItems.add': async (input) => {
          const saved = await api['actionItems.add'](input);
          await new Promise<void>((resolve) => (answer = resolve));
          return saved;
        },
      }),
    });
    const box = screen.getByRole('textbox', { name: /New action item/ });
    await user.click(box);
    await user.keyboard('Alert on hit ratio{Enter}');
    // The note-taker types on before the save is answered: the next item starts in the box.
    await user.keyboard('Exclude');
    act(() => answer());

    await waitFor(() => expect(shownTitles()).toEqual(['Alert on hit ratio']));
    // The list may show the item (a reload on meetingChanged) before the add is answered.
    await waitFor(() => expect(box).toHaveValue('Exclude'));
    expect(await storedTitles(core, meeting.id)).toEqual(['Alert on hit ratio']);
  });

  it('links the item to the question picked and gives it that question’s default type', async () => {
    const { user, core, meeting } = await openActionItems();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Answers' }), 'Detect earlier');
    await user.type(
      screen.getByRole('textbox', { name: /New action item/ }),
      'Page on stale price age{Enter}',
    );

    await waitFor(async () =>
      expect(await storedItem(core, meeting.id, 'Page on stale price age')).toMatchObject({
        question: 'detect',
        type: 'detective',
      }),
    );
  });

  it('opens the Action items tab and focuses the box with Ctrl+Shift+A from another section', async () => {
    const app = await renderApp();
    await value(app.core, 'meetings.create', { title: 'Checkout outage' });
    await app.user.click(await screen.findByRole('button', { name: 'Checkout outage' }));
    await screen.findByRole('region', { name: 'Incident' });

    await app.user.keyboard('{Control>}{Shift>}A{/Shift}{/Control}');

    expect(await screen.findByRole('textbox', { name: /New action item/ })).toHaveFocus();
    expect(screen.getByRole('tab', { name: 'Action items' })).toHaveAttribute('aria-selected', 'true');
  });
});

describe('ActionItemsSection inline editing', { timeout: SLOW_MACHINE_MS }, () => {
  it('saves a field on Enter and reads a typed due date such as “in 2 weeks”', async () => {
    const { user, core, meeting } = await openActionItems([
      { title: 'Cap retries at 3', owner: '', dueDate: undefined },
    ]);
    const item = row('Cap retries at 3');
    await user.type(within(item).getByRole('textbox', { name: 'Owner' }), 'Payments team{Enter}');
    await user.type(within(item).getByRole('textbox', { name: 'Due' }), 'in 2 weeks{Enter}');

    const expected = parseDueDate('in 2 weeks', new Date());
    await waitFor(async () =>
      expect(await storedItem(core, meeting.id, 'Cap retries at 3')).toMatchObject({
        owner: 'Payments team',
        dueDate: expected.ok ? expected.date : 'unreachable',
      }),
    );
    await waitFor(() =>
      expect(within(item).getByRole('textbox', { name: 'Due' })).toHaveValue(
        expected.ok ? expected.date : '',
      ),
    );
  });

  it('explains a due date it cannot read and saves nothing', async () => {
    const { user, core, meeting } = await openActionItems([
      { title: 'Cap retries at 3', dueDate: '2026-04-01' },
    ]);
    const due = within(row('Cap retries at 3')).getByRole('textbox', { name: 'Due' });
    await user.clear(due);
    await user.type(due, 'soon{Enter}');

    expect(await screen.findByText(/“soon” is not a date/)).toBeInTheDocument();
    expect(due).toHaveAttribute('aria-invalid', 'true');
    expect((await storedItem(core, meeting.id, 'Cap retries at 3'))?.dueDate).toBe('2026-04-01');
  });

  it('puts the saved value back on Escape without leaving the meeting', async () => {
    const { user, core, meeting } = await openActionItems([
      { title: 'Cap retries at 3', owner: 'Payments team' },
    ]);
    const owner = within(row('Cap retries at 3')).getByRole('textbox', { name: 'Owner' });
    await user.clear(owner);
    await user.type(owner, 'Someone else');
    await user.keyboard('{Escape}');

    expect(owner).toHaveValue('Payments team');
    expect(screen.getByRole('heading', { level: 1, name: 'Checkout outage' })).toBeInTheDocument();
    expect((await storedItem(core, meeting.id, 'Cap retries at 3'))?.owner).toBe('Payments team');
  });
});

describe('ActionItemsSection nudges', { timeout: SLOW_MACHINE_MS }, () => {
  it('shows what is vague or missing under the item, and drops a nudge once the gap is filled', async () => {
    const { user } = await openActionItems([{ title: 'Improve monitoring', owner: '', successMeasure: '' }]);
    const item = row('Improve monitoring');
    const nudges = within(item).getByRole('list', { name: 'Suggestions' });
    expect(nudges).toHaveTextContent('Does not say what to watch.');
    expect(nudges).toHaveTextContent('No owner.');
    expect(nudges).toHaveTextContent('No success measure.');
    expect(within(item).getByRole('textbox', { name: 'Owner' })).toHaveAccessibleDescription(/No owner/);

    await user.type(within(item).getByRole('textbox', { name: 'Owner' }), 'SRE team{Enter}');
    await waitFor(() => expect(nudges).not.toHaveTextContent('No owner.'));
    expect(nudges).toHaveTextContent('No success measure.');
  });

  it('counts complete items and names the questions no item answers in the readiness panel', async () => {
    await openActionItems([
      { title: 'Page on stale price age', question: 'detect' },
      { title: 'Be more careful', question: 'prevent' },
    ]);
    const panel = screen.getByRole('region', { name: 'Ready for review' });
    expect(panel).toHaveTextContent('1 of 2 items are complete');
    expect(panel).toHaveTextContent('Be more careful — asks people to try harder');
    expect(
      within(panel).getByRole('heading', { name: 'Questions with no action item' }).nextElementSibling,
    ).toHaveTextContent('Remediate faster');
  });

  it('nudges an open item past its due date and does not count it complete, until it is done (issue 12, item 17)', async () => {
    const { user } = await openActionItems([{ title: 'Page on stale price age', dueDate: dueIn(-3) }]);
    const item = row('Page on stale price age');
    expect(within(item).getByRole('list', { name: 'Suggestions' })).toHaveTextContent('Past its due date.');
    const panel = screen.getByRole('region', { name: 'Ready for review' });
    expect(panel).toHaveTextContent('0 of 1 item is complete');
    expect(panel).toHaveTextContent('Page on stale price age — past its due date');

    await user.selectOptions(within(item).getByRole('combobox', { name: 'Status' }), 'done');
    await waitFor(() => expect(panel).toHaveTextContent('1 of 1 item is complete'));
    expect(within(item).queryByRole('list', { name: 'Suggestions' })).not.toBeInTheDocument();
  });
});

describe('ActionItemsSection delete', { timeout: SLOW_MACHINE_MS }, () => {
  it('deletes an item and brings it back with Undo', async () => {
    const { user, core, meeting } = await openActionItems([{ title: 'First' }, { title: 'Second' }]);
    await user.click(screen.getByRole('button', { name: 'Delete “First”' }));

    await waitFor(() => expect(shownTitles()).toEqual(['Second']));
    expect(await storedTitles(core, meeting.id)).toEqual(['Second']);
    expect(screen.getByRole('button', { name: 'Move “Second”, priority 1 of 1' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(shownTitles()).toEqual(['First', 'Second']));
    expect(await storedTitles(core, meeting.id)).toEqual(['First', 'Second']);
  });
});

describe('ActionItemsSection export', { timeout: SLOW_MACHINE_MS }, () => {
  it('writes the CSV where the save dialog points and says where only once it is written', async () => {
    const { user, dialogs } = await openActionItems([{ title: 'Cap retries at 3' }]);
    const target = path.join(tempDir(), 'items.csv');
    dialogs.savePaths.push(target);
    await user.click(screen.getByRole('button', { name: 'Export CSV…' }));

    expect(await screen.findByText(target)).toBeInTheDocument();
    expect(fs.readFileSync(target, 'utf8')).toContain('Cap retries at 3');
  });
});

describe('ActionItemsSection copy as issue', { timeout: SLOW_MACHINE_MS }, () => {
  it('puts one item on the clipboard as an issue body, through main, and says so', async () => {
    const { user, core, meeting, dialogs } = await openActionItems([
      { title: 'Cap retries at 3' },
      { title: 'Page on stale price age', question: 'detect' },
    ]);
    await user.click(screen.getByRole('button', { name: 'Copy “Page on stale price age” as an issue' }));

    expect(await screen.findByText('Copied “Page on stale price age” as an issue body.')).toBeInTheDocument();
    const item = (await storedItem(core, meeting.id, 'Page on stale price age'))!;
    expect(dialogs.clipboard).toEqual([issueMarkdown(item, meeting)]);
    expect(dialogs.clipboard[0]).toMatch(/^### Page on stale price age\n[^]*answers “Detect earlier”/);
  });

  it('shows why nothing was copied where there is no clipboard', async () => {
    const { writeClipboard: _none, ...withoutClipboard } = scriptedHost().host;
    const { user } = await openActionItems([{ title: 'Cap retries at 3' }], {
      core: { host: withoutClipboard },
    });
    await user.click(screen.getByRole('button', { name: 'Copy “Cap retries at 3” as an issue' }));

    const message = await screen.findByText('Only the Hindsight app can copy to the clipboard.');
    expect(message.closest('[role="alert"]')).not.toBeNull();
  });
});

describe('ActionItemsSection quick-add and Escape', { timeout: SLOW_MACHINE_MS }, () => {
  it('clears a half-typed item on Escape without leaving the meeting', async () => {
    const { user } = await openActionItems();
    const box = screen.getByRole('textbox', { name: /New action item/ });
    await user.type(box, 'Half a thought');
    await user.keyboard('{Escape}');

    expect(box).toHaveValue('');
    expect(screen.getByRole('heading', { level: 1, name: 'Checkout outage' })).toBeInTheDocument();
  });
});

describe('ActionItemsSection grouped views', { timeout: SLOW_MACHINE_MS }, () => {
  it('groups the items by question and by type, each keeping its priority number', async () => {
    const { user } = await openActionItems([
      { title: 'Page on stale price age', question: 'detect', type: 'detective' },
      { title: 'Exclude /api from the TTL rule', question: 'prevent', type: 'preventative' },
      { title: 'Purge runbook step', question: null, type: 'process-improvement' },
    ]);
    await user.click(screen.getByRole('button', { name: 'By question' }));
    expect(screen.getByRole('button', { name: 'By question' })).toHaveAttribute('aria-pressed', 'true');
    const detect = screen.getByRole('region', { name: /Detect earlier/ });
    expect(within(detect).getByRole('listitem')).toHaveTextContent('1Page on stale price age');
    expect(screen.getByRole('region', { name: /No question/ })).toHaveTextContent('3Purge runbook step');
    expect(screen.queryByRole('region', { name: /Remediate faster/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'By type' }));
    expect(screen.getByRole('region', { name: /Preventative/ })).toHaveTextContent(
      '2Exclude /api from the TTL rule',
    );
  });
});

describe('ActionItemsSection readiness', { timeout: SLOW_MACHINE_MS }, () => {
  it('stops flagging a question marked “nothing to do”, and Undo flags it again', async () => {
    const { user, core, meeting } = await openActionItems([
      { title: 'Page on stale price age', question: 'detect' },
    ]);
    const panel = screen.getByRole('region', { name: 'Ready for review' });
    await user.click(within(panel).getByRole('button', { name: 'Prevent: nothing to do' }));

    await waitFor(() =>
      expect(within(panel).queryByRole('button', { name: 'Prevent: nothing to do' })).toBeNull(),
    );
    expect(
      within(panel).getByRole('button', { name: 'Remediate faster: nothing to do' }),
    ).toBeInTheDocument();
    const stored = await value<{ questions: { question: string; nothingToDo: boolean }[] }>(
      core,
      'meetings.get',
      {
        id: meeting.id,
      },
    );
    expect(stored.questions).toEqual([expect.objectContaining({ question: 'prevent', nothingToDo: true })]);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await within(panel).findByRole('button', { name: 'Prevent: nothing to do' })).toBeInTheDocument();
  });
});
