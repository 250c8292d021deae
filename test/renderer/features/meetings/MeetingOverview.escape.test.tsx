import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { consoleOnEventLog } from '../timeline/openEventLog';

describe('Escape in an open meeting', () => {
  it('leaves a field with its text kept, and never leaves the live console', async () => {
    const { user } = await consoleOnEventLog();
    const capture = screen.getByRole('form', { name: 'Add an event' });
    const description = within(capture).getByLabelText('What happened');
    await user.type(description, 'Half-typed fact');
    await user.keyboard('{Escape}');
    expect(description).not.toHaveFocus();
    expect(description).toHaveValue('Half-typed fact');
    await user.keyboard('{Escape}');
    expect(screen.getByRole('heading', { level: 1, name: 'Checkout outage' })).toBeInTheDocument();
    expect(description).toHaveValue('Half-typed fact');
  });

  it('still goes back to the library from outside a field on the other tabs', async () => {
    const { user } = await consoleOnEventLog();
    await user.click(screen.getByRole('tab', { name: 'Overview' }));
    await user.keyboard('{Escape}');
    expect(await screen.findByRole('heading', { level: 1, name: /meetings/i })).toBeInTheDocument();
  });
});
