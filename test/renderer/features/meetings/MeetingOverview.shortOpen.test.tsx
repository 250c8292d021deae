import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { HindsightApi } from '../../../../shared/contract';
import type { Meeting } from '../../../../shared/types';
import { renderApp } from '../../../helpers/renderApp';
import { seedMeeting } from '../../../helpers/seedMeeting';
import { value } from '../../../helpers/testCore';

/** Every text the page was given from now on, including what a later render took away again. */
function textsEverShown(): { texts: string[]; stop: () => void } {
  const texts: string[] = [];
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'characterData') texts.push(mutation.target.textContent ?? '');
      for (const node of mutation.addedNodes) texts.push(node.textContent ?? '');
    }
  });
  observer.observe(document.body, { childList: true, characterData: true, subtree: true });
  return { texts, stop: () => observer.disconnect() };
}

/** The lists' "Loading…" words in a text: the section's sentence, or a count not known yet ("Loading events…" is the log's). */
const listsLoadingWords = (text: string) => text.match(/Loading…|Loading the action items/g) ?? [];

describe('opening a short meeting, over a real core', () => {
  it('shows its action items and parking lot with the meeting: one answer, and "Loading…" never renders', async () => {
    const asked: string[] = [];
    const app = await renderApp({
      wrapApi: (api): HindsightApi => ({
        ...api,
        'meetings.openLists': (input) => {
          asked.push('openLists');
          return api['meetings.openLists'](input);
        },
      }),
    });
    const seeded = await seedMeeting(app.core, 'Short incident', 20, 12);
    await value<Meeting>(app.core, 'parkingLot.add', { meetingId: seeded.id, text: 'Vendor contract' });
    const shown = textsEverShown();
    await app.user.click(await screen.findByRole('button', { name: seeded.title }));
    const counts = await screen.findByRole('region', { name: 'Recorded so far' });
    expect(within(counts).getByText('Action items').nextSibling).toHaveTextContent('12 (12 open)');
    expect(within(counts).getByText('Open parking-lot items').nextSibling).toHaveTextContent('1');
    await app.user.click(screen.getByRole('tab', { name: 'Run the meeting' }));
    expect(await screen.findByDisplayValue('Vendor contract')).toBeInTheDocument();
    shown.stop();

    expect(shown.texts.flatMap(listsLoadingWords)).toEqual([]);
    expect(asked).toEqual([]);
  });
});
