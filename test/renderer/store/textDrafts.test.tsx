import { describe, expect, it } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import type { Result } from '../../../shared/contract/errors';
import { openActionItems } from '../features/action-items/actionItemsTestApp';
import { openStep } from '../features/workspaces/openStep';

const quickAdd = () => screen.getByRole('textbox', { name: /New action item/ });

describe('the add boxes’ text, kept in the store', () => {
  it('keeps a quick-add title typed and not yet added through a switch to another tab and back', async () => {
    const { user } = await openActionItems();
    await user.type(quickAdd(), 'Alert on queue depth');
    await user.click(screen.getByRole('tab', { name: 'Event log' }));
    await user.click(screen.getByRole('tab', { name: 'Action items' }));
    expect(quickAdd()).toHaveValue('Alert on queue depth');
  });

  it('gives a refused quick-add back to its box even when the box was gone meanwhile', async () => {
    let answer = (_result: Result<unknown>) => {};
    const { user } = await openActionItems([], {
      wrapApi: (api) => ({
        ...api,
        'actionItems.add': () => new Promise((resolve) => (answer = resolve as typeof answer)),
      }),
    });
    await user.type(quickAdd(), 'Alert on queue depth{Enter}');
    await waitFor(() => expect(quickAdd()).toHaveValue(''));
    await user.click(screen.getByRole('tab', { name: 'Event log' }));
    act(() => answer({ ok: false, error: { code: 'read-only', message: 'The database file is read-only' } }));
    await user.click(screen.getByRole('tab', { name: 'Action items' }));
    expect(quickAdd()).toHaveValue('Alert on queue depth');
  });

  it('keeps each question’s unsent note with its question as the steps move', async () => {
    const { user, sendFromMain } = await openStep(4, 'Remediate faster');
    await user.type(screen.getByLabelText('Add note'), 'Paged the wrong team');
    act(() => sendFromMain('menuCommandChosen', { id: 'agenda.next' }));
    await screen.findByRole('heading', { level: 2, name: 'Detect earlier' });
    expect(screen.getByLabelText('Add note')).toHaveValue('');
    act(() => sendFromMain('menuCommandChosen', { id: 'agenda.previous' }));
    await screen.findByRole('heading', { level: 2, name: 'Remediate faster' });
    expect(screen.getByLabelText('Add note')).toHaveValue('Paged the wrong team');
  });
});
