import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { Result } from '../../../../shared/contract/errors';
import { twoMeetings } from '../meetings/twoMeetings';

/** Two meetings; `open` shows one's event log and answers its capture row's fields. */
async function twoEventLogs(options: Parameters<typeof twoMeetings>[0] = {}) {
  const app = await twoMeetings(options);
  async function open(title: string) {
    await app.open(title);
    await app.user.click(screen.getByRole('tab', { name: 'Event log' }));
    const capture = await screen.findByRole('form', { name: 'Add an event' });
    return (name: string) => within(capture).getByLabelText(name);
  }
  return { ...app, open };
}

describe('the capture row across meetings', () => {
  it('keeps each meeting’s half-typed line when another meeting is opened and typed in', async () => {
    const { user, open } = await twoEventLogs();
    let field = await open('Checkout outage');
    await user.type(field('What happened'), 'Checkout returned 502');
    field = await open('Stale prices');
    expect(field('What happened')).toHaveValue('');
    await user.type(field('What happened'), 'Prices an hour old');
    field = await open('Checkout outage');
    expect(field('What happened')).toHaveValue('Checkout returned 502');
    field = await open('Stale prices');
    expect(field('What happened')).toHaveValue('Prices an hour old');
  });

  it('puts a refused fact back into the meeting it was typed in, not the one open by then', async () => {
    let answer = (_result: Result<unknown>) => {};
    const { user, open } = await twoEventLogs({
      wrapApi: (api) => ({
        ...api,
        'timeline.add': () => new Promise((resolve) => (answer = resolve as typeof answer)),
      }),
    });
    let field = await open('Checkout outage');
    await user.type(field('Time'), '09:40');
    await user.type(field('What happened'), 'Checkout returned 502{Enter}');
    await waitFor(() => expect(field('What happened')).toHaveValue(''));
    field = await open('Stale prices');
    answer({ ok: false, error: { code: 'read-only', message: 'The database file is read-only' } });
    await waitFor(() => expect(screen.queryByText('Saving…')).toBeNull());
    expect(field('What happened')).toHaveValue('');
    field = await open('Checkout outage');
    expect(field('What happened')).toHaveValue('Checkout returned 502');
  });
});
