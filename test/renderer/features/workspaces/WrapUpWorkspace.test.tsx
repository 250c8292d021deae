import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { openStep } from './openStep';

describe('WrapUpWorkspace', () => {
  it('keeps lessons in their three lists and shows them after the records reload', async () => {
    const { user, records, remount } = await openStep(8, 'Wrap-up');
    await user.type(screen.getByLabelText('Add went well'), 'Rollback was fast{Enter}');
    await user.type(screen.getByLabelText('Add went wrong'), 'Paging was noisy{Enter}');
    await user.type(screen.getByLabelText('Add got lucky'), 'Low traffic hour{Enter}');
    await waitFor(async () =>
      expect((await records()).lessons.map(({ kind, text }) => `${kind}: ${text}`).sort()).toEqual([
        'got-lucky: Low traffic hour',
        'went-well: Rollback was fast',
        'went-wrong: Paging was noisy',
      ]),
    );
    await remount();
    expect(screen.getByLabelText('Went wrong 1')).toHaveValue('Paging was noisy');
  });

  it('removes a lesson and brings it back with Undo', async () => {
    const { user, records } = await openStep(8, 'Wrap-up');
    await user.type(screen.getByLabelText('Add went well'), 'Clear comms{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Remove went well 1' }));
    await waitFor(async () => expect((await records()).lessons).toHaveLength(0));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByLabelText('Went well 1')).toHaveValue('Clear comms');
  });
});
