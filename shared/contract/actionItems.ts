import { z } from 'zod';
import { records } from './records';
import { crudMethods, recordId } from './crud';
import { method } from './define';
import type { ActionItem } from '../types';
import { ACTION_STATUSES, ACTION_TYPES } from '../domain/vocabulary';
import type { TrackedItem } from '../domain/actionItems/followThrough';
import type { SavedFile } from './library';

export const ActionItemFields = records.ActionItem.pick({
  title: true,
  question: true,
  type: true,
  owner: true,
  dueDate: true,
  successMeasure: true,
  rank: true,
  status: true,
  trackerUrl: true,
});

/**
 * A new priority order: every live item of the meeting, each once, first to last. `basedOn` is
 * the order the window showed when the person moved an item; when the stored order differs, the
 * move was made on a stale list and is refused (`conflict`) rather than merged silently.
 */
export const ReorderActionItemsInput = z.object({
  meetingId: recordId,
  orderedIds: z.array(recordId).max(10_000, 'more than 10,000 items'),
  basedOn: z.array(recordId).max(10_000, 'more than 10,000 items').optional(),
});

/** Filters of the follow-through list; `today` is the viewer's calendar day, for "overdue". */
export const ListAllActionItemsInput = z.object({
  statuses: z.array(z.enum(ACTION_STATUSES)).optional(),
  owner: z.string().max(200, 'longer than 200 characters').optional(),
  type: z.enum(ACTION_TYPES).optional(),
  overdue: z.boolean().optional(),
  today: z.iso.date({ error: 'not a calendar date (expected YYYY-MM-DD)' }),
});

export const actionItemMethods = {
  ...crudMethods('actionItems', ActionItemFields, ['title'])<ActionItem>(),
  /** Saves a new priority order in one transaction (ranks 0..n-1); answers the items in that order. */
  'actionItems.reorder': method(ReorderActionItemsInput).returns<ActionItem[]>(),
  /** Every meeting's live items, filtered, most pressing first (see followThrough.ts). */
  'actionItems.listAll': method(ListAllActionItemsInput).returns<TrackedItem[]>(),
  /**
   * Writes the meeting's items, in priority order, to a file picked in a save dialog: CSV for a
   * tracker's importer or a Markdown task list (columns in shared/domain/actionItems/export.ts).
   */
  'actionItems.exportToFile': method(
    z.object({ meetingId: recordId, format: z.enum(['csv', 'markdown']) }),
  ).returns<SavedFile>(),
  /**
   * Puts one item on the system clipboard as the body of a tracker issue (`issueMarkdown` in
   * shared/domain/actionItems/export.ts) and answers that text. Main writes the clipboard: the
   * renderer's clipboard permission is denied on purpose (electron/main/security.ts).
   */
  'actionItems.copyAsIssue': method(z.object({ id: recordId })).returns<{ text: string }>(),
};
