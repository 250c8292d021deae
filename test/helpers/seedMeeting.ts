import type { Core } from '../../electron/core/createCore';
import { serializeBundle } from '../../shared/domain/bundle/bundleText';
import type { ActionItem, Meeting, MeetingRecords } from '../../shared/types';
import { manyEvents } from './manyEvents';
import { value } from './testCore';

/** The n-th generated item: every other one lacks an owner or a date, as a real list does. */
function itemOf(template: ActionItem, n: number): ActionItem {
  const id = `00000000-0000-4000-9000-${String(n + 1).padStart(12, '0')}`;
  return {
    ...template,
    id,
    title: `Alert when shard ${n % 40} consumer lag exceeds ${5 + (n % 7)} s (item ${n + 1})`,
    owner: n % 2 === 0 ? 'Platform team' : '',
    dueDate: n % 3 === 0 ? null : '2026-04-01',
    successMeasure: n % 5 === 0 ? '' : 'The staging drill pages within 5 minutes',
    question: n % 4 === 0 ? null : (['remediate', 'detect', 'prevent'] as const)[n % 3]!,
    rank: n + 1,
  };
}

/**
 * A meeting with `events` events and `items` action items, written the fast way (one bundle
 * import, one transaction) so seeding 50,000 events takes seconds, not minutes of single adds.
 */
export async function seedMeeting(core: Core, title: string, events: number, items: number): Promise<Meeting> {
  const draft = await value<Meeting>(core, 'meetings.create', { title: `${title} (draft)`, timeZone: 'UTC' });
  await value(core, 'actionItems.add', { meetingId: draft.id, title: 'template', type: 'corrective' });
  const records = await value<MeetingRecords>(core, 'meetings.get', { id: draft.id });
  const template = records.actionItems[0]!;
  const bundle = serializeBundle({
    ...records,
    meeting: { ...records.meeting, title },
    timeline: manyEvents(events, draft.id),
    actionItems: Array.from({ length: items }, (_, n) => itemOf(template, n)),
  });
  await value(core, 'meetings.delete', { id: draft.id });
  return value<Meeting>(core, 'bundle.import', { content: bundle, asCopy: true });
}
