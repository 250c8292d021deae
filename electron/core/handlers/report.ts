import fs from 'node:fs';
import path from 'node:path';
import { renderReportHtml } from '../../../shared/domain/report/toHtml';
import { renderReportMarkdown } from '../../../shared/domain/report/toMarkdown';
import { resolveClock, type ClockFormat } from '../../../shared/domain/format/clock';
import { reportBaseName } from '../files';
import { HandlerError, type HandlerContext, type Handlers } from './context';
import { writeExportFile } from './exportFile';
import { liveMeeting } from './meetings';

type ReportHandlers = Pick<Handlers, `report.${string}` & keyof Handlers>;

/**
 * What a report is made of: the meeting's records and the coach's state (the reflection). A
 * meeting that follows the computer's clock is given the asking window's (see the contract).
 */
function reportInput(context: HandlerContext, input: { meetingId: string; systemClock: ClockFormat }) {
  const store = context.store();
  const loaded = store.loadMeetingRecords(liveMeeting(context, input.meetingId), false);
  const clockFormat = resolveClock(loaded.meeting.clockFormat, input.systemClock);
  const records = { ...loaded, meeting: { ...loaded.meeting, clockFormat } };
  return { records, coach: store.coach.state(input.meetingId) };
}

export const reportHandlers: ReportHandlers = {
  'report.html': (input, context) => {
    const { records, coach } = reportInput(context, input);
    return renderReportHtml(records, { paper: input.paper, preview: true }, coach);
  },

  'report.exportMarkdown': async (input, context) => {
    // Rendered before the dialog: a meeting that is gone is reported before a path is asked for.
    const { records, coach } = reportInput(context, input);
    const text = renderReportMarkdown(records, coach);
    const filePath = await context.host.chooseSavePath({
      title: 'Export report as Markdown',
      defaultName: `${reportBaseName(records.meeting)}.md`,
      filters: [{ name: 'Markdown', extensions: ['md'] }],
    });
    return filePath === null ? null : writeExportFile(context, filePath, text);
  },

  'report.exportPdf': async (input, context) => {
    const print = context.host.printToPdf;
    if (!print) throw new HandlerError('file-error', 'PDF printing is not available here.');
    const { records, coach } = reportInput(context, input);
    const html = renderReportHtml(records, { paper: input.paper }, coach);
    const filePath = await context.host.chooseSavePath({
      title: 'Export report as PDF',
      defaultName: `${reportBaseName(records.meeting)}.pdf`,
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    if (filePath === null) return null;
    let pdf: Uint8Array;
    try {
      pdf = await print.call(context.host, html, { paper: input.paper });
    } catch (error) {
      throw new HandlerError('file-error', `Could not print the PDF: ${(error as Error).message}`);
    }
    return writeExportFile(context, filePath, pdf);
  },

  'report.showInFolder': async (input, context) => {
    const filePath = path.resolve(input.filePath);
    if (!context.exportedFiles.has(filePath) || !fs.existsSync(filePath))
      throw new HandlerError('not-found', `No report exported in this session at ${filePath}.`);
    await context.host.showItemInFolder?.(filePath);
    return null;
  },
};
