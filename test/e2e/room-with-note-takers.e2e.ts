import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RoomStatus } from '../../shared/contract/room';
import { projectorHash } from '../../shared/projectorRoute';
import type { Meeting, MeetingRecords } from '../../shared/types';
import { value } from '../helpers/testCore';
import { openConsole } from './harness/console';
import { screenshot } from './harness/screenshots';
import { startApp, type AppUnderTest } from './harness/startApp';

let app: AppUnderTest | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function joinAs(page: Page, name: string, typedCode?: string) {
  await page.getByLabel('Your name').fill(name);
  if (typedCode) await page.getByLabel('Room code').fill(typedCode);
  await page.getByRole('button', { name: 'Join' }).click();
  await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Connected to the room');
}

async function captureEvent(page: Page, time: string, description: string) {
  const form = page.getByRole('form', { name: 'Timeline event' });
  await form.getByLabel('When').fill(time);
  await form.getByLabel('What happened').fill(description);
  await form.getByRole('button', { name: 'Add event' }).click();
  // Cleared once kept in the outbox: the next capture starts from an empty form.
  await expect.poll(() => form.getByLabel('What happened').inputValue()).toBe('');
}

const statusOf = (page: Page) => page.locator('.note-taker__status').textContent();

describe('a meeting with note-takers in the room', () => {
  it('shows what two note-takers capture on the projector, and an offline one’s captures arrive once', async () => {
    app = await startApp({ room: true });
    const { core } = app;
    const meeting = await value<Meeting>(core, 'meetings.create', {
      title: 'Stale prices',
      startedAt: Date.parse('2026-03-05T09:00:00Z'),
    });
    await value(core, 'agenda.next', { meetingId: meeting.id });

    // The facilitator opens the room from the console and puts the join code on the projector.
    const facilitator = await app.openWindow();
    await openConsole(facilitator, 'Stale prices');
    await facilitator.getByRole('button', { name: 'Open the room' }).click();
    const panel = facilitator.getByRole('dialog', { name: 'The room' });
    await expect.poll(() => panel.textContent()).toContain('Room code');
    // A controlled checkbox: it shows checked once the core has answered.
    const onProjector = panel.getByLabel('Show the join code on the projector’s Opening step');
    await onProjector.click();
    await expect.poll(() => onProjector.isChecked()).toBe(true);
    const room = (await value<RoomStatus>(core, 'room.status', {}))!;
    expect(room.address).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const projector = await app.openWindow(projectorHash(meeting.id));
    await expect.poll(() => projector.getByRole('figure', { name: 'Join the meeting' }).count()).toBe(1);
    await screenshot(projector, 'room-join-on-projector');

    // Ana scans the QR (the join link carries the code); Ben types the address and the code.
    const ana = await app.openNoteTaker(room.joinUrl);
    await joinAs(ana.page, 'Ana');
    const ben = await app.openNoteTaker(room.address);
    // A code mistyped is said so in the page, and the form is there again for the right one.
    await ben.page.getByLabel('Your name').fill('Ben');
    await ben.page.getByLabel('Room code').fill('WRONG-CODE1');
    await ben.page.getByRole('button', { name: 'Join' }).click();
    await expect.poll(() => ben.page.getByRole('alert').first().textContent()).toContain('wrong room code');
    await joinAs(ben.page, 'Ben', room.code.toLowerCase());
    await expect.poll(() => panel.textContent()).toContain('Who joined (2)');
    await screenshot(facilitator, 'room-panel');

    await value(core, 'agenda.next', { meetingId: meeting.id });
    for (const page of [ana.page, ben.page]) {
      await expect
        .poll(() => page.getByRole('region', { name: 'Current step' }).textContent())
        .toContain('Event log');
    }
    await captureEvent(ana.page, '09:31', 'Cache flushed on eu-west');
    await captureEvent(ben.page, '09:40', 'Prices fresh again');
    const parking = ben.page.getByRole('form', { name: 'Parking lot' });
    await parking.getByLabel('Off-topic remark').fill('Vendor SLA for the CDN');
    await parking.getByRole('button', { name: 'Park it' }).click();
    const action = ben.page.getByRole('form', { name: 'Action item' });
    await action.getByLabel('Action').fill('Alert when cached prices are older than 10 min');
    await action.getByRole('button', { name: 'Add action item' }).click();
    const note = ben.page.getByRole('form', { name: 'Question note' });
    await note.getByLabel('Note').fill('Nobody owns the CDN purge runbook');
    await note.getByRole('button', { name: 'Add note' }).click();
    for (const description of ['Cache flushed on eu-west', 'Prices fresh again']) {
      await expect.poll(() => projector.getByText(description).count()).toBe(1);
    }
    // Each sees their own captures as sent, once the hub's change has come back.
    await expect.poll(() => ben.page.getByText('Sent', { exact: true }).count()).toBe(4);
    const mine = ben.page.getByRole('region', { name: 'Your captures' });
    await mine.getByRole('listitem').last().scrollIntoViewIfNeeded();
    await screenshot(ben.page, 'room-note-taker-captures');
    // Every kind a note-taker captures reached the hub's database, once.
    const stored = await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id });
    expect(stored.parkingLot.map((item) => item.text)).toEqual(['Vendor SLA for the CDN']);
    expect(stored.actionItems.map((item) => item.title)).toEqual([
      'Alert when cached prices are older than 10 min',
    ]);
    expect(stored.questionNotes.map((item) => [item.question, item.text])).toEqual([
      ['remediate', 'Nobody owns the CDN purge runbook'],
    ]);

    // Ana's Wi-Fi drops: she keeps capturing, reloads the page, captures again, then comes back.
    await ana.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await ana.context.setOffline(true);
    await expect.poll(() => statusOf(ana.page)).toContain('Offline');
    await captureEvent(ana.page, '09:45', 'Offline one');
    await captureEvent(ana.page, '09:46', 'Offline two');
    await expect.poll(() => statusOf(ana.page)).toContain('2 changes wait');
    await ana.page.reload();
    await expect.poll(() => statusOf(ana.page)).toContain('2 changes wait');
    await captureEvent(ana.page, '09:47', 'Offline three, after a reload');
    await expect.poll(() => statusOf(ana.page)).toContain('3 changes wait');
    await screenshot(ana.page, 'room-note-taker-offline');
    const timeline = async () =>
      (await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id })).timeline.map(
        (event) => event.description,
      );
    expect(await timeline()).not.toContain('Offline one');

    await ana.context.setOffline(false);
    await expect.poll(() => statusOf(ana.page), { timeout: 15_000 }).toContain('Everything is sent.');
    const offline = ['Offline one', 'Offline two', 'Offline three, after a reload'];
    for (const description of offline) {
      await expect.poll(() => projector.getByText(description).count()).toBe(1);
    }
    expect((await timeline()).sort()).toEqual(
      ['Cache flushed on eu-west', 'Prices fresh again', ...offline].sort(),
    );

    // Ana's Wi-Fi drops again and she captures; the facilitator removes her meanwhile. Back
    // online, her page is told it is no longer in the room, and a reload (the old code of her
    // join link, changed by the removal) gets her nowhere, while Ben stays in.
    await ana.context.setOffline(true);
    await expect.poll(() => statusOf(ana.page)).toContain('Offline');
    await captureEvent(ana.page, '09:48', 'Typed while removed');
    await facilitator.getByRole('button', { name: 'Remove Ana' }).click();
    await ana.context.setOffline(false);
    const refusalOf = (page: Page) => page.getByRole('alert').first().textContent();
    await expect.poll(() => refusalOf(ana.page), { timeout: 15_000 }).toContain('no longer in the room');
    await screenshot(facilitator, 'room-panel-after-removal');
    await ana.page.reload();
    await expect.poll(() => refusalOf(ana.page)).toContain('wrong room code');
    await screenshot(ana.page, 'room-note-taker-refused');
    // Let back in with the new code, what she typed meanwhile arrives, once.
    const newCode = (await value<RoomStatus>(core, 'room.status', {}))!.code;
    expect(newCode).not.toBe(room.code);
    await joinAs(ana.page, 'Ana', newCode);
    await expect.poll(() => projector.getByText('Typed while removed').count()).toBe(1);
    await ana.page.close();
    await expect.poll(() => panel.textContent()).toContain('Who joined (2)');
    await captureEvent(ben.page, '09:50', 'After Ana left');
    await expect.poll(() => projector.getByText('After Ana left').count()).toBe(1);
    expect(app.errors.filter((error) => error.startsWith('pageerror'))).toEqual([]);

    // Closing the room disconnects everyone and nothing listens any more.
    await facilitator.getByRole('button', { name: 'Close the room' }).click();
    await expect.poll(() => ben.page.getByRole('alert').first().textContent()).toContain('closed the room');
    await expect(fetch(room.address)).rejects.toThrow();
  });
});
