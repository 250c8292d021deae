import type { ActionItem, MeetingRecords } from '../../types';
import { QUESTIONS, type Question } from '../vocabulary';
import { isOverdue } from './followThrough';
import { vagueTitle, type TitleGap } from './vagueTitle';

/**
 * The quality checks of DESIGN.md section 5: an action item is worth what it changes, so each one
 * needs a defined change, an owner, a due date and a measurable outcome. Findings are nudges shown
 * beside the item; they never block saving.
 */

/** The fields a finding can be about. */
export type CheckedField = 'title' | 'owner' | 'dueDate' | 'successMeasure';

/**
 * One thing an item lacks (`missing`), says too loosely to act on (`vague`), or an open item
 * whose due date has passed (`overdue`).
 */
export interface Finding {
  field: CheckedField;
  kind: 'missing' | 'vague' | 'overdue';
  /** For a vague title: which kind of gap (see vagueTitle.ts). */
  gap?: TitleGap;
  /** What is wrong, short enough for a chip: "No owner". */
  message: string;
  /** What would make it specific. */
  hint?: string;
}

// An owner must be someone who can be asked "is it done?": a group of everyone is no one.
const VAGUE_OWNERS = /^(everyone|everybody|all|the team|team|us|we|someone|somebody|tbd|tba|n a|na|unknown)$/;

// "Done" is not a measure: the check is whether the change had the intended effect.
const VAGUE_MEASURES =
  /^(done|fixed|it works|works|completed?|resolved|merged|shipped|deployed|yes|n a|tbd)$/;

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

type ItemFields = Pick<ActionItem, 'title' | 'owner' | 'dueDate' | 'successMeasure' | 'status'>;

// Memoised on the item object and the day: records are replaced, never changed in place, so a
// list re-rendering its rows looks the findings up instead of checking every title again.
const memo = new WeakMap<object, { today: string; findings: Finding[] }>();

/**
 * The findings for one action item, in the order of its fields. A "won't do" item gets none:
 * declining an item is a decision, and it needs no owner or date. With `today` (`YYYY-MM-DD`,
 * the viewer's day), an open item past its due date is a nudge too.
 */
export function checkActionItem(item: ItemFields, today = ''): Finding[] {
  const known = memo.get(item);
  if (known && known.today === today) return known.findings;
  const findings = uncachedCheck(item, today);
  memo.set(item, { today, findings });
  return findings;
}

function uncachedCheck(item: ItemFields, today: string): Finding[] {
  if (item.status === 'wont-do') return [];
  const findings: Finding[] = [];
  const vague = vagueTitle(item.title, normalise(item.title));
  if (vague) findings.push({ field: 'title', kind: 'vague', ...vague });

  const owner = normalise(item.owner);
  if (owner === '') {
    findings.push({
      field: 'owner',
      kind: 'missing',
      message: 'No owner',
      hint: 'Name one person or team who will drive it and can say when it is done.',
    });
  } else if (VAGUE_OWNERS.test(owner)) {
    findings.push({
      field: 'owner',
      kind: 'vague',
      message: 'Owner is not one person or team',
      hint: 'Shared ownership tends to mean no ownership: name who drives it.',
    });
  }

  if (item.dueDate === null) {
    findings.push({
      field: 'dueDate',
      kind: 'missing',
      message: 'No due date',
      hint: 'Type a date such as 2026-12-01, “in 2 weeks” or “next friday”.',
    });
  } else if (today !== '' && isOverdue(item, today)) {
    findings.push({
      field: 'dueDate',
      kind: 'overdue',
      message: 'Past its due date',
      hint: 'Still open: agree a new date with the owner, or close it with what was decided.',
    });
  }

  const measure = normalise(item.successMeasure);
  if (measure === '') {
    findings.push({
      field: 'successMeasure',
      kind: 'missing',
      message: 'No success measure',
      hint: 'How will we know it worked? e.g. “the alert fires within 5 minutes in the staging drill”.',
    });
  } else if (VAGUE_MEASURES.test(measure)) {
    findings.push({
      field: 'successMeasure',
      kind: 'vague',
      message: 'Measures the work, not its effect',
      hint: 'Say what will be observably different once it works.',
    });
  }
  return findings;
}

/** An item with its findings, for the readiness panel. */
export interface CheckedItem {
  item: ActionItem;
  findings: Finding[];
}

/** Where the meeting's action items stand at Action review (DESIGN.md section 2, step 7). */
export interface Readiness {
  /** Items with no finding: specific, owned, dated and measurable. */
  complete: CheckedItem[];
  /** Items with at least one finding, in rank order. */
  incomplete: CheckedItem[];
  /** Questions with no action item and no explicit "nothing to do", in agenda order. */
  uncoveredQuestions: Question[];
}

/**
 * The readiness of a meeting's action items: which are complete, which still have gaps, and
 * which of the three questions has neither an item nor an explicit "nothing to do".
 */
export function readiness(records: Pick<MeetingRecords, 'actionItems' | 'questions'>, today = ''): Readiness {
  const live = records.actionItems.filter((item) => item.deletedAt === null).sort((a, b) => a.rank - b.rank);
  const checked = live.map((item) => ({ item, findings: checkActionItem(item, today) }));
  const covered = new Set<Question>();
  for (const item of live) if (item.question !== null) covered.add(item.question);
  for (const state of records.questions) {
    if (state.deletedAt === null && state.nothingToDo) covered.add(state.question);
  }
  return {
    complete: checked.filter((entry) => entry.findings.length === 0),
    incomplete: checked.filter((entry) => entry.findings.length > 0),
    uncoveredQuestions: QUESTIONS.filter((question) => !covered.has(question)),
  };
}
