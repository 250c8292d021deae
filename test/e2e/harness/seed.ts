import type { Page } from 'playwright-core';
import type { Meeting } from '../../../shared/types';
import { makeActionItemInput } from '../../helpers/factories';
import { seedMeeting } from '../../helpers/seedMeeting';
import { value } from '../../helpers/testCore';
import type { AppUnderTest } from './startApp';

/**
 * A meeting whose log holds `events` generated events (test/helpers/manyEvents.ts: one every
 * 7 s from 2026-03-05 08:00 UTC), written in one bundle import so 10,000 take a moment. The
 * one way the long-log e2e files seed (issue #12), so they all walk the same log.
 */
export function seedLongLog(app: AppUnderTest, title: string, events: number): Promise<Meeting> {
  return seedMeeting(app.core, title, events, 0);
}

/** From the library, opens the meeting's Event log tab and answers its table. */
export async function openEventLog(page: Page, meetingTitle: string) {
  await page.getByRole('button', { name: meetingTitle, exact: true }).click();
  await page.getByRole('tab', { name: 'Event log' }).click();
  const table = page.getByRole('table', { name: 'Event log, in time order' });
  await table.waitFor();
  return table;
}

/** A meeting to follow up on: its fields and its action items (factory defaults, overridden). */
export interface FollowThroughMeeting {
  title: string;
  incidentId: string;
  severity: Meeting['severity'];
  items: Parameters<typeof makeActionItemInput>[1][];
}

/**
 * The meetings of a follow-through view (action items across postmortems), each with its
 * items added through the contract, in order. Answers the meetings as stored.
 */
export async function seedFollowThrough(
  app: AppUnderTest,
  meetings: readonly FollowThroughMeeting[],
): Promise<Meeting[]> {
  const stored: Meeting[] = [];
  for (const { items, ...fields } of meetings) {
    const meeting = await value<Meeting>(app.core, 'meetings.create', fields);
    for (const item of items) await value(app.core, 'actionItems.add', makeActionItemInput(meeting.id, item));
    stored.push(meeting);
  }
  return stored;
}
