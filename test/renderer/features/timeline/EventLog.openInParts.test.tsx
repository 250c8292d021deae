import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { HindsightApi } from '../../../../shared/contract';
import { LISTS_IN_OPEN_MAX, TIMELINE_PAGE_MAX } from '../../../../shared/contract/meetings';
import type { MeetingRecords } from '../../../../shared/types';
import { renderApp } from '../../../helpers/renderApp';
import { seedMeeting } from '../../../helpers/seedMeeting';
import { value } from '../../../helpers/testCore';

const EVENTS = TIMELINE_PAGE_MAX + 500;
// More than `meetings.open` carries itself: the lists come after the first paint.
const ITEMS = LISTS_IN_OPEN_MAX + 1;

/** A gate a call waits at until the test opens it. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

/**
 * The bridge with the later parts of an open held back until the test lets them go: the lists
 * (`meetings.openLists`) and every page after the first. They wait before the core reads them,
 * so what the window writes meanwhile is in what they answer. `log` says in which order the
 * window asked and the core answered.
 */
function heldBack(api: HindsightApi) {
  const [lists, pages] = [gate(), gate()];
  const log: string[] = [];
  const wrapped: HindsightApi = {
    ...api,
    'meetings.openLists': async (input) => {
      log.push('lists asked');
      await lists.opened;
      return api['meetings.openLists'](input);
    },
    'meetings.timelinePage': async (input) => {
      const which = input.after === null ? 'first page' : 'later page';
      log.push(`${which} asked`);
      if (input.after !== null) await pages.opened;
      const answer = await api['meetings.timelinePage'](input);
      log.push(answer.ok && answer.value.next === null ? 'last page answered' : `${which} answered`);
      return answer;
    },
  };
  return { wrapped, log, releaseLists: lists.open, releasePages: pages.open };
}

describe('opening a long meeting on its event log, over a real core', () => {
  it('paints the first rows before the rest is in, says what is loading, and keeps an event typed meanwhile once', async () => {
    let held!: ReturnType<typeof heldBack>;
    const app = await renderApp({
      wrapApi: (api) => {
        held = heldBack(api);
        return held.wrapped;
      },
    });
    const meeting = await seedMeeting(app.core, 'Long incident', EVENTS, ITEMS);
    await app.user.click(await screen.findByRole('button', { name: meeting.title }));
    await app.user.click(await screen.findByRole('tab', { name: 'Event log' }));

    // The first rows are in the page while the lists and every later page are still held back.
    const table = await screen.findByRole('table', { name: 'Event log, in time order' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(/Event 1:/);
    expect(held.log).toContain('first page answered');
    expect(held.log).not.toContain('last page answered');
    // Nothing shows a number that is not known yet: the count says what is in, of how many.
    expect(screen.getByText('Loading events… 200 of 2,500')).toBeInTheDocument();
    expect(
      screen.getByText('The incident’s numbers and red flags follow once every event is in.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'The incident’s numbers' })).not.toBeInTheDocument();

    // An event typed while the rest loads: after every seeded one, so a held page will carry it.
    const capture = screen.getByRole('form', { name: 'Add an event' });
    await app.user.clear(within(capture).getByLabelText('Time'));
    await app.user.type(within(capture).getByLabelText('Time'), '2026-03-05 23:00:00');
    await app.user.type(within(capture).getByLabelText('What happened'), 'Typed while loading{Enter}');
    expect(await screen.findByText('Loading events… 201 of 2,500')).toBeInTheDocument();

    // The other tabs say "Loading…" where a figure comes from the lists still on their way.
    await app.user.click(screen.getByRole('tab', { name: 'Overview' }));
    const counts = screen.getByRole('region', { name: 'Recorded so far' });
    expect(within(counts).getByText('Action items').nextSibling).toHaveTextContent('Loading…');
    expect(within(counts).getByText('Open parking-lot items').nextSibling).toHaveTextContent('Loading…');
    await app.user.click(screen.getByRole('tab', { name: 'Action items' }));
    expect(screen.getByText('Loading the action items and the parking lot…')).toBeInTheDocument();
    expect(screen.queryByText(/in priority order/)).not.toBeInTheDocument();

    held.releaseLists();
    expect(await screen.findByText(`${ITEMS} in priority order`, { exact: false })).toBeInTheDocument();
    held.releasePages();
    await app.user.click(screen.getByRole('tab', { name: 'Event log' }));
    expect(await screen.findByText('2,501 events', {}, { timeout: 30_000 })).toBeInTheDocument();
    expect(held.log.indexOf('first page answered')).toBeLessThan(held.log.indexOf('lists asked'));
    expect(held.log.at(-1)).toBe('last page answered');

    // The typed event is in the log once: on screen, and committed in the core.
    await app.user.type(screen.getByRole('searchbox'), 'Typed while loading');
    expect(await screen.findByText('Showing 1 of 2,501 events')).toBeInTheDocument();
    const stored = await value<MeetingRecords>(app.core, 'meetings.get', { id: meeting.id });
    expect(stored.timeline.filter((event) => event.description === 'Typed while loading')).toHaveLength(1);
    expect(stored.timeline).toHaveLength(EVENTS + 1);
  });
});
