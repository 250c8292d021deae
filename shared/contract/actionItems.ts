import { z } from 'zod';
import { recordId, recordMethods, reorderMethod } from './crud';
import { method } from './define';
import { ACTION_STATUSES, ACTION_TYPES } from '../domain/vocabulary';
import type { TrackedItem } from '../domain/actionItems/followThrough';
import type { SavedFile } from './library';

/** Filters of the follow-through list; `today` is the viewer's calendar day, for "overdue". */
export const ListAllActionItemsInput = z.object({
  statuses: z.array(z.enum(ACTION_STATUSES)).optional(),
  owner: z.string().max(200, 'longer than 200 characters').optional(),
  type: z.enum(ACTION_TYPES).optional(),
  overdue: z.boolean().optional(),
  today: z.iso.date({ error: 'not a calendar date (expected YYYY-MM-DD)' }),
});

export const actionItemMethods = {
  ...recordMethods('actionItems'),
  /** Saves a new priority order in one transaction (ranks 0..n-1); answers the items in that order. */
  ...reorderMethod('actionItems'),
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
