import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import type { QuestionNote } from '../../../../shared/types';
import { value } from '../../../helpers/testCore';
import { openStep, SAVED } from './openStep';

const byPosition = (notes: QuestionNote[]) =>
  [...notes].sort((a, b) => a.position - b.position).map((note) => note.text);

describe('QuestionWorkspace', () => {
  it('adds notes to the current question only, edits one as you type and reorders with Alt+↑', async () => {
    const { user, records, saved } = await openStep(5, 'Detect earlier');
    const add = screen.getByLabelText('Add note');
    await user.type(add, 'Alert fired late{Enter}');
    await screen.findByLabelText('Note 1');
    await user.type(add, 'No synthetic check{Enter}');
    const second = await screen.findByLabelText('Note 2');
    await user.type(second, 's');
    await saved('Note 2');
    expect((await records()).questionNotes.every((note) => note.question === 'detect')).toBe(true);

    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(async () =>
      expect(byPosition((await records()).questionNotes)).toEqual([
        'No synthetic checks',
        'Alert fired late',
      ]),
    );
    await waitFor(() => expect(screen.getByLabelText('Note 1')).toHaveValue('No synthetic checks'));
    expect(screen.getByLabelText('Note 1')).toHaveFocus();
  });

  it('saves the short answer and the answered toggle, and lists this question’s action items', async () => {
    const { user, records, saved, core, meeting } = await openStep(4, 'Remediate faster');
    await value(core, 'actionItems.add', {
      meetingId: meeting.id,
      title: 'Runbook for pool exhaustion',
      question: 'remediate',
    });
    await value(core, 'actionItems.add', {
      meetingId: meeting.id,
      title: 'Canary the config',
      question: 'prevent',
    });
    const items = await screen.findByRole('region', { name: 'Action items for Remediate faster' });
    // Numbered by the meeting's one priority order, which the item filed under Prevent shares.
    await within(items).findByRole('listitem', { name: 'Priority 1 of 2: Runbook for pool exhaustion' });
    expect(within(items).getAllByRole('listitem', { name: /^Priority/ })).toHaveLength(1);

    await user.type(screen.getByLabelText('Short answer'), 'A runbook would have halved it');
    await saved('Short answer');
    await user.click(screen.getByLabelText('Answered'));
    await waitFor(async () =>
      expect((await records()).questions[0]).toMatchObject({
        question: 'remediate',
        answer: 'A runbook would have halved it',
        answered: true,
      }),
    );
  });

  it('captures the primary cause, a contributing factor with its category and a why', async () => {
    const { user, records, saved } = await openStep(6, 'Prevent');
    await user.type(screen.getByLabelText('Primary cause'), 'Pool size not tied to load');
    await saved('Primary cause');
    await user.type(screen.getByLabelText('Add factor'), 'No load test{Enter}');
    await screen.findByLabelText('Factor 1');
    await user.selectOptions(screen.getByLabelText('Category'), 'Process');
    await user.type(screen.getByLabelText('Add why'), 'Why did the pool run out?{Enter}');
    await screen.findByLabelText('Why 1');
    await waitFor(async () => {
      const stored = await records();
      expect(stored.rootCause?.primaryCause).toBe('Pool size not tied to load');
      expect(stored.rootCauseItems.map(({ kind, text, category }) => ({ kind, text, category }))).toEqual(
        expect.arrayContaining([
          { kind: 'contributing-factor', text: 'No load test', category: 'process' },
          { kind: 'why', text: 'Why did the pool run out?', category: null },
        ]),
      );
    });
  });

  it('keeps each question’s typing with its question when the step moves while a field has the focus', async () => {
    const { user, records, sendFromMain } = await openStep(4, 'Remediate faster');
    // Typed and not yet saved (autosave waits for a pause), the focus still in the field.
    await user.type(screen.getByLabelText('Add note'), 'Paged the wrong team');
    await user.type(screen.getByLabelText('Short answer'), 'A runbook would have halved it');
    expect(screen.getByLabelText('Short answer')).toHaveFocus();
    act(() => sendFromMain('menuCommandChosen', { id: 'agenda.next' }));
    await screen.findByRole('heading', { level: 2, name: 'Detect earlier' });
    // The next question's fields start empty: nothing typed for the last one is carried over.
    expect(screen.getByLabelText('Short answer')).toHaveValue('');
    expect(screen.getByLabelText('Add note')).toHaveValue('');
    await waitFor(async () => {
      const answers = Object.fromEntries((await records()).questions.map((q) => [q.question, q.answer]));
      expect(answers).toMatchObject({ remediate: 'A runbook would have halved it' });
      expect(answers.detect ?? '').toBe('');
    }, SAVED);
  });
});
