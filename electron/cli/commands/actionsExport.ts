import { actionItemsCsv, actionItemsMarkdown } from '../../../shared/domain/actionItems/export';
import { CliError, defineCommand } from '../command';
import { findMeeting, meetingRecords } from '../contract';
import { isOneOf, meetingName } from '../format';
import { writeOutput } from '../output';

/** The same texts as the app's "Export CSV…" and "Export Markdown…" (columns in export.ts). */
const WRITERS = { csv: actionItemsCsv, md: actionItemsMarkdown } as const;
type ActionsFormat = keyof typeof WRITERS;
const FORMATS = Object.keys(WRITERS) as ActionsFormat[];

/** `actions export`: a meeting's items for a tracker's importer (CSV) or a wiki (Markdown task list). */
export const actionsExportCommand = defineCommand({
  words: ['actions', 'export'],
  operands: ['MEETING'],
  options: ['format', 'out'],
  synopsis: 'actions export MEETING --format csv|md [--out FILE]',
  description:
    "A meeting's action items in priority order: CSV for\n" +
    "Jira's importer or GitHub's tools, or a Markdown\n" +
    'checklist.',
  prepare({ values }) {
    const format = values.format;
    if (format === undefined) {
      throw new CliError('missing --format: hindsight actions export MEETING --format csv|md');
    }
    if (!isOneOf(FORMATS, format)) {
      throw new CliError(`unsupported format “${format}” (supported: ${FORMATS.join(', ')}).`);
    }
    return format;
  },
  async run(context, { operands, values, prepared: format }) {
    const summary = await findMeeting(context, operands[0]!);
    const { meeting, actionItems } = await meetingRecords(context, summary);
    const text = WRITERS[format](actionItems, meeting);
    writeOutput(
      context,
      values.out,
      text,
      (target) => `Exported the action items of ${meetingName(meeting)} to ${target}.`,
    );
  },
});
