import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import type { TimelineEvent } from '../../../../shared/types';
import { renderApp } from '../../../helpers/renderApp';
import { openStep } from '../workspaces/openStep';
import { eventLog } from './openEventLog';

/** The table's rows as "time description" (first two cells' text, without marks). */
function tableRows() {
  const table = screen.getByRole('table', { name: 'Event log, in time order' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => {
      const cells = within(row).getAllByRole('cell');
      return `${cells[0]?.querySelector('time')?.textContent} ${cells[2]?.textContent}`;
    });
}

describe('TimelineSection', () => {
  // Ten events typed key by key take seconds in jsdom on a busy machine; the default 5 s is too tight.
  it('sorts ten events typed out of order and keeps the focus in the time field', async () => {
    const { type, field } = await eventLog();
    const typed = [
      '09:40',
      '09:05',
      '10:15',
      '09:12',
      '09:58',
      '09:31:05',
      '10:02',
      '09:20',
      '10:45',
      '09:50',
    ];
    for (const [index, time] of typed.entries()) {
      await type(time, `Fact ${index + 1}`);
      await screen.findByText(`Fact ${index + 1}`);
      expect(field('Time')).toHaveFocus();
      expect(field('Time')).toHaveValue('');
    }
    expect(tableRows()).toEqual([
      '09:05:00 Fact 2',
      '09:12:00 Fact 4',
      '09:20:00 Fact 8',
      '09:31:05 Fact 6',
      '09:40:00 Fact 1',
      '09:50:00 Fact 10',
      '09:58:00 Fact 5',
      '10:02:00 Fact 7',
      '10:15:00 Fact 3',
      '10:45:00 Fact 9',
    ]);
    expect(screen.getByText('Europe/Berlin (UTC+01:00)')).toBeInTheDocument();
  }, 30_000);

  it('saves a capture without touching the fields it does not empty, nor the filter box', async () => {
    const { type, field, storedEvents } = await eventLog();
    await type('09:10', 'Alert fired');
    await screen.findByText('Alert fired');
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    // The kind select is left out: React re-renders a select without touching any attribute, so
    // watching it could not tell a render from none.
    const untouched = [field('Actor'), field('Evidence'), screen.getByRole('searchbox', { name: 'Find' })];
    const touched: string[] = [];
    const watch = new MutationObserver((records) => {
      for (const record of records) touched.push(`${(record.target as Element).id} ${record.attributeName}`);
    });
    for (const element of untouched) watch.observe(element, { attributes: true });
    await type('09:20', 'Rollback started');
    await screen.findByText('Rollback started');
    await expect.poll(async () => (await storedEvents()).length).toBe(2);
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    watch.disconnect();
    // React commits every input it re-renders again (name, type and value set anew).
    expect(touched).toEqual([]);
    expect(field('Time')).toHaveValue('');
  });

  it('counts +5m from the event typed just before', async () => {
    const { type, storedEvents } = await eventLog();
    await type('10:30', 'Rollback started');
    await screen.findByText('Rollback started');
    await type('09:10', 'Alert fired');
    await screen.findByText('Alert fired');
    await type('+5m', 'On-call acknowledged');
    await screen.findByText('On-call acknowledged');
    const acknowledged = (await storedEvents()).find((event) => event.description === 'On-call acknowledged');
    expect(acknowledged?.at).toBe(Date.UTC(2026, 2, 5, 8, 15, 0));
  });

  it('shows why a time cannot be read, keeps the row and saves nothing', async () => {
    const { type, field, storedEvents } = await eventLog();
    await type('25:61', 'Alert fired');
    expect(await screen.findByText('25:61 is not a time of day.')).toBeInTheDocument();
    expect(field('Time')).toHaveValue('25:61');
    expect(field('Time')).toHaveAttribute('aria-invalid', 'true');
    expect(field('What happened')).toHaveValue('Alert fired');
    expect(await storedEvents()).toEqual([]);
  });

  it('marks events before the incident start and after its resolution in words', async () => {
    const { type } = await eventLog();
    await type('08:30', 'Change merged');
    await type('12:00', 'Postmortem scheduled');
    await type('09:30', 'Alert fired');
    await screen.findByText('Alert fired');
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Before start');
    expect(rows[2]).not.toHaveTextContent(/Before start|After resolution/);
    expect(rows[3]).toHaveTextContent('After resolution');
  });

  it('edits an event in place: Enter saves, Escape cancels', async () => {
    const { user, type, storedEvents } = await eventLog();
    await type('09:30', 'Alert fired');
    await user.click(await screen.findByRole('button', { name: 'Edit the 09:30:00 event' }));
    const editor = screen.getByRole('form', { name: 'Edit the 09:30:00 event' });
    expect(within(editor).getByLabelText('Time')).toHaveFocus();
    await user.keyboard('09:32{Enter}');
    expect(await screen.findByRole('button', { name: 'Edit the 09:32:00 event' })).toHaveFocus();
    expect((await storedEvents())[0]?.at).toBe(Date.UTC(2026, 2, 5, 8, 32, 0));

    await user.click(screen.getByRole('button', { name: 'Edit the 09:32:00 event' }));
    const second = screen.getByRole('form', { name: 'Edit the 09:32:00 event' });
    await user.type(within(second).getByLabelText('What happened'), ' (typo){Escape}');
    expect(screen.queryByRole('form', { name: /^Edit/ })).not.toBeInTheDocument();
    expect(screen.getByText('Alert fired')).toBeInTheDocument();
  });

  it('deletes an event and brings it back with Undo', async () => {
    const { user, type, storedEvents } = await eventLog();
    await type('09:30', 'Alert fired');
    await user.click(await screen.findByRole('button', { name: 'Delete the 09:30:00 event' }));
    expect(await screen.findByText('Deleted the 09:30:00 event “Alert fired”.')).toBeInTheDocument();
    await screen.findByText(/No events yet/);
    expect(await storedEvents()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('button', { name: 'Delete the 09:30:00 event' })).toBeInTheDocument();
    expect((await storedEvents()).map((event: TimelineEvent) => event.description)).toEqual(['Alert fired']);
  });

  it('shows the numbers and red flags of the cache example', async () => {
    const app = await renderApp();
    await app.user.click(await screen.findByRole('button', { name: /^Open example Stale product data/ }));
    await app.user.click(
      await screen.findByRole('button', { name: 'Stale product data after cache TTL change' }),
    );
    await app.user.click(await screen.findByRole('tab', { name: 'Event log' }));
    const numbers = await screen.findByRole('region', { name: 'The incident’s numbers' });
    expect(numbers).toHaveTextContent('Time to detect (start → detection)50 min');
    expect(numbers).toHaveTextContent('Root cause → fix (root cause identified → fix deployed)1 h 56 min');
    const flags = within(numbers).getByRole('list', { name: 'Red flags' });
    expect(flags).toHaveTextContent('Detection gap: 43 min from the first signal to detection');
    expect(flags).toHaveTextContent('11:18:20 · Mitigation attempt (no effect)');
    expect(screen.getByText('Europe/Berlin (UTC+01:00)')).toBeInTheDocument();
  });
});

describe('TimelineSection in the console', () => {
  it('leaves the “Event log” heading to the step’s title, so it is named once', async () => {
    await openStep(2, 'Event log');
    expect(screen.getAllByRole('heading', { name: 'Event log' })).toHaveLength(1);
    expect(screen.getByRole('form', { name: 'Add an event' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'The incident’s numbers' })).toBeInTheDocument();
  });
});

describe('TimelineStrip', () => {
  it('highlights the same event in the strip and the table, from either side', async () => {
    const { user, type } = await eventLog();
    await type('09:05', 'Latency rises', 'first-signal');
    await type('09:20', 'On-call paged', 'detection');
    await screen.findByText('On-call paged');
    const strip = screen.getByRole('group', { name: 'Incident phases and key events' });
    // The strip follows the table as a deferred value (issue #16), a render later.
    const detection = await within(strip).findByRole('button', { name: '09:20 Detection: On-call paged' });
    await user.click(detection);
    expect(detection).toHaveAttribute('aria-pressed', 'true');
    const row = screen.getByRole('cell', { name: 'On-call paged' }).closest('tr');
    expect(row).toHaveAttribute('aria-current', 'true');

    // Keyboard focus on anything in a row highlights it too, so the room can follow the note-taker.
    act(() => screen.getByRole('button', { name: 'Edit the 09:05:00 event' }).focus());
    expect(within(strip).getByRole('button', { name: /^09:05 First signal/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(detection).toHaveAttribute('aria-pressed', 'false');
  });

  it('dates its range when the incident crosses midnight in the meeting’s zone', async () => {
    // 23:10 UTC on 31 January is 00:10 on 1 February in Berlin; resolved 42 hours later.
    const { type } = await eventLog({
      startedAt: Date.UTC(2017, 0, 31, 23, 10),
      resolvedAt: Date.UTC(2017, 1, 2, 17, 14),
    });
    await type('2017-02-01 09:00', 'Replication lag alert', 'detection');
    await screen.findByText('Replication lag alert');
    const strip = screen.getByRole('figure');
    expect(within(strip).getByText('2017-02-01 00:10:00 → 2017-02-02 18:14:00')).toBeInTheDocument();
  });

  it('keeps its range to times of day when the incident stays within one day', async () => {
    const { type } = await eventLog();
    await type('09:20', 'On-call paged', 'detection');
    await screen.findByText('On-call paged');
    expect(within(screen.getByRole('figure')).getByText('09:00:00 → 11:00:00')).toBeInTheDocument();
  });
});
