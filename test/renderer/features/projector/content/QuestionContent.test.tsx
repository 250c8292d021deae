import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { focusableOnProjector, openProjector } from '../openProjector';

const entries = (region: string) =>
  within(screen.getByRole('region', { name: region }))
    .getAllByRole('listitem')
    .map((entry) => entry.textContent);

describe('QuestionContent', () => {
  it('shows the question, its notes in position order, the answer, “Answered” and only its own items', async () => {
    const { core, call, goTo } = await openProjector();
    const first = await call<{ id: string }>('questionNotes.add', {
      question: 'detect',
      text: 'The latency alert waited for 15 minutes of data',
    });
    await call('questionNotes.add', { question: 'detect', text: 'Nobody watched pool saturation' });
    await call('questionNotes.add', { question: 'prevent', text: 'A canary would have caught it' });
    // Moved below the other, as Alt+↓ does in the console.
    await core.call('questionNotes.update', { id: first.id, patch: { position: 5 } });
    await call('questions.update', {
      question: 'detect',
      patch: { answer: 'Alert on pool saturation, not only on latency', answered: true },
    });
    await call('actionItems.add', {
      title: 'Page on pool saturation above 90 %',
      type: 'detective',
      question: 'detect',
      owner: 'SRE team',
      dueDate: '2026-03-27',
    });
    await call('actionItems.add', {
      title: 'Canary stage for checkout-api',
      type: 'preventative',
      question: 'prevent',
    });
    await call('actionItems.add', {
      title: 'Synthetic checkout every minute',
      type: 'detective',
      question: 'detect',
    });
    await goTo('detect');

    expect(
      screen.getByText('Once the issue was introduced, what could we have done to detect it earlier?'),
    ).toBeInTheDocument();
    expect(entries('Notes')).toEqual([
      'Nobody watched pool saturation',
      'The latency alert waited for 15 minutes of data',
    ]);
    expect(screen.getByRole('region', { name: 'Short answer' })).toHaveTextContent(
      '✓ AnsweredAlert on pool saturation, not only on latency',
    );
    expect(entries('Action items')).toEqual([
      'Page on pool saturation above 90 %Owner: SRE team · Due 2026-03-27',
      'Synthetic checkout every minuteNo owner · No due date',
    ]);
    expect(screen.queryByText(/canary/i)).toBeNull();
    expect(focusableOnProjector()).toEqual([]);
  });

  it('says what is still open on a question nobody has discussed, and follows a note typed on the console', async () => {
    const { call, goTo } = await openProjector();
    await goTo('remediate');
    expect(screen.getByText('No notes yet.')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Short answer' })).toHaveTextContent('Not answered yet.');
    expect(screen.queryByText(/Answered$/)).toBeNull();
    expect(screen.getByRole('region', { name: 'Action items' })).toHaveTextContent('None yet.');
    await call('questionNotes.add', { question: 'remediate', text: 'The rollback took 40 minutes' });
    expect(await screen.findByText('The rollback took 40 minutes')).toBeInTheDocument();
  });
});
