import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { Result } from '../../../../shared/contract/errors';
import type { Meeting } from '../../../../shared/types';
import { renderApp } from '../../../helpers/renderApp';
import { value } from '../../../helpers/testCore';

/** Two meetings; `open` shows one's event log and answers its capture row's fields. */
async function twoMeetings(options: Parameters<typeof renderApp>[0] = {}) {
  const app = await renderApp(options);
  for (const title of ['Checkout outage', 'Stale prices'])
    await value<Meeting>(app.core, 'meetings.create', { title, timeZone: 'UTC' });
  async function open(title: string) {
    const back = screen.queryByRole('button', { name: /Back to meetings/ });
    if (back) await app.user.click(back);
    await app.user.click(await screen.findByRole('button', { name: title }));
    await app.user.click(await screen.findByRole('tab', { name: 'Event log' }));
    const capture = await screen.findByRole('form', { name: 'Add an event' });
    return (name: string) => within(capture).getByLabelText(name);
  }
  return { ...app, open };
}

describe('the capture row across meetings', () => {
  it('keeps each meeting’s half-typed line when another meeting is opened and typed in', async () => {
    const { user, open } = await twoMeetings();
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
    const { user, open } = await twoMeetings({
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
