import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { Meeting } from '../../../../shared/types';
import { VIRTUALISE_FROM } from '../../../../renderer/features/timeline/useVirtualRows';
import { manyEventsJson } from '../../../helpers/manyEvents';
import { renderApp } from '../../../helpers/renderApp';
import { value } from '../../../helpers/testCore';

/** The meeting with `count` imported events, opened on its event log. */
async function longLog(count: number, options: Parameters<typeof renderApp>[0] = {}) {
  const app = await renderApp(options);
  const meeting = await value<Meeting>(app.core, 'meetings.create', {
    title: 'Long incident',
    timeZone: 'UTC',
  });
  await value(app.core, 'timeline.importRows', {
    meetingId: meeting.id,
    sources: [
      { name: 'events.json', files: [{ name: 'events.json', text: manyEventsJson(count) }], reading: 'json' },
    ],
  });
  await app.user.click(await screen.findByRole('button', { name: meeting.title }));
  await app.user.click(await screen.findByRole('tab', { name: 'Event log' }));
  const table = await screen.findByRole('table', { name: 'Event log, in time order' });
  return { ...app, table, meeting };
}

describe('EventTable with 10,000 events', () => {
  // Importing and opening 10,000 events in jsdom takes a few seconds on a busy machine.
  it('renders only a window of the rows and says where they sit in the whole log', async () => {
    const { table } = await longLog(10_000);
    expect(table).toHaveAttribute('aria-rowcount', '10001');
    const rows = within(table).getAllByRole('row');
    expect(rows.length).toBeLessThan(200);
    expect(rows[1]).toHaveAttribute('aria-rowindex', '2');
    expect(within(rows[1]!).getByText(/^Event 1:/)).toBeInTheDocument();
  }, 60_000);

  it('narrows the rows by kind and by text, and shows them all again', async () => {
    const { table, user } = await longLog(10_000);
    const kinds = screen.getByRole('group', { name: 'Kinds to show' });
    await user.click(within(kinds).getByRole('button', { name: 'Mitigation attempt' }));
    // One event in twelve is a mitigation attempt (the generator cycles through the twelve kinds).
    expect(await screen.findByText('Showing 833 of 10,000 events')).toBeInTheDocument();
    expect(table).toHaveAttribute('aria-rowcount', '834');
    for (const row of within(table).getAllByRole('row').slice(1)) {
      expect(within(row).getByText('Mitigation attempt')).toBeInTheDocument();
    }

    // Case-insensitive, over the description. Shard 17 is one event in
    // 40, and of those one in twelve is a mitigation attempt: 84 of the 10,000 are both.
    await user.type(screen.getByRole('searchbox'), 'SHARD 17 ');
    expect(await screen.findByText('Showing 84 of 10,000 events')).toBeInTheDocument();
    // Narrowed under 150 rows, the long log's table stays windowed, the same element: a filter
    // never swaps it for an unwindowed one that mounts every remaining row at once.
    expect(screen.getByRole('table')).toBe(table);
    expect(table).toHaveAttribute('aria-rowcount', '85');
    await user.click(screen.getByRole('button', { name: 'Show all events' }));
    expect(table).toHaveAttribute('aria-rowcount', '10001');
  }, 60_000);

  it('filters by text as the keys are typed, with no pause to wait for', async () => {
    const { user } = await longLog(300);
    await user.type(screen.getByRole('searchbox'), 'shard 17 ');
    // Well under a typing pause (the 200 ms debounce this replaced): the rows follow the keys.
    // Shard 17 is one event in 40: 8 of the 300 (slots 17, 57, … 297).
    expect(await screen.findByText('Showing 8 of 300 events', {}, { timeout: 150 })).toBeInTheDocument();
  }, 60_000);

  it('moves between rows with ↓ and ↑, highlighting the focused event', async () => {
    const { table, user } = await longLog(300);
    const first = within(table).getAllByRole('row')[1]!;
    within(first).getByRole('button', { name: /^Edit/ }).focus();
    await user.keyboard('{ArrowDown}');
    const second = within(table).getAllByRole('row')[2]!;
    expect(within(second).getByRole('button', { name: /^Edit/ })).toHaveFocus();
    expect(second).toHaveAttribute('aria-current', 'true');
    await user.keyboard('{ArrowUp}');
    expect(within(first).getByRole('button', { name: /^Edit/ })).toHaveFocus();
  }, 60_000);
});

describe('an event being edited in a log that crosses the windowing threshold', () => {
  it('keeps what is typed when another window’s add makes the log long enough to window', async () => {
    const { table, user, core, meeting } = await longLog(VIRTUALISE_FROM - 1);
    expect(table.closest('.event-table__scroller')).toBeNull();
    const [, first] = within(table).getAllByRole('row');
    await user.click(within(first!).getByRole('button', { name: /^Edit the / }));
    const edit = await within(table).findByRole('form', { name: /^Edit the / });
    const description = within(edit).getByLabelText('What happened');
    await user.clear(description);
    await user.type(description, 'Half-typed correction');
    // A note-taker's event arrives: the log now has VIRTUALISE_FROM events and is windowed.
    await value(core, 'timeline.add', {
      meetingId: meeting.id,
      at: Date.UTC(2026, 2, 5, 23),
      description: 'From the room',
    });
    await waitFor(() => expect(table).toHaveAttribute('aria-rowcount', String(VIRTUALISE_FROM + 1)));
    expect(table.closest('.event-table__scroller')).not.toBeNull();
    expect(screen.getByRole('table', { name: 'Event log, in time order' })).toBe(table);
    expect(within(table).getByRole('form', { name: /^Edit the / })).toBe(edit);
    expect(within(edit).getByLabelText('What happened')).toHaveValue('Half-typed correction');
  }, 60_000);

  it('closes only the saved event’s edit when another was opened while it saved', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const { table, user } = await longLog(3, {
      wrapApi: (api) => ({
        ...api,
        'timeline.update': async (input) => {
          await held;
          return api['timeline.update'](input);
        },
      }),
    });
    const editOf = (row: number) =>
      within(within(table).getAllByRole('row')[row]!).getByRole('button', { name: /^Edit the / });
    await user.click(editOf(1));
    await user.click(
      within(await within(table).findByRole('form', { name: /^Edit the / })).getByRole('button', {
        name: 'Save',
      }),
    );
    // The first edit's save is on its way when the second event's Edit is chosen and typed in.
    await user.click(editOf(2));
    const second = await within(table).findByRole('form', { name: /^Edit the / });
    await user.type(within(second).getByLabelText('What happened'), ' (checked)');
    release();
    await waitFor(() => expect(within(table).queryByText('Saving…')).toBeNull());
    expect(within(table).getByRole('form', { name: /^Edit the / })).toBe(second);
    expect((within(second).getByLabelText('What happened') as HTMLTextAreaElement).value).toMatch(
      / \(checked\)$/,
    );
  }, 60_000);
});
