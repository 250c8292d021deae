import type { RuleMatch, SentenceContext } from './language';
import type { Sentence } from './text';

/**
 * A person named as the cause: a participant's name, an @handle or a first name as the subject
 * of a blaming predicate ("Dave pushed the wrong config", "Priya didn't check"), or the object
 * of one ("It's Kim's fault", "caused by Mark", "thanks to Bob's change"). A name alone is never
 * a finding: "Dave rolled back the deploy at 14:05" is the kind of fact the event log wants.
 */

const ADVERB = String.raw`(?:(?:accidentally|mistakenly|apparently|just|then|also|again|simply|clearly|obviously)\s+)?`;

// What follows a name to make it the cause.
const PREDICATE = [
  String.raw`(?:forgot|failed|neglected|omitted|refused)\b`,
  String.raw`(?:didn[’']t|did not|never|couldn[’']t)\s+\p{L}+`,
  String.raw`(?:should|could|ought to|must)(?:n[’']t| not)?\s+(?:have|’ve|'ve)\b`,
  String.raw`(?:should|could|must)[’']ve\b`,
  String.raw`(?:broke|breaks|caused|causes|messed up|screwed up|botched|misconfigured|mistyped|fat-fingered|ignored|missed|overlooked|skipped|bypassed|made (?:a|an|the) (?:mistake|error|typo))\b`,
  String.raw`(?:is|was) (?:to blame|responsible for (?:the |this )?(?:outage|incident|failure|breakage))\b`,
  String.raw`(?:was|is) (?:being )?(?:careless|sloppy|negligent|reckless|lazy|incompetent)\b`,
  // An action whose object went wrong, within a few words: "ran the cleanup script against
  // production instead of staging", "merged the migration without running it".
  String.raw`(?:pushed|deployed|applied|ran|merged|typed|entered|changed|set|used|deleted|dropped|restarted|killed|shipped|committed|approved|selected|picked|chose|edited|removed|configured)\b(?:\s+[\p{L}\p{N}/._-]+){0,4}?\s+(?:wrong|bad|incorrect|broken|faulty|untested|buggy|unreviewed|instead of|without)\b`,
].join('|');

// Words that, after "NAME's", make the possessive a verdict.
const BLAME_NOUN = String.raw`(?:fault|mistake|error|blunder|screw-?up|bad (?:change|deploy|push|commit|call))`;
// What "thanks to NAME's …" must be followed by to be sarcastic blame rather than thanks.
const CHANGE_NOUN = String.raw`(?:change|commit|push|deploy|deployment|pr|patch|config|script|migration|update|refactor)`;

// Every pattern above needs one of these words; a sentence without any is skipped before the
// long alternation of names is tried at each of its positions (a 10,000-event log stays quick).
const CUE =
  /\b(?:forgot|failed|neglected|omitted|refused|didn|did not|never|couldn|should|could|ought|must|broke|breaks|caused|causes|messed|screwed|botched|misconfigured|mistyped|fat-fingered|ignored|missed|overlooked|skipped|bypassed|made|blame|blamed|responsible|careless|sloppy|negligent|reckless|lazy|incompetent|wrong|bad|incorrect|broken|faulty|untested|buggy|unreviewed|instead|without|fault|mistake|error|blunder|screw-?up|because|due|thanks|why|how come)\b/iu;

const patterns = new Map<string, RegExp>();

function patternFor(names: string): RegExp {
  let pattern = patterns.get(names);
  if (!pattern) {
    const possessive = String.raw`${names}[’']s`;
    pattern = new RegExp(
      [
        String.raw`${names}\s+${ADVERB}(?:${PREDICATE})`,
        String.raw`${possessive}\s+${BLAME_NOUN}\b`,
        String.raw`\b(?:[Cc]aused by|[Bb]ecause of|[Dd]ue to|[Bb]lame (?:it |this )?on|[Bb]lamed? (?=\p{Lu}|@))\s*${names}(?![’']s\s+(?!${BLAME_NOUN}))`,
        String.raw`\b[Tt]hanks to ${possessive}\s+(?:\p{L}+\s+)?${CHANGE_NOUN}\b`,
        String.raw`\b(?:[Ww]hy|[Hh]ow come)\s+(?:did|didn[’']t|would|wouldn[’']t)\s+${names}\b`,
      ].join('|'),
      'gu',
    );
    if (patterns.size > 50) patterns.clear();
    patterns.set(names, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

/** The person-as-cause findings of one sentence. */
export function personAsCauseMatches(sentence: Sentence, context: SentenceContext): RuleMatch[] {
  if (!CUE.test(sentence.text)) return [];
  return [...sentence.text.matchAll(patternFor(context.names.source))].map((match) => ({
    category: 'person-as-cause' as const,
    start: match.index,
    end: match.index + match[0].length,
  }));
}
