import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { MeetingRecords } from '../../../../shared/types';
import { value } from '../../../helpers/testCore';
import { consoleOnEventLog, eventLog } from './openEventLog';

/** 09:10, 09:31:05 and 09:40 in Berlin (UTC+01:00) on 2026-03-05. */
const AT = [Date.UTC(2026, 2, 5, 8, 10), Date.UTC(2026, 2, 5, 8, 31, 5), Date.UTC(2026, 2, 5, 8, 40)];
const DESCRIPTIONS = ['Alert fired', 'We should have rolled back sooner', 'Rollback started'];
const PARKED_TEXT = '09:31:05 on 2026-03-05 (Europe/Berlin): We should have rolled back sooner';

/** The console of a meeting with three events, walked to its Event log step (parking lot beside it). */
const consoleWithEvents = () =>
  consoleOnEventLog(
    { timeZone: 'Europe/Berlin' },
    AT.map((at, index) => ({ at, description: DESCRIPTIONS[index]! })),
  );

// Each test renders the whole console over a real core; on a busy two-core machine that can take
// longer than the default 5 s, though it takes about one alone.
describe('parking an event', { timeout: 20_000 }, () => {
  it('moves the selected row to the parking lot with Ctrl+Shift+P, without opening the capture box', async () => {
    const { user, records, panel } = await consoleWithEvents();
    // Clicking a row selects it: it takes the focus, and the key then acts on it.
    await user.click(await screen.findByRole('cell', { name: DESCRIPTIONS[1] }));
    await user.keyboard('{Control>}{Shift>}P{/Shift}{/Control}');

    await waitFor(() =>
      expect(screen.queryByRole('cell', { name: DESCRIPTIONS[1] })).not.toBeInTheDocument(),
    );
    expect(screen.queryByRole('dialog', { name: 'Park a remark' })).not.toBeInTheDocument();
    expect(await within(panel()).findByRole('textbox', { name: 'Parked in Event log' })).toHaveValue(
      PARKED_TEXT,
    );
    expect(
      screen.getByText('Parked the 09:31:05 event “We should have rolled back sooner”.'),
    ).toBeInTheDocument();
    // The keyboard carries on from the row that took the parked one's place.
    expect(screen.getByRole('button', { name: 'Edit the 09:40:00 event' })).toHaveFocus();
    const stored = await records();
    expect(stored.timeline.map((event) => event.description)).toEqual([DESCRIPTIONS[0], DESCRIPTIONS[2]]);
    expect(stored.parkingLot).toMatchObject([{ text: PARKED_TEXT, resolved: false }]);
  });

  it('puts the event back and takes the item out with Undo', async () => {
    const { user, records, panel } = await consoleWithEvents();
    await user.click(
      await screen.findByRole('button', { name: 'Park the 09:40:00 event in the parking lot' }),
    );
    await within(panel()).findByRole('textbox', { name: 'Parked in Event log' });
    // The last row parked: the focus goes to the row before it.
    expect(screen.getByRole('button', { name: 'Edit the 09:31:05 event' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('cell', { name: DESCRIPTIONS[2] })).toBeInTheDocument();
    expect(await screen.findByText('Back in the event log: “Rollback started”.')).toBeInTheDocument();
    await waitFor(() => expect(within(panel()).queryByRole('textbox')).not.toBeInTheDocument());
    const stored = await records();
    expect(stored.timeline.map((event) => event.description)).toEqual(DESCRIPTIONS);
    expect(stored.parkingLot).toEqual([]);
  });

  it('parks from the Event log tab with the Park button, on the event-log step before the walk', async () => {
    const { user, type, storedEvents, core, meeting } = await eventLog();
    await type('09:30', 'Blame the release train');
    await user.click(
      await screen.findByRole('button', { name: 'Park the 09:30:00 event in the parking lot' }),
    );
    await screen.findByText(/No events yet/);
    expect(await storedEvents()).toEqual([]);
    const stored = await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id });
    const eventLogStep = stored.agenda.find((step) => step.kind === 'event-log')!;
    expect(stored.parkingLot).toMatchObject([
      { text: '09:30:00 on 2026-03-05 (Europe/Berlin): Blame the release train', stepId: eventLogStep.id },
    ]);
  });

  it('still opens the capture box for a remark when the key is pressed outside the table', async () => {
    const { user, field, type, storedEvents } = await eventLog();
    await type('09:30', 'Alert fired');
    await screen.findByRole('cell', { name: 'Alert fired' });
    await user.click(field('Time'));
    await user.keyboard('{Control>}{Shift>}P{/Shift}{/Control}');
    expect(await screen.findByRole('dialog', { name: 'Park a remark' })).toBeInTheDocument();
    expect(await storedEvents()).toHaveLength(1);
  });
});
