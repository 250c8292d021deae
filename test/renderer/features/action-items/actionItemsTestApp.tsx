import { configure, screen } from '@testing-library/react';
import type { HindsightApi } from '../../../../shared/contract';
import type { ActionItem, Meeting, MeetingRecords } from '../../../../shared/types';
import type { Core, CoreOptions } from '../../../../electron/core/createCore';
import { dueIn, makeActionItemInput } from '../../../helpers/factories';
import { renderApp } from '../../../helpers/renderApp';
import { value } from '../../../helpers/testCore';

// findBy/waitFor wait for a real core's commit and the meetingChanged reload that follows; the
// 1 s default is short on a machine running several suites at once. Per file: vitest isolates it.
configure({ asyncUtilTimeout: 5_000 });

/**
 * The app over a real core, with one meeting holding `titles` as action items (each specific
 * unless overridden), opened on its Action items tab.
 */
export async function openActionItems(
  items: readonly Partial<Parameters<typeof makeActionItemInput>[1]>[] = [],
  options: { wrapApi?: (api: HindsightApi) => HindsightApi; core?: Partial<CoreOptions> } = {},
) {
  const app = await renderApp(options);
  const meeting = await value<Meeting>(app.core, 'meetings.create', {
    title: 'Checkout outage',
    incidentId: 'INC-2041',
  });
  for (const overrides of items) {
    await value(app.core, 'actionItems.add', makeActionItemInput(meeting.id, { dueDate: dueIn(30), ...overrides }));
  }
  await app.user.click(await screen.findByRole('button', { name: 'Checkout outage' }));
  await app.user.click(await screen.findByRole('tab', { name: 'Action items' }));
  await screen.findByRole('heading', { level: 2, name: /Action items/ });
  return { ...app, meeting };
}

/** The titles of the meeting's live items as stored, in rank order. */
export async function storedTitles(core: Core, meetingId: string): Promise<string[]> {
  const records = await value<MeetingRecords>(core, 'meetings.get', { id: meetingId });
  return records.actionItems.map((item) => item.title);
}

export async function storedItem(
  core: Core,
  meetingId: string,
  title: string,
): Promise<ActionItem | undefined> {
  const records = await value<MeetingRecords>(core, 'meetings.get', { id: meetingId });
  return records.actionItems.find((item) => item.title === title);
}

/** The titles shown in the ranked list, top to bottom. */
export function shownTitles(): string[] {
  const list = screen.queryByRole('list', { name: 'Action items in priority order' });
  if (!list) return [];
  return Array.from(list.querySelectorAll<HTMLInputElement>('.action-row__title input')).map(
    (input) => input.value,
  );
}
