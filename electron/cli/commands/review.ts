import { formatDay } from '../../../shared/domain/actionItems/parseDueDate';
import { checkActionItem } from '../../../shared/domain/actionItems/quality';
import { LANGUAGE_CATEGORY_LABELS } from '../../../shared/domain/coach/language';
import { reviewMeetingLanguage, type CoachFinding } from '../../../shared/domain/coach/meetingFindings';
import { REFLECTION_ASPECT_LABELS, type CoachState } from '../../../shared/domain/coach/reflectionAspects';
import { reflectionChecks, type ReflectionCheck } from '../../../shared/domain/coach/reflectionChecks';
import type { MeetingRecords } from '../../../shared/types';
import { rankedItems } from '../actionItems';
import { defineCommand } from '../command';
import { call, findMeeting, meetingRecords } from '../contract';
import { count, meetingName } from '../format';

function languageJson({ kind, recordId, field, fieldLabel, key, finding }: CoachFinding) {
  return { kind, recordId, field, fieldLabel, key, ...finding };
}

/** Every item's quality findings, in priority order, with the viewer's day for "overdue". */
function itemFindings(records: MeetingRecords, today: string) {
  return rankedItems(records.actionItems)
    .map((item, index) => ({ item, position: index + 1, findings: checkActionItem(item, today) }))
    .filter((entry) => entry.findings.length > 0);
}

/** The reflection's open checks, aspect by aspect, as the Reflection tab lists them. */
function reflectionLines(checks: readonly ReflectionCheck[]): string[] {
  const open = checks.filter((check) => check.state === 'open');
  if (open.length === 0) return ['Reflection: every check met.'];
  const lines = [`Reflection: ${count(open.length, 'open check')}:`];
  for (const check of open) {
    lines.push(`  - ${REFLECTION_ASPECT_LABELS[check.aspect]}: ${check.label}.`, `      ${check.detail}`);
  }
  return lines;
}

function reviewText(
  records: MeetingRecords,
  open: CoachFinding[],
  dismissed: number,
  today: string,
  checks: readonly ReflectionCheck[],
) {
  const lines = [meetingName(records.meeting), ''];
  if (open.length === 0) lines.push('Wording: no open nudges.');
  else lines.push(`Wording: ${count(open.length, 'nudge')}:`);
  for (const { fieldLabel, recordId, finding } of open) {
    lines.push(
      `  - ${fieldLabel} ${recordId.slice(0, 8)}: “${finding.span}” — ${LANGUAGE_CATEGORY_LABELS[finding.category]}.`,
      `      ${finding.reframing}`,
    );
  }
  if (dismissed > 0) lines.push(`  (${count(dismissed, 'nudge')} marked fine here, not listed)`);
  const items = itemFindings(records, today);
  lines.push('', items.length === 0 ? 'Action items: nothing missing.' : 'Action items:');
  for (const { item, position, findings } of items) {
    lines.push(`  ${position}. ${item.title}`, `      ↳ ${findings.map((f) => f.message).join(' · ')}`);
  }
  lines.push('', ...reflectionLines(checks));
  return `${lines.join('\n')}\n`;
}

/**
 * `review`: the blameless coach over a whole meeting, as the app shows it field by field: every
 * open wording nudge with its field and record, then the action items' gaps. Nudges never fail
 * the command (exit 0); scripts read `--json`.
 */
export const reviewCommand = defineCommand({
  words: ['review'],
  operands: ['MEETING'],
  options: ['json'],
  synopsis: 'review MEETING [--json]',
  description:
    "The coach's nudges: blame, hindsight and judgement in\n" +
    'every free-text field (with its field and record), a\n' +
    'single root cause, what the action items lack, and the\n' +
    "reflection's open checks.",
  prepare: ({ io }) => {
    const now = io.now?.() ?? Date.now();
    return { now, today: formatDay(new Date(now)) };
  },
  async run(context, { operands, values, prepared: { now, today } }) {
    const summary = await findMeeting(context, operands[0]!);
    const records = await meetingRecords(context, summary);
    const coach = await call<CoachState>(context.core, 'coach.get', { meetingId: summary.id });
    const { open, dismissed } = reviewMeetingLanguage(records, new Set(coach.dismissed));
    const checks = reflectionChecks(records, { dismissed: new Set(coach.dismissed), now });
    if (!values.json) {
      context.stdout(reviewText(records, open, dismissed.length, today, checks));
      return;
    }
    const json = {
      meeting: {
        id: records.meeting.id,
        incidentId: records.meeting.incidentId,
        title: records.meeting.title,
      },
      language: open.map(languageJson),
      dismissed: dismissed.map(languageJson),
      actionItems: itemFindings(records, today).map(({ item, position, findings }) => ({
        id: item.id,
        position,
        title: item.title,
        findings,
      })),
      reflection: checks,
    };
    context.stdout(`${JSON.stringify(json, null, 2)}\n`);
  },
});
