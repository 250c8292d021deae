import type { RuleMatch, SentenceContext } from './language';
import { isNegated, type Sentence } from './text';

/**
 * The checks that look for a word or phrase: "human error" as a conclusion, judgement, and "the
 * root cause was" stated with no contributing factor recorded.
 */

function matchesOf(
  pattern: RegExp,
  sentence: Sentence,
  category: RuleMatch['category'],
  keep: (match: RegExpExecArray) => boolean = () => true,
): RuleMatch[] {
  const found: RuleMatch[] = [];
  for (const match of sentence.text.matchAll(pattern)) {
    if (keep(match)) found.push({ category, start: match.index, end: match.index + match[0].length });
  }
  return found;
}

const HUMAN_ERROR =
  /\b(?:human|operator|user|pilot|engineer|developer|admin|administrator|staff|personnel)[- ](?:error|mistake|failure)s?\b|\bpebkac\b|\bpebcak\b|\bid-?10-?t\b|\blayer 8 (?:issue|problem|error)\b|\bmistakes? (?:by|from|on the part of) (?:the |a |an |our )?[\p{L}-]+|\b(?:made|make|makes|making) (?:a|an|one|the|that|this)(?: (?:simple|small|silly|stupid|careless|honest|human|big|bad|typing|dumb))? (?:mistake|error|blunder|slip)\b|\b(?:stupid|silly|careless|dumb|rookie|honest|human) (?:mistake|slip|blunder)s?\b/giu;

// "user error rate", "operator error log": the words of a metric or a log, not a verdict.
const TECHNICAL_NOUN =
  /^\s*(?:rates?|messages?|logs?|codes?|counts?|pages?|budgets?|handling|handlers?|metrics?|responses?|status|types?|class|classes|banner|dialog|screen|ratio|spikes?)\b/iu;
// "the API returned a user error": something a system reported.
const REPORTED =
  /\b(?:return(?:s|ed)?|throws?|threw|rais(?:es|ed)|shows?|showed|display(?:s|ed)|log(?:s|ged)|emit(?:s|ted)|generic)\b(?:\s+\S+){0,2}\s*$/iu;

/** "Human error" and its cousins, unless denied, quoted, or the name of a metric or message. */
export function humanErrorMatches(sentence: Sentence): RuleMatch[] {
  return matchesOf(HUMAN_ERROR, sentence, 'human-error', (match) => {
    const after = sentence.text.slice(match.index + match[0].length);
    const before = sentence.text.slice(0, match.index);
    return !TECHNICAL_NOUN.test(after) && !REPORTED.test(before) && !isNegated(sentence.text, match.index);
  });
}

const JUDGEMENT =
  /\b(?:careless(?:ly|ness)?|sloppy|sloppiness|sloppily|negligent(?:ly)?|negligence|lazy|laziness|incompetent|incompetence|reckless(?:ly|ness)?|stupid(?:ity)?|dumb|idiot(?:ic|s)?|ridiculous(?:ly)?|foolish(?:ly)?|irresponsible|irresponsibly|unprofessional|moronic|brain-?dead|clueless|inexcusable|amateurish)\b|!{2,}/giu;

// Words that are technical terms, not verdicts: lazy loading, a sloppy quorum, a dumb terminal.
const TECHNICAL_TERM =
  /^\s*(?:load(?:s|ed|ing)?|evaluat\w*|init\w*|instantiat\w*|imports?|eval|quorums?|terminals?|pipes?|proxy|proxies|clients?)\b/iu;

/** Judging words and a row of exclamation marks, unless denied, quoted, or a technical term. */
export function judgementMatches(sentence: Sentence): RuleMatch[] {
  return matchesOf(JUDGEMENT, sentence, 'judgement', (match) => {
    if (match[0].startsWith('!')) return true;
    const after = sentence.text.slice(match.index + match[0].length);
    return !TECHNICAL_TERM.test(after) && !isNegated(sentence.text, match.index);
  });
}

const SINGLE_ROOT_CAUSE =
  /\b(?:the|our|a) (?:single |sole |only |one |real |true |actual |main )?root cause (?:was|is|has been)\b|^root cause\s*:|\bthe (?:sole|single|only|one) (?:root )?cause (?:was|is)\b/giu;

/** "The root cause was …" when the meeting is known to have no contributing factor. */
export function singleRootCauseMatches(sentence: Sentence, context: SentenceContext): RuleMatch[] {
  if (context.contributingFactors !== 0) return [];
  return matchesOf(SINGLE_ROOT_CAUSE, sentence, 'single-root-cause');
}
