import { formatDay } from '../../../shared/domain/actionItems/parseDueDate';
import { isOverdue, type TrackedItem } from '../../../shared/domain/actionItems/followThrough';
import { checkActionItem } from '../../../shared/domain/actionItems/quality';
import { ACTION_STATUS_LABELS, ACTION_TYPE_LABELS } from '../../../shared/domain/vocabulary';
import { actionItemJson, rankedItems } from '../actionItems';
import { defineCommand, type CommandContext } from '../command';
import { call, findMeeting, meetingRecords } from '../contract';
import { formatTable, meetingName } from '../format';

/** An item with its place in its meeting's priority order (1 = most important). */
interface ListedItem extends TrackedItem {
  position: number;
}

/** What a listing holds, and where it looked: a meeting's name, or the whole database. */
interface Listing {
  listed: ListedItem[];
  scope: string;
}

async function oneMeeting(context: CommandContext, reference: string): Promise<Listing> {
  const summary = await findMeeting(context, reference);
  const { meeting, actionItems } = await meetingRecords(context, summary);
  return {
    listed: rankedItems(actionItems).map((item, index) => ({ item, meeting, position: index + 1 })),
    scope: meetingName(meeting),
  };
}

/** Every meeting's items, most pressing first (`actionItems.listAll`), each with its rank in its meeting. */
async function allMeetings(context: CommandContext, today: string): Promise<Listing> {
  const entries = await call<TrackedItem[]>(context.core, 'actionItems.listAll', { today });
  const ranked = new Map<string, string[]>();
  for (const { item } of [...entries].sort((a, b) => a.item.rank - b.item.rank)) {
    ranked.set(item.meetingId, [...(ranked.get(item.meetingId) ?? []), item.id]);
  }
  return {
    listed: entries.map((entry) => ({
      ...entry,
      position: ranked.get(entry.item.meetingId)!.indexOf(entry.item.id) + 1,
    })),
    scope: `any meeting in ${context.dbPath}`,
  };
}

/** A table, each row followed by the item's findings (when it has any) on an indented line. */
function listText(listed: readonly ListedItem[], today: string, withMeeting: boolean): string {
  const header = ['RANK', ...(withMeeting ? ['MEETING'] : []), 'DUE', 'STATUS', 'TYPE', 'OWNER', 'TITLE'];
  const rows = listed.map(({ item, meeting, position }) => [
    String(position),
    ...(withMeeting ? [meeting.incidentId || meeting.id.slice(0, 8)] : []),
    `${item.dueDate ?? '-'}${isOverdue(item, today) ? ' overdue' : ''}`,
    ACTION_STATUS_LABELS[item.status],
    ACTION_TYPE_LABELS[item.type],
    item.owner || '-',
    item.title,
  ]);
  const [headerLine, ...rowLines] = formatTable(header, rows).trimEnd().split('\n');
  const lines = [headerLine!];
  rowLines.forEach((line, index) => {
    lines.push(line);
    const findings = checkActionItem(listed[index]!.item);
    if (findings.length > 0) lines.push(`      ↳ ${findings.map((finding) => finding.message).join(' · ')}`);
  });
  return `${lines.join('\n')}\n`;
}

/** `actions list`: one meeting's items in priority order, or every meeting's, with their checks. */
export const actionsListCommand = defineCommand({
  words: ['actions', 'list'],
  operands: [],
  optionalOperands: ['MEETING'],
  options: ['json'],
  synopsis: 'actions list [MEETING] [--json]',
  description:
    "A meeting's action items in priority order; without\n" +
    "MEETING every meeting's, most pressing first (overdue,\n" +
    'then by due date). Each with its quality findings.',
  prepare: ({ io }) => ({ today: formatDay(new Date(io.now?.() ?? Date.now())) }),
  async run(context, { operands, values, prepared: { today } }) {
    const reference = operands[0];
    const { listed, scope } =
      reference === undefined ? await allMeetings(context, today) : await oneMeeting(context, reference);
    if (values.json) {
      const json = listed.map(({ item, meeting, position }) => ({
        ...actionItemJson(item, position, meeting, checkActionItem(item)),
        overdue: isOverdue(item, today),
      }));
      context.stdout(`${JSON.stringify(json, null, 2)}\n`);
      return;
    }
    if (listed.length === 0) {
      context.stdout(`No action items in ${scope}.\n`);
      return;
    }
    context.stdout(listText(listed, today, reference === undefined));
  },
});
