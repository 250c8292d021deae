import type { RuleMatch, SentenceContext } from './language';
import { subjectKind, type SubjectKind } from './people';
import { clauseBefore, type Sentence } from './text';

/**
 * Counterfactuals and hindsight: "should have", "failed to", "forgot to", "if only",
 * "obviously". Whether a modal is about people is decided by its subject, and that is the
 * documented choice for technical uses: "the retry should have backed off" states what a system
 * was designed to do (a fact the meeting needs), while "the responder should have checked"
 * judges a person with what is known now. Only the second is a finding.
 */

// Always about people and hindsight, whoever the subject is.
const ALWAYS =
  /\b(?:forgot|forgets|forgotten|forgetting) to\b|\bneglect(?:ed|s|ing)? to\b|\b(?:didn[’']t|did not|never) bother(?:ed)?\b|\bif only\b|\bobviously\b|\b(?:in|with) hindsight\b|\bclearly\b(?=[^.;]*\bshould\b)[^.;]*?\bshould\b|\bshould have known\b/giu;

// A modal perfect: what someone should, could or ought to have done.
const MODAL =
  /\b(should|could|would|ought to|must|might)(?:n[’']t| not)? (?:have|’ve|'ve)\b|\b(should|could|would|must)[’']ve\b/giu;

// "failed to", "just had to": about people only when a person is the subject.
const FAILED = /\bfail(?:ed|s)? to\b|\b(?:simply|just) (?:had|needed|has|have|need) to\b/giu;

// In a passive or with a pronoun subject ("it should have been caught"), the verb says whether
// people are meant: catching, noticing and testing are things people do.
const HUMAN_PASSIVE =
  /^\s*(?:been\s+)?(?:caught|noticed|spotted|tested|checked|reviewed|verified|validated|escalated|known|obvious|done|asked|followed|read|communicated|rolled back|reverted|flagged|seen|raised|paged|prevented|avoided|handled|clear|apparent)\b/iu;

function modalIsAboutPeople(kind: SubjectKind, modal: string, after: string, answers: boolean): boolean {
  // "What could we have done?" is the meeting's own question (DESIGN.md section 2): "we could
  // have rolled back at 14:05" answers it, so "could/would/might" with "we" is left alone.
  if (kind === 'we') return /^(?:should|ought to|must)$/iu.test(modal);
  if (kind === 'named' || kind === 'person') return true;
  // In an answer to that question, "…, and alerting per switch, would have caught it" names the
  // remedy (its subject sits behind a comma): only a sentence about people is hindsight there.
  if (kind === 'passive') return !answers && HUMAN_PASSIVE.test(after);
  return false;
}

/** The hindsight findings of one sentence. */
export function counterfactualMatches(sentence: Sentence, context: SentenceContext): RuleMatch[] {
  const text = sentence.text;
  const found: RuleMatch[] = [];
  const push = (match: RegExpExecArray) =>
    found.push({ category: 'counterfactual', start: match.index, end: match.index + match[0].length });
  for (const match of text.matchAll(ALWAYS)) push(match);
  for (const match of text.matchAll(MODAL)) {
    const modal = (match[1] ?? match[2] ?? '').toLowerCase();
    const kind = subjectKind(clauseBefore(text, match.index), context.names);
    const after = text.slice(match.index + match[0].length);
    if (modalIsAboutPeople(kind, modal, after, context.answersQuestion === true)) push(match);
  }
  for (const match of text.matchAll(FAILED)) {
    const kind = subjectKind(clauseBefore(text, match.index), context.names);
    const aboutPeople = match[0].toLowerCase().startsWith('fail')
      ? kind === 'named' || kind === 'person' || kind === 'we'
      : kind === 'named' || kind === 'person';
    if (aboutPeople) push(match);
  }
  return found;
}
