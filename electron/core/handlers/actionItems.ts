import type { Handlers } from './context';
import { HandlerError } from './context';
import { liveMeeting } from './meetings';
import { reportBaseName } from '../files';
import { writeExportFile } from './exportFile';
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

/** The action-item methods beyond the generic add/update/remove/restore/reorder of records.ts. */
export const actionItemHandlers: Pick<
  Handlers,
  'actionItems.exportToFile' | 'actionItems.listAll' | 'actionItems.copyAsIssue'
> = {
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
