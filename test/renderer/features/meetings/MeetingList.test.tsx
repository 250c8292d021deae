import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderApp } from '../../../helpers/renderApp';
import { value } from '../../../helpers/testCore';

async function withMeetings(titles: string[]) {
  const app = await renderApp();
  for (const title of titles) await value(app.core, 'meetings.create', { title });
  await screen.findByRole('button', { name: titles.at(-1) });
  return app;
}

const row = (title: string) => screen.getByRole('button', { name: title });

describe('MeetingList', () => {
  it('moves focus between rows with the arrow keys, Home and End, keeping one tab stop', async () => {
    // Newest change first: Third, Second, First.
    const { user } = await withMeetings(['First', 'Second', 'Third']);
    await user.click(screen.getByLabelText('Search by title or incident id'));
    await user.tab();
    expect(row('Third')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(row('Second')).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(row('First')).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(row('Second')).toHaveFocus();
    await user.keyboard('{End}');
    expect(row('First')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(row('Third')).toHaveFocus();
    expect(row('Third')).toHaveAttribute('tabindex', '0');
    expect(row('Second')).toHaveAttribute('tabindex', '-1');
    expect(row('First')).toHaveAttribute('tabindex', '-1');
  });

  it('tabs from the current row to its own actions, then out of the list', async () => {
    const { user } = await withMeetings(['First', 'Second']);
    row('First').focus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Rename First' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Duplicate First' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Delete First' })).toHaveFocus();
    await user.tab();
    expect(document.activeElement?.closest('.meeting-list')).toBeNull();
  });

  it('opens the meeting on Enter and returns to the same row on Escape', async () => {
    const { user } = await withMeetings(['First', 'Second']);
    row('Second').focus();
    await user.keyboard('{ArrowDown}{Enter}');
    const heading = await screen.findByRole('heading', { level: 1, name: 'First' });
    expect(heading).toHaveFocus();
    expect(screen.queryByRole('list', { name: /Meetings/ })).not.toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(await screen.findByRole('button', { name: 'First' })).toHaveFocus();
  });

  it('opens the new-meeting dialog with Ctrl+N and focuses the search with / or Ctrl+F', async () => {
    const { user } = await withMeetings(['First']);
    row('First').focus();
    await user.keyboard('/');
    expect(screen.getByLabelText('Search by title or incident id')).toHaveFocus();
    expect(screen.getByLabelText('Search by title or incident id')).toHaveValue('');
    row('First').focus();
    await user.keyboard('{Control>}f{/Control}');
    expect(screen.getByLabelText('Search by title or incident id')).toHaveFocus();
    await user.keyboard('{Control>}n{/Control}');
    expect(screen.getByRole('dialog', { name: 'New meeting' })).toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toHaveFocus();
  });
});
