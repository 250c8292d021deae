import { screen, within } from '@testing-library/react';
import type { Meeting, MeetingRecords } from '../../../../shared/types';
import { renderApp } from '../../../helpers/renderApp';
import { value } from '../../../helpers/testCore';

/**
 * The app over a real core with one meeting (Europe/Berlin, 09:00–11:00 local on 2026-03-05)
 * open on its event log; `type` fills the capture row and presses Enter.
 */
export async function eventLog(
  meetingInput: Record<string, unknown> = {},
  options: Parameters<typeof renderApp>[0] = {},
) {
  const app = await renderApp(options);
  const meeting = await value<Meeting>(app.core, 'meetings.create', {
    title: 'Checkout outage',
    timeZone: 'Europe/Berlin',
    startedAt: Date.UTC(2026, 2, 5, 8, 0, 0), // 09:00 in Berlin
    resolvedAt: Date.UTC(2026, 2, 5, 10, 0, 0), // 11:00
    ...meetingInput,
  });
  await app.user.click(await screen.findByRole('button', { name: meeting.title }));
  await app.user.click(await screen.findByRole('tab', { name: 'Event log' }));
  const capture = await screen.findByRole('form', { name: 'Add an event' });
  const field = (name: string) => within(capture).getByLabelText(name);
  /** Types one event into the capture row and presses Enter. */
  async function type(time: string, description: string, kind?: string) {
    await app.user.clear(field('Time'));
    await app.user.type(field('Time'), time);
    if (kind) await app.user.selectOptions(field('Kind'), kind);
    await app.user.type(field('What happened'), `${description}{Enter}`);
  }
  const storedEvents = async () =>
    (await value<MeetingRecords>(app.core, 'meetings.get', { id: meeting.id })).timeline;
  return { ...app, meeting, capture, field, type, storedEvents };
}

/**
 * The console of a meeting (in `meetingInput`'s zone, UTC by default) whose walk has reached the
 * Event log step, with `events` already logged and the parking lot beside it.
 */
export async function consoleOnEventLog(
  meetingInput: Record<string, unknown> = {},
  events: readonly { at: number; description: string }[] = [],
) {
  const app = await renderApp();
  const meeting = await value<Meeting>(app.core, 'meetings.create', {
    title: 'Checkout outage',
    ...meetingInput,
  });
  for (const event of events) await value(app.core, 'timeline.add', { meetingId: meeting.id, ...event });
  await value(app.core, 'agenda.next', { meetingId: meeting.id });
  await value(app.core, 'agenda.next', { meetingId: meeting.id });
  await app.user.click(await screen.findByRole('button', { name: 'Checkout outage' }));
  await app.user.click(await screen.findByRole('tab', { name: 'Run the meeting' }));
  await screen.findByText('Step 2 of 8');
  const records = () => value<MeetingRecords>(app.core, 'meetings.get', { id: meeting.id });
  const panel = () => screen.getByRole('region', { name: /Parking lot/ });
  return { ...app, meeting, records, panel };
}

/** The app on the event log of a meeting (Berlin, 2026-03-05 09:00–11:00), its import dialog open. */
export async function openImportDialog() {
  const app = await eventLog();
  await app.user.click(screen.getByRole('button', { name: 'Import events…' }));
  return { ...app, dialog: screen.getByRole('dialog', { name: 'Import events' }) };
}
