/**
 * Whether an action item's title names a change (issue #14, point 2). A facilitator flags at once
 * "Better communication between teams", "Make the system more resilient", "Fix alerting", "Train
 * people on the runbook": each states an aim, not a change. An item is concrete when it names
 * what changes — a system, file, check, alert, threshold, number, schedule or an artefact people
 * can see — and these rules say which of those is missing.
 */

/** The kind of gap a vague title has, for the corpus figures and the hint. */
export type TitleGap = 'aspirational' | 'training-only' | 'try-harder' | 'investigation';

/** What is wrong with a title, and what would make it specific. */
export interface TitleFinding {
  gap: TitleGap;
  message: string;
  hint: string;
}

interface Rule extends TitleFinding {
  /** Tested against the title in lower case, punctuation folded to spaces. */
  pattern: RegExp;
  /** A rule that a concrete detail (a number, a file, a condition) answers. */
  answeredByDetail?: boolean;
}

const WATCHED = String.raw`(?:monitoring|observability|alerting|alerts?|dashboards?|metrics|logging)`;
const DOCUMENTS = String.raw`(?:documentation|docs|runbooks?|wiki|playbooks?)`;
// "Fix" is not here: "Fix the race in the lease renewal" names its change; "Fix alerting" does not
// and is caught with what it watches.
const ASPIRATION = String.raw`(?:improve|improving|better|more|enhance|increase|boost|strengthen|optimi[sz]e|consider|ensure|make sure|try to|strive to|aim to|work on|focus on|revisit|rethink|harden|address)`;

// Earlier rules win: the first that matches names the gap.
const RULES: readonly Rule[] = [
  {
    gap: 'investigation',
    pattern: /^(look into|investigate|research|explore|dig into|analy[sz]e)\b/,
    message: 'An investigation, not a change',
    hint: 'Name the decision or change it should end in, e.g. “Decide by 2026-04-01 whether to cap retries at 3”.',
  },
  {
    gap: 'try-harder',
    pattern:
      /^(be|being) (more |extra |very )?(careful|vigilant|attentive|cautious)\b|^pay (more )?attention\b|^double check\b|^remember to\b|^don t forget\b|^remind (people|engineers|everyone|the team|devs|developers|staff) to\b/,
    message: 'Asks people to try harder',
    hint: 'What allowed the slip? Change the system instead: a check, a guard rail, an automated step.',
  },
  {
    gap: 'training-only',
    pattern: /^(training|more training|raise awareness|awareness)$/,
    message: 'Too general to act on',
    hint: 'Say who learns or changes what, and how you will see it happened.',
  },
  {
    gap: 'training-only',
    pattern:
      /^(train|training|educate|teach|coach|onboard)\b|^(more )?training\b|^(provide|run|hold|organi[sz]e|schedule|give|do) (a |some |more )?(training|workshop|session|brown bag)\b|^(raise )?awareness$/,
    message: 'Training alone',
    hint: 'Training fades: pair it with a change people will meet in their work (a check, a prompt, a runbook step) and a date to see it used.',
    answeredByDetail: true,
  },
  {
    gap: 'aspirational',
    pattern: new RegExp(
      String.raw`^${ASPIRATION}( the| our)? ${WATCHED}$|^(add|more|better) ${WATCHED}$|^fix (the )?${WATCHED}$`,
    ),
    message: 'Does not say what to watch',
    hint: 'Name the signal and the threshold, e.g. “Alert when p95 checkout latency exceeds 2 s for 5 minutes”.',
  },
  {
    gap: 'aspirational',
    pattern: new RegExp(String.raw`^(update|improve|write|add|better|more) (the |our )?${DOCUMENTS}$`),
    message: 'Does not say which document or what it must cover',
    hint: 'Name the page and the gap, e.g. “Add the cache purge steps to the storefront runbook”.',
  },
  {
    gap: 'aspirational',
    pattern:
      /^(add|write|more|better|improve|increase)( more| better)? (unit |integration |e2e |end to end )?(tests|testing|test coverage|coverage)$/,
    message: 'Does not say what the tests must catch',
    hint: 'Name the case, e.g. “Test that a TTL rule for /images never matches /api paths”.',
  },
  {
    gap: 'aspirational',
    pattern:
      /^(better|improve|more|enhance)( the| our)? (communication|coordination|collaboration|processes?)\b|^communicate (better|more)\b/,
    message: 'Does not say who tells whom what, when',
    hint: 'Make it a concrete step, e.g. “Post the status page update within 15 minutes of SEV-1 declaration”.',
    answeredByDetail: true,
  },
  {
    gap: 'aspirational',
    pattern:
      /^fix (the |this |that )?(issue|bug|problem|incident|it)$|^(make sure|ensure) (it|this) (doesn t|does not|won t|will not) happen again$/,
    message: 'Does not say what changes',
    hint: 'Describe the fix itself, e.g. “Exclude /api paths from the edge cache TTL rule”.',
  },
  {
    gap: 'aspirational',
    pattern: /^(follow the process|review the process)$/,
    message: 'Too general to act on',
    hint: 'Say who learns or changes what, and how you will see it happened.',
  },
  {
    gap: 'aspirational',
    // "Make the platform more robust", "Make deploys safer": a quality, not a change.
    pattern: new RegExp(
      String.raw`^${ASPIRATION}\b|^make (the |our |it |this |them )?[\p{L} ]*?\b(more|less|safer|better|faster|robust|resilient|reliable|stable|secure)\b|^(more|better|less|fewer)\b`,
      'u',
    ),
    message: 'An aim, not a change',
    hint: 'Name what changes: the system or file, the check or alert, a threshold, a number or a schedule.',
    answeredByDetail: true,
  },
];

// The details that make an aim concrete: a number or date, a path or file, a named component
// (payments-api, orders_db, --confirm-prod), a condition ("when an upload fails") or a
// mechanism ("so it refuses prod", "with a page at 10,000 messages").
const DETAIL =
  /\d|\/|\b[\p{L}]+\.[a-z]{2,4}\b|\b\p{L}+_\p{L}+\b|\b\p{Ll}+\p{Lu}\p{L}*\b|\b\p{L}+-(?:api|db|service|svc|worker|proxy|gateway|cluster|queue|job|bot|cli|ui|web|app|server|manager)\b|--\p{L}|\b(when|whenever|if|unless|so (it|that|they)|with a|with an|before|after|within|every|each|daily|weekly|monthly|quarterly|yearly)\b/u;

/** The first rule a title breaks, or null when it names a change. */
export function vagueTitle(rawTitle: string, normalisedTitle: string): TitleFinding | null {
  for (const { pattern, answeredByDetail, ...finding } of RULES) {
    if (!pattern.test(normalisedTitle)) continue;
    if (answeredByDetail && DETAIL.test(rawTitle)) continue;
    return finding;
  }
  return null;
}
