import { afterEach, describe, expect, it } from 'vitest';
import type { RoomStatus } from '../../shared/contract/room';
import type { Meeting, MeetingRecords } from '../../shared/types';
import { value } from '../helpers/testCore';
import { screenshot } from './harness/screenshots';
import { startApp, type AppUnderTest } from './harness/startApp';

const apps: AppUnderTest[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

describe('joining a room from Hindsight', () => {
  it('joins by typed address and code, captures into the room, and keeps the copy after leaving', async () => {
    const facilitator = await startApp({ room: true });
    apps.push(facilitator);
    const meeting = await value<Meeting>(facilitator.core, 'meetings.create', {
      title: 'Stale prices',
      startedAt: Date.parse('2026-03-05T09:00:00Z'),
    });
    await value(facilitator.core, 'agenda.next', { meetingId: meeting.id });
    const room = await value<RoomStatus>(facilitator.core, 'room.open', { meetingId: meeting.id });

    // Another laptop's Hindsight, with its own core and database.
    const noteTaker = await startApp();
    apps.push(noteTaker);
    const page = await noteTaker.openWindow();
    await page.getByRole('button', { name: 'Join a room…' }).click();
    await page.getByLabel('Room address').fill(room.address.replace('http://', ''));
    await page.getByLabel('Your name').fill('Ana');
    await page.getByLabel('Room code').fill(room.code);
    await screenshot(page, 'join-room-from-hindsight');
    await page.getByRole('button', { name: 'Join' }).click();
    await expect
      .poll(() => page.locator('.note-taker__status').textContent())
      .toContain('Connected to the room');

    const form = page.getByRole('form', { name: 'Timeline event' });
    await form.getByLabel('When').fill('09:31');
    await form.getByLabel('What happened').fill('Prices went stale');
    await form.getByRole('button', { name: 'Add event' }).click();
    await expect
      .poll(async () =>
        (await value<MeetingRecords>(facilitator.core, 'meetings.get', { id: meeting.id })).timeline.map(
          (event) => event.description,
        ),
      )
      .toEqual(['Prices went stale']);
    await expect
      .poll(() => page.locator('.note-taker__status').textContent())
      .toContain('Everything is sent');
    await page.getByRole('heading', { name: 'In the room' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'joined-room-in-hindsight');

    await page.getByRole('button', { name: 'Leave the room' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Meetings', level: 1 }).count()).toBe(1);
    const copy = await value<MeetingRecords>(noteTaker.core, 'meetings.get', { id: meeting.id });
    expect(copy.timeline.map((event) => event.description)).toEqual(['Prices went stale']);
    expect([...facilitator.errors, ...noteTaker.errors]).toEqual([]);
  });
});
