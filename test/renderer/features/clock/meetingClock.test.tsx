import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { Meeting, MeetingRecords } from '../../../../shared/types';
import { renderApp } from '../../../helpers/renderApp';
import { value } from '../../../helpers/testCore';

/**
 * A 24-hour clock reading in text: `21:05` or `09:05:30`, not part of a 12-hour one (`12:05 AM`)
 * and not a zone offset (`UTC+01:00`).
 */
const TWENTY_FOUR_HOUR = /(?<![+\-\d:])\d{2}:\d{2}(?![:\d]| ?[AP]M)/;
const TWELVE_HOUR = /\d{1,2}:\d{2}(:\d{2})? [AP]M/;

const UTC = (hour: number, minute: number) => Date.UTC(2026, 2, 5, hour, minute, 0);

/**
 * The console on the Event log step of a UTC meeting (21:00–23:40 on 2026-03-05) with a failed
 * mitigation attempt, so the log, the strip, the numbers' red flags and the meeting clock all show times.
 */
async function consoleOfEveningIncident(systemClock: '24h' | '12h') {
  const app = await renderApp({ systemClock });
  const meeting = await value<Meeting>(app.core, 'meetings.create', {
    title: 'Evening outage',
    timeZone: 'UTC',
    startedAt: UTC(21, 0),
    detectedAt: UTC(21, 30),
    resolvedAt: UTC(23, 40),
  });
  const events = [
    { at: UTC(21, 5), kind: 'first-signal', description: 'Error rate rises' },
    { at: UTC(21, 30), kind: 'detection', description: 'On-call paged' },
    { at: UTC(22, 10), kind: 'mitigation-attempt', outcome: 'no-effect', description: 'Restarted the pods' },
    { at: UTC(23, 40), kind: 'recovery', description: 'Error rate back to normal' },
  ];
  for (const event of events) await value(app.core, 'timeline.add', { meetingId: meeting.id, ...event });
  await value(app.core, 'agenda.next', { meetingId: meeting.id });
  await value(app.core, 'agenda.next', { meetingId: meeting.id });
  await app.user.click(await screen.findByRole('button', { name: meeting.title }));
  await app.user.click(await screen.findByRole('tab', { name: 'Run the meeting' }));
  await screen.findByText('Step 2 of 8');
  await screen.findByText('Restarted the pods');
  return { ...app, meeting };
}

/**
 * The console's text with its countdowns left out (`11:59 Remaining`, `0:01 of 12 min`): those
 * are durations on a timer, not times of day.
 */
const consoleText = () =>
  (document.body.textContent ?? '').replace(/\d{1,2}:\d{2}(?=Remaining| of \d+ min)/g, '');

describe('the meeting’s clock', () => {
  it('follows a 12-hour computer everywhere on the console: log, strip, red flags and meeting clock', async () => {
    await consoleOfEveningIncident('12h');
    const table = screen.getByRole('table', { name: 'Event log, in time order' });
    expect(within(table).getByText('10:10:00 PM')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Red flags' })).toHaveTextContent(
      '10:10:00 PM · Mitigation attempt',
    );
    expect(screen.getByLabelText('Meeting clock').textContent).toMatch(TWELVE_HOUR);
    expect(consoleText()).toMatch(/9:00:00 PM → 11:40:00 PM/);
    expect(consoleText()).not.toMatch(TWENTY_FOUR_HOUR);
  });

  it('follows a 24-hour computer the same way, with no AM/PM anywhere', async () => {
    await consoleOfEveningIncident('24h');
    const table = screen.getByRole('table', { name: 'Event log, in time order' });
    expect(within(table).getByText('22:10:00')).toBeInTheDocument();
    expect(consoleText()).toMatch(/21:00:00 → 23:40:00/);
    expect(consoleText()).not.toMatch(TWELVE_HOUR);
  });

  it('switches every time to 24-hour when the meeting is set to it, whatever the computer uses', async () => {
    const app = await consoleOfEveningIncident('12h');
    await app.user.click(screen.getByRole('tab', { name: 'Overview' }));
    const clock = await screen.findByRole('combobox', { name: 'Clock' });
    expect(
      within(clock).getByRole('option', { name: 'As this computer shows it (12-hour)' }),
    ).toBeInTheDocument();
    await app.user.selectOptions(clock, '24h');
    await waitFor(async () =>
      expect(
        (await value<MeetingRecords>(app.core, 'meetings.get', { id: app.meeting.id })).meeting.clockFormat,
      ).toBe('24h'),
    );
    await app.user.click(screen.getByRole('tab', { name: 'Run the meeting' }));
    const table = await screen.findByRole('table', { name: 'Event log, in time order' });
    expect(within(table).getByText('22:10:00')).toBeInTheDocument();
    expect(screen.getByLabelText('Meeting clock').textContent).toMatch(TWENTY_FOUR_HOUR);
    expect(consoleText()).not.toMatch(TWELVE_HOUR);
  });

  it('names an event being edited in the meeting’s clock, its time field in the 24-hour form it reads back', async () => {
    const app = await consoleOfEveningIncident('12h');
    await app.user.click(screen.getByRole('button', { name: 'Edit the 10:10:00 PM event' }));
    const editor = screen.getByRole('form', { name: 'Edit the 10:10:00 PM event' });
    expect(within(editor).getByLabelText('Time')).toHaveValue('22:10:00');
    await app.user.click(screen.getByRole('tab', { name: 'Overview' }));
    expect(await screen.findByLabelText('Incident started')).toHaveValue('2026-03-05 21:00:00');
  });
});
