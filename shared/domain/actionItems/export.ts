import type { ActionItem, Meeting } from '../../types';
import { ACTION_STATUS_LABELS, ACTION_TYPE_LABELS } from '../vocabulary';
import { QUESTION_LABELS } from './defaults';
import { linkOrText } from '../report/reportBlocks';
import { writeCsv } from '../csv';

/**
 * Action items for the team's tracker (issue #4, "To the tracker"), built offline from the
 * records alone. The text is produced here; the core writes the file the person picked.
 */

/** The meeting fields an export names, so a tracker issue points back at its postmortem. */
export type ExportedMeeting = Pick<Meeting, 'title' | 'incidentId'>;

/**
 * The CSV columns, one row per item in priority order:
 *
 * | column          | content                                                   | Jira import maps it to |
 * | --------------- | --------------------------------------------------------- | ---------------------- |
 * | Summary         | the title                                                 | Summary                |
 * | Description     | success measure, question, type, postmortem (plain text)  | Description            |
 * | Assignee        | the owner as typed (a name or team; map it in the wizard) | Assignee               |
 * | Due Date        | `YYYY-MM-DD` (date format `yyyy-MM-dd` in the wizard)     | Due Date               |
 * | Priority Rank   | 1 = most important                                        | a number field, or skip |
 * | Issue Type      | always `Task`, which every Jira project has               | Issue Type             |
 * | Status          | Open / In progress / Done / Won't do                      | Status                 |
 * | Labels (×3)     | `postmortem`, the type (`detective`), the incident id     | Labels (repeated columns are Jira's way to import several) |
 * | Success Measure | the measure alone, for a custom field                     | optional               |
 * | Tracker Link    | the link already recorded, if any                         | optional               |
 * | Hindsight ID    | the item's UUID, to match rows on a second import         | optional               |
 *
 * GitHub has no CSV importer for issues; its tools (`gh issue create` in a loop, project CSV
 * imports, spreadsheet add-ons) take Summary as the title and Description as the body.
 */
export const CSV_COLUMNS = [
  'Summary',
  'Description',
  'Assignee',
  'Due Date',
  'Priority Rank',
  'Issue Type',
  'Status',
  'Labels',
  'Labels',
  'Labels',
  'Success Measure',
  'Tracker Link',
  'Hindsight ID',
] as const;

function label(text: string): string {
  // Jira labels cannot contain spaces.
  return text.trim().replace(/\s+/g, '-');
}

/** "Title (INC-123)", or the title alone when the incident has no id. */
function postmortemName(meeting: ExportedMeeting): string {
  return meeting.incidentId ? `${meeting.title} (${meeting.incidentId})` : meeting.title;
}

/**
 * The tracker field in Markdown: an autolink for an http(s) URL, anything else as plain text.
 * `<OPS-12>` would be read as an unknown HTML tag and vanish; `<javascript:…>` would be a link,
 * which the report refuses too (linkOrText).
 */
function trackerMarkdown(value: string): string {
  const link = linkOrText(value);
  return typeof link === 'string' ? escapeMarkdown(value) : `<${link.href.replace(/[<>]/g, '')}>`;
}

function ranked(items: readonly ActionItem[]): ActionItem[] {
  return items.filter((item) => item.deletedAt === null).sort((a, b) => a.rank - b.rank);
}

/** The plain-text body of an item as an issue: what "done" means and where it came from. */
export function issueBody(item: ActionItem, meeting: ExportedMeeting): string {
  const source = postmortemName(meeting);
  return [
    `Success measure: ${item.successMeasure || 'not set yet'}`,
    `Type: ${ACTION_TYPE_LABELS[item.type]}`,
    item.question ? `Answers: ${QUESTION_LABELS[item.question]}` : null,
    `From the postmortem: ${source}`,
  ]
    .filter((line): line is string => line !== null)
    .join('\n');
}

/**
 * One item as the Markdown body of a new tracker issue (GitHub, GitLab, Jira's Markdown
 * editors): the title as a heading, so it can be cut into the issue's title field, then what
 * "done" means, who and when, and the postmortem it came from. Copied to the clipboard by
 * `actionItems.copyAsIssue`.
 */
export function issueMarkdown(item: ActionItem, meeting: ExportedMeeting): string {
  const source = postmortemName(meeting);
  const type = item.question
    ? `${ACTION_TYPE_LABELS[item.type]}, answers “${QUESTION_LABELS[item.question]}”`
    : ACTION_TYPE_LABELS[item.type];
  const lines = [
    `### ${escapeMarkdown(item.title)}`,
    '',
    `- **Success measure:** ${item.successMeasure ? escapeMarkdown(item.successMeasure) : 'not set yet'}`,
    `- **Owner:** ${item.owner ? escapeMarkdown(item.owner) : 'not set yet'}`,
    `- **Due:** ${item.dueDate ?? 'not set yet'}`,
    `- **Type:** ${type}`,
    item.trackerUrl ? `- **Tracker:** ${trackerMarkdown(item.trackerUrl)}` : null,
    '',
    `From the postmortem “${escapeMarkdown(source)}”.`,
  ];
  return `${lines.filter((line) => line !== null).join('\n')}\n`;
}

/** The items as CSV (RFC 4180, CRLF line ends), columns as documented on `CSV_COLUMNS`. */
export function actionItemsCsv(items: readonly ActionItem[], meeting: ExportedMeeting): string {
  const rows = ranked(items).map((item, index) => [
    item.title,
    issueBody(item, meeting),
    item.owner,
    item.dueDate ?? '',
    String(index + 1),
    'Task',
    ACTION_STATUS_LABELS[item.status],
    'postmortem',
    item.type,
    label(meeting.incidentId),
    item.successMeasure,
    item.trackerUrl,
    item.id,
  ]);
  return writeCsv(CSV_COLUMNS, rows);
}

/** Backslash-escapes what Markdown would read as formatting, so a title prints as typed. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, '\\$&').replace(/\s*\n\s*/g, ' ');
}

/**
 * The items as a Markdown task list in priority order, for a wiki page, a pull request or an
 * issue: done and won't-do items are ticked (won't-do struck through), details on one line each.
 */
export function actionItemsMarkdown(items: readonly ActionItem[], meeting: ExportedMeeting): string {
  const heading = postmortemName(meeting);
  const lines = [`## Action items: ${escapeMarkdown(heading)}`, ''];
  const list = ranked(items);
  if (list.length === 0) lines.push('No action items.');
  list.forEach((item, index) => {
    const ticked = item.status === 'done' || item.status === 'wont-do';
    const title =
      item.status === 'wont-do' ? `~~${escapeMarkdown(item.title)}~~ (won't do)` : escapeMarkdown(item.title);
    lines.push(`- [${ticked ? 'x' : ' '}] **${index + 1}. ${title}**`);
    const facts = [
      `Owner: ${item.owner ? escapeMarkdown(item.owner) : '—'}`,
      `Due: ${item.dueDate ?? '—'}`,
      ACTION_TYPE_LABELS[item.type],
      ACTION_STATUS_LABELS[item.status],
      item.question ? `answers “${QUESTION_LABELS[item.question]}”` : null,
    ];
    lines.push(`  - ${facts.filter(Boolean).join(' · ')}`);
    if (item.successMeasure) lines.push(`  - Success measure: ${escapeMarkdown(item.successMeasure)}`);
    if (item.trackerUrl) lines.push(`  - Tracker: ${trackerMarkdown(item.trackerUrl)}`);
  });
  return `${lines.join('\n')}\n`;
}
