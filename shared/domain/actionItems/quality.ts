import type { ActionItem, MeetingRecords } from '../../types';
import { QUESTIONS, type Question } from '../vocabulary';

/**
 * The quality checks of DESIGN.md section 5: an action item is worth what it changes, so each one
 * needs a defined change, an owner, a due date and a measurable outcome. Findings are nudges shown
 * beside the item; they never block saving.
 */

/** The fields a finding can be about. */
export type CheckedField = 'title' | 'owner' | 'dueDate' | 'successMeasure';

/** One thing an item lacks (`missing`) or says too loosely to act on (`vague`). */
export interface Finding {
  field: CheckedField;
  kind: 'missing' | 'vague';
  /** What is wrong, short enough for a chip: "No owner". */
  message: string;
  /** What would make it specific. */
  hint?: string;
}

interface VagueRule {
  /** Tested against the title in lower case, punctuation folded to spaces. */
  pattern: RegExp;
  message: string;
  hint: string;
}

// A title is vague when it names an intention rather than a change. Whole-title phrases are
// anchored at both ends, so "Improve monitoring" is flagged and "Alert when the cache hit ratio
// drops below 90 %" is not; appeals to behaviour and investigations are flagged whatever follows.
const VAGUE_TITLES: readonly VagueRule[] = [
  {
    pattern: /^(look into|investigate|research|explore|dig into|analy[sz]e)\b/,
    message: 'An investigation, not a change',
    hint: 'Name the decision or change it should end in, e.g. “Decide by 2026-04-01 whether to cap retries at 3”.',
  },
  {
    pattern:
      /^(be|being) (more |extra |very )?(careful|vigilant|attentive|cautious)\b|^pay (more )?attention\b|^double check\b|^remember to\b|^don t forget\b/,
    message: 'Asks people to try harder',
    hint: 'What allowed the slip? Change the system instead: a check, a guard rail, an automated step.',
  },
  {
    pattern:
      /^(improve|better|more|enhance|increase|add( more)?) (the |our )?(monitoring|observability|alerting|alerts|dashboards?|metrics|logging)$/,
    message: 'Does not say what to watch',
    hint: 'Name the signal and the threshold, e.g. “Alert when p95 checkout latency exceeds 2 s for 5 minutes”.',
  },
  {
    pattern:
      /^(update|improve|write|add|better|more) (the |our )?(documentation|docs|runbooks?|wiki|playbooks?)$/,
    message: 'Does not say which document or what it must cover',
    hint: 'Name the page and the gap, e.g. “Add the cache purge steps to the storefront runbook”.',
  },
  {
    pattern:
      /^(add|write|more|better|improve)( more| better)? (unit |integration |e2e |end to end )?(tests|testing|test coverage|coverage)$/,
    message: 'Does not say what the tests must catch',
    hint: 'Name the case, e.g. “Test that a TTL rule for /images never matches /api paths”.',
  },
  {
    pattern:
      /^(better|improve|more) (the |our )?(communication|coordination|collaboration|processes?)$|^communicate (better|more)$/,
    message: 'Does not say who tells whom what, when',
    hint: 'Make it a concrete step, e.g. “Post the status page update within 15 minutes of SEV-1 declaration”.',
  },
  {
    pattern:
      /^fix (the |this |that )?(issue|bug|problem|incident|it)$|^(make sure|ensure) (it|this) (doesn t|does not|won t|will not) happen again$/,
    message: 'Does not say what changes',
    hint: 'Describe the fix itself, e.g. “Exclude /api paths from the edge cache TTL rule”.',
  },
  {
    pattern: /^(training|more training|raise awareness|awareness|follow the process|review the process)$/,
    message: 'Too general to act on',
    hint: 'Say who learns or changes what, and how you will see it happened.',
  },
];

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

/**
 * The findings for one action item, in the order of its fields. A "won't do" item gets none:
 * declining an item is a decision, and it needs no owner or date.
 */
export function checkActionItem(
  item: Pick<ActionItem, 'title' | 'owner' | 'dueDate' | 'successMeasure' | 'status'>,
): Finding[] {
  if (item.status === 'wont-do') return [];
  const findings: Finding[] = [];
  const title = normalise(item.title);
  const rule = VAGUE_TITLES.find((candidate) => candidate.pattern.test(title));
  if (rule) findings.push({ field: 'title', kind: 'vague', message: rule.message, hint: rule.hint });

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
 * which of the three questions has neither an item nor an explicit "nothing to do". `check` is
 * checkActionItem, or a cache of it (the renderer's, keyed on the record: issue #16).
 */
export function readiness(
  records: Pick<MeetingRecords, 'actionItems' | 'questions'>,
  check: (item: ActionItem) => Finding[] = checkActionItem,
): Readiness {
  const live = records.actionItems.filter((item) => item.deletedAt === null).sort((a, b) => a.rank - b.rank);
  const checked = live.map((item) => ({ item, findings: check(item) }));
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
