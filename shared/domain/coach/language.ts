import { humanErrorMatches, judgementMatches, singleRootCauseMatches } from './labels';
import { counterfactualMatches } from './counterfactuals';
import { personAsCauseMatches } from './personAsCause';
import { nameMatcher } from './people';
import { whyWhoMatches } from './questions';
import { isInside, quotedRanges, sentences, type Sentence } from './text';

/**
 * The blameless coach's language checks (DESIGN.md section 5, issue #14): free text that names
 * a person as the cause, concludes "human error", argues from hindsight, judges, stops at a
 * single root cause or asks "why did you / who". Precision before recall: a coach that cries
 * wolf is switched off, so quoted words, denials ("not a human error") and sentences about
 * systems ("the retry should have backed off": an expected behaviour, not blame) are left alone.
 */

export const LANGUAGE_CATEGORIES = [
  'person-as-cause',
  'human-error',
  'counterfactual',
  'judgement',
  'single-root-cause',
  'why-who-question',
] as const;
export type LanguageCategory = (typeof LANGUAGE_CATEGORIES)[number];

export const LANGUAGE_CATEGORY_LABELS: Record<LanguageCategory, string> = {
  'person-as-cause': 'A person as the cause',
  'human-error': '“Human error” as a conclusion',
  counterfactual: 'Hindsight',
  judgement: 'Judgement',
  'single-root-cause': 'A single root cause',
  'why-who-question': 'A “why/who” question',
};

/** One stretch of text a rule matched, before it becomes a finding. */
export interface RuleMatch {
  category: LanguageCategory;
  /** Offsets within the sentence. */
  start: number;
  end: number;
  /** Overrides the category's reframing (the why/who questions suggest their own wording). */
  reframing?: string;
}

/** One nudge about a text: what kind, where, and a gentler way to say it. */
export interface LanguageFinding {
  category: LanguageCategory;
  /** Offsets of the span within the checked text. */
  start: number;
  end: number;
  /** The words the finding is about, as written. */
  span: string;
  reframing: string;
}

/** What the checks know about the meeting a text belongs to. */
export interface LanguageContext {
  /** The participants' names, so "Dave" is recognised as Dave. */
  participantNames?: readonly string[];
  /**
   * How many contributing factors the meeting has; "the root cause was …" is only a finding when
   * it is known to be none. Leave it out where it is not known.
   */
  contributingFactors?: number;
  /** Leave out the why/who category: the 5-whys chain is made of "why" questions on purpose. */
  allowWhy?: boolean;
  /**
   * The text answers "what could we have done …?" (a question's answer or note): the question
   * invites the counterfactual form, so "could/would have" is raised only about people.
   */
  answersQuestion?: boolean;
}

export const REFRAMINGS: Record<LanguageCategory, string> = {
  'person-as-cause':
    'What allowed this to happen? Describe the action and the system around it rather than who did it.',
  'human-error':
    'Human error is where the inquiry starts, not where it ends: what made the slip easy to make and hard to catch?',
  counterfactual:
    'Describe what happened and what people knew then, not what should have happened: what made it look reasonable at the time?',
  judgement: 'Describe the action and its effect: what pressures or gaps made it likely?',
  'single-root-cause':
    'Complex systems fail for several reasons: add the contributing factors that let this one matter.',
  'why-who-question': 'Ask “what” or “how”: “What made it reasonable at the time …?”',
};

/** The context a sentence rule gets. */
export interface SentenceContext extends LanguageContext {
  names: ReturnType<typeof nameMatcher>;
}

const RULES: readonly ((sentence: Sentence, context: SentenceContext) => RuleMatch[])[] = [
  personAsCauseMatches,
  humanErrorMatches,
  counterfactualMatches,
  judgementMatches,
  singleRootCauseMatches,
  whyWhoMatches,
];

/**
 * The findings in `text`, in reading order, one per category and span (overlapping matches of
 * one category are merged). Never throws; an empty text has none.
 */
export function checkLanguage(text: string, context: LanguageContext = {}): LanguageFinding[] {
  if (text.trim() === '') return [];
  const full: SentenceContext = { ...context, names: nameMatcher(context.participantNames ?? []) };
  const quoted = quotedRanges(text);
  const findings: LanguageFinding[] = [];
  for (const sentence of sentences(text)) {
    for (const rule of RULES) {
      for (const match of rule(sentence, full)) {
        const start = sentence.start + match.start;
        const end = sentence.start + match.end;
        if (isInside(quoted, start, end)) continue;
        const overlapping = findings.find(
          (finding) => finding.category === match.category && start < finding.end && end > finding.start,
        );
        if (overlapping) continue;
        findings.push({
          category: match.category,
          start,
          end,
          span: text.slice(start, end),
          reframing: match.reframing ?? REFRAMINGS[match.category],
        });
      }
    }
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}
