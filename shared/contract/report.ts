import { z } from 'zod';
import { method } from './define';
import { recordId } from './crud';
import type { SavedFile } from './library';
import type { ClockFormat } from '../domain/format/clock';

/** The paper a PDF report is printed on; A4 unless the person picks US Letter. */
export const PaperSchema = z.enum(['A4', 'Letter'], { error: 'not a paper size (A4 or Letter)' });

/**
 * The 12/24-hour clock of the computer asking, for a meeting that follows the computer's clock
 * (issue #12 item 19): the core cannot read the window's locale, and the report's bytes must
 * depend on its inputs only. A meeting with its own clock ignores it.
 */
export const SystemClockSchema = z
  .enum(['24h', '12h'], { error: 'not a clock (24h or 12h)' })
  .default('24h') satisfies z.ZodType<ClockFormat, unknown>;

const ReportRef = z.object({ meetingId: recordId, systemClock: SystemClockSchema });
const PaperReportRef = ReportRef.extend({ paper: PaperSchema.default('A4') });

/** The postmortem report (issue #5): preview, Markdown and PDF export. */
export const reportMethods = {
  /**
   * The report as the HTML document the PDF is printed from, for the in-app preview (without the
   * print-only page box; see shared/domain/report/toHtml.ts). Every user string is escaped.
   */
  'report.html': method(PaperReportRef).returns<string>(),
  /** Writes the report as Markdown to a file the person picks in a save dialog. */
  'report.exportMarkdown': method(ReportRef).returns<SavedFile>(),
  /** Prints the report to PDF (JavaScript off) and writes it to a file the person picks. */
  'report.exportPdf': method(PaperReportRef).returns<SavedFile>(),
  /** Shows an exported report in the system's file manager. */
  'report.showInFolder': method(
    z.object({ filePath: z.string().min(1, 'empty').max(4_096, 'longer than 4096 characters') }),
  ).returns<null>(),
} as const;
