import type { Handlers } from './context';
import { commitChange, HandlerError } from './context';
import { liveMeeting } from './meetings';
import { reportBaseName } from '../files';
import { writeExportFile } from './exportFile';
import { orderProblem, sameOrder } from '../../../shared/domain/actionItems/rank';
import {
  actionItemsCsv,
  actionItemsMarkdown,
  issueMarkdown,
} from '../../../shared/domain/actionItems/export';
import { followThrough } from '../../../shared/domain/actionItems/followThrough';

const EXPORT_FORMATS = {
  csv: { write: actionItemsCsv, extension: 'csv', name: 'CSV for Jira or GitHub' },
  markdown: { write: actionItemsMarkdown, extension: 'md', name: 'Markdown checklist' },
} as const;

/** The action-item methods beyond the generic add/update/remove/restore of records.ts. */
export const actionItemHandlers: Pick<
  Handlers,
  'actionItems.reorder' | 'actionItems.exportToFile' | 'actionItems.listAll' | 'actionItems.copyAsIssue'
> = {
  'actionItems.reorder': (input, context) =>
    commitChange(
      context,
      (store) => {
        liveMeeting(context, input.meetingId);
        const table = store.tables.actionItems;
        const current = table.listWhere('meetingId', input.meetingId, false);
        const currentIds = current.map((item) => item.id);
        // Checked inside the transaction, so no other window can change the list in between.
        if (input.basedOn && !sameOrder(input.basedOn, currentIds)) {
          throw new HandlerError(
            'conflict',
            'Not saved: the action items were reordered or changed in another window. The list now shows the saved order; make the move again.',
          );
        }
        const problem = orderProblem(currentIds, input.orderedIds);
        if (problem) {
          // A duplicate or another meeting's item is a bad request; anything else (an item
          // missing, or one since deleted) means the list was built before a change elsewhere.
          const foreign = input.orderedIds.some((id) => {
            const item = table.get(id);
            return item !== undefined && item.meetingId !== input.meetingId;
          });
          const duplicate = new Set(input.orderedIds).size !== input.orderedIds.length;
          const code = foreign || duplicate ? 'invalid-input' : 'conflict';
          throw new HandlerError(code, `Not saved: ${problem}`, [{ path: 'orderedIds', message: problem }]);
        }
        const now = context.now();
        const byId = new Map(current.map((item) => [item.id, item]));
        const saved = input.orderedIds.map((id, rank) => {
          const item = byId.get(id)!;
          // Only moved items get a new updated_at: a merge then carries the new order without
          // overwriting edits made elsewhere to items whose place did not change.
          return item.rank === rank ? item : table.update(id, { rank, updatedAt: now });
        });
        store.touchMeeting(input.meetingId, now);
        return saved;
      },
      () => input.meetingId,
    ),

  'actionItems.listAll': (input, context) => {
    const store = context.store();
    // One query per meeting over the existing statements: a library holds tens of meetings,
    // not thousands, and this keeps every SQL statement in the repos.
    const entries = store.listMeetingSummaries('').flatMap((meeting) =>
      store.tables.actionItems.listWhere('meetingId', meeting.id, false).map((item) => ({
        item,
        meeting: { id: meeting.id, title: meeting.title, incidentId: meeting.incidentId },
      })),
    );
    const { today, ...filter } = input;
    return followThrough(entries, filter, today);
  },

  'actionItems.exportToFile': async (input, context) => {
    const meeting = liveMeeting(context, input.meetingId);
    const format = EXPORT_FORMATS[input.format];
    const items = context.store().tables.actionItems.listWhere('meetingId', meeting.id, false);
    // Built before the dialog, so the file holds the items as they were when export was asked.
    const text = format.write(items, meeting);
    const filePath = await context.host.chooseSavePath({
      title: 'Export action items',
      defaultName: `${reportBaseName(meeting)}-action-items.${format.extension}`,
      filters: [{ name: format.name, extensions: [format.extension] }],
    });
    return filePath === null ? null : writeExportFile(context, filePath, text);
  },

  'actionItems.copyAsIssue': async (input, context) => {
    const item = context.store().tables.actionItems.get(input.id);
    if (!item || item.deletedAt !== null)
      throw new HandlerError('not-found', `No action item with id ${input.id}.`);
    const meeting = liveMeeting(context, item.meetingId);
    const write = context.host.writeClipboard;
    if (!write) throw new HandlerError('conflict', 'Only the Hindsight app can copy to the clipboard.');
    const text = issueMarkdown(item, meeting);
    await write.call(context.host, text);
    return { text };
  },
};
