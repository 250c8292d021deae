import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { openStep } from './openStep';

describe('OpeningWorkspace', () => {
  it('adds a participant with a role and keeps both after the records reload', async () => {
    const { user, records, remount } = await openStep(1, 'Opening');
    await user.type(screen.getByLabelText('Add participant'), 'Ana{Enter}');
    const name = await screen.findByLabelText('Participant 1');
    expect(name).toHaveValue('Ana');
    await user.selectOptions(screen.getByLabelText('Role of Ana'), 'Incident owner');
    await waitFor(async () => expect((await records()).participants[0]!.role).toBe('incident-owner'));
    await remount();
    expect(screen.getByLabelText('Participant 1')).toHaveValue('Ana');
    expect(screen.getByLabelText('Role of Ana')).toHaveValue('incident-owner');
  });

  it('renames a participant as you type and removes one with undo', async () => {
    const { user, records, saved } = await openStep(1, 'Opening');
    await user.type(screen.getByLabelText('Add participant'), 'Bo{Enter}');
    const name = await screen.findByLabelText('Participant 1');
    await user.type(name, 'b');
    await saved('Participant 1');
    expect((await records()).participants[0]!.name).toBe('Bob');

    await user.click(screen.getByRole('button', { name: 'Remove participant 1' }));
    await waitFor(async () => expect((await records()).participants).toHaveLength(0));
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await records()).participants).toHaveLength(1));
    expect(await screen.findByLabelText('Participant 1')).toHaveValue('Bob');
  });

  it('edits the blameless statement of this meeting', async () => {
    const { user, records, saved, remount } = await openStep(1, 'Opening', {
      blamelessStatement: 'We look.',
    });
    const label = 'Blameless statement (read aloud, shown on the projector)';
    await user.clear(screen.getByLabelText(label));
    await user.type(screen.getByLabelText(label), 'We look for what allowed this.');
    await saved(label);
    expect((await records()).meeting.blamelessStatement).toBe('We look for what allowed this.');
    await remount();
    expect(screen.getByLabelText(label)).toHaveValue('We look for what allowed this.');
  });
});
