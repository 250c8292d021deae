import { defaultTypeFor, QUESTION_LABELS } from '../../../shared/domain/actionItems/defaults';
import { parseDueDate } from '../../../shared/domain/actionItems/parseDueDate';
import { checkActionItem } from '../../../shared/domain/actionItems/quality';
import { ACTION_STATUS_LABELS, ACTION_TYPE_LABELS, QUESTIONS } from '../../../shared/domain/vocabulary';
import type { ActionItem } from '../../../shared/types';
import { findingText, rankedItems } from '../actionItems';
import { CliError, defineCommand, type OptionValues } from '../command';
import { call, findMeeting, meetingRecords } from '../contract';
import { EXIT_USAGE } from '../exitCodes';
import { fieldLines, isOneOf, meetingName } from '../format';

/**
 * The fields of `actionItems.add` from the options, leaving out what was not given so the core's
 * defaults apply. The core validates the values, so a bad --type or --status is refused with
 * the same `path: message` lines the app's checks produce.
 */
function addFields(values: OptionValues, dueDate: string | null | undefined) {
  const question = values.question;
  // The type follows the question as in the app's quick-add, unless one is given.
  const type =
    values.type ??
    (question !== undefined && isOneOf(QUESTIONS, question) ? defaultTypeFor(question) : undefined);
  const fields = {
    title: values.title,
    owner: values.owner,
    dueDate,
    type,
    successMeasure: values.measure,
    question,
    status: values.status,
    trackerUrl: values.link,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

function itemLines(item: ActionItem, position: number): string[] {
  const rows: [string, string][] = [
    ['rank', String(position)],
    ['title', item.title],
    ['owner', item.owner || '-'],
    ['due', item.dueDate ?? '-'],
    ['type', ACTION_TYPE_LABELS[item.type]],
    ['question', item.question ? QUESTION_LABELS[item.question] : '-'],
    ['status', ACTION_STATUS_LABELS[item.status]],
    ['measure', item.successMeasure || '-'],
    ['link', item.trackerUrl || '-'],
    ['id', item.id],
  ];
  return fieldLines(rows, 9);
}

/** `actions add`: the app's `actionItems.add`, then the quality checks the app shows beside it. */
export const actionsAddCommand = defineCommand({
  words: ['actions', 'add'],
  operands: ['MEETING'],
  options: ['title', 'owner', 'due', 'type', 'measure', 'question', 'status', 'link'],
  synopsis:
    'actions add MEETING --title TEXT [--owner NAME] [--due DATE] [--type TYPE]\n' +
    '[--measure TEXT] [--question remediate|detect|prevent] [--status STATUS]\n' +
    '[--link URL]',
  description:
    'Add an action item, last in priority; without --type,\n' +
    'the type follows --question. Prints the item and what\n' +
    'the quality checks find (no owner, due date, measure,\n' +
    'a vague title): nudges, the item is saved anyway.',
  prepare({ values, io }) {
    if (values.title === undefined) {
      throw new CliError('missing --title: hindsight actions add MEETING --title TEXT');
    }
    if (values.due === undefined) return { dueDate: undefined };
    // Relative dates ("next friday") are read against the clock of the machine typing them.
    const due = parseDueDate(values.due, new Date(io.now?.() ?? Date.now()));
    if (!due.ok)
      throw new CliError('Not added: the due date cannot be read.', EXIT_USAGE, [`--due: ${due.message}`]);
    return { dueDate: due.date };
  },
  async run(context, { operands, values, prepared }) {
    const meeting = await findMeeting(context, operands[0]!);
    const item = await call<ActionItem>(context.core, 'actionItems.add', {
      meetingId: meeting.id,
      ...addFields(values, prepared.dueDate),
    });
    const position = rankedItems((await meetingRecords(context, meeting)).actionItems).findIndex(
      (candidate) => candidate.id === item.id,
    );
    const findings = checkActionItem(item);
    const lines = [
      `Added an action item to ${meetingName(meeting)}:`,
      ...itemLines(item, position + 1),
      findings.length === 0
        ? 'Quality checks: nothing missing.'
        : 'Quality checks (nudges; the item is saved as it is):',
      ...findings.map((finding) => `  - ${findingText(finding)}`),
    ];
    context.stdout(`${lines.join('\n')}\n`);
  },
});
