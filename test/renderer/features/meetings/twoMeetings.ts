import { screen } from '@testing-library/react';
import type { Meeting } from '../../../../shared/types';
import { renderApp } from '../../../helpers/renderApp';
import { value } from '../../../helpers/testCore';

/**
 * The app over a real core with two meetings, “Checkout outage” and “Stale prices”; `open` goes
 * back to the library if a meeting is open and opens the one named, on its Overview.
 */
export async function twoMeetings(options: Parameters<typeof renderApp>[0] = {}) {
  const app = await renderApp(options);
  for (const title of ['Checkout outage', 'Stale prices'])
    await value<Meeting>(app.core, 'meetings.create', { title, timeZone: 'UTC' });
  async function open(title: string) {
    const back = screen.queryByRole('button', { name: /Back to meetings/ });
    if (back) await app.user.click(back);
    await app.user.click(await screen.findByRole('button', { name: title }));
    await screen.findByRole('tab', { name: 'Overview' });
  }
  return { ...app, open };
}
