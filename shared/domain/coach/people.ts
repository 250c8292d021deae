/**
 * Who a sentence is about: the participants' names (known for every meeting), @handles, common
 * first names, and the words that name a person by role. The checks use them to tell "the retry
 * should have backed off" (a system) from "the responder should have checked" (a person).
 */

// Common first names, for people named in a note who are not participants. Kept short on
// purpose: a name here is only a finding when a blaming predicate follows it.
const FIRST_NAMES =
  'aaron adam alex alice amy ana andrea andrew anna anne ben beth bob brian carlos carol chris claire dan daniel dave david diana emily emma eric eva fatima george hannah harry helen ian jacob james jane jason jen jenny jess jim joe john jon jorge jose josh julia kate kevin kim laura lena leo liam linda lisa lucas lucy luis maria marie matt mike mohammed nina noah olivia omar paul pedro peter priya rachel raj ravi robert ryan sam sara sarah sean sophie steve tom tim wei yuki zoe';

// First names that are also English words: recognised only when written with a capital, so
// "we will roll back" and "mark the alert as resolved" are not about Will or Mark.
const WORD_NAMES = new Set(
  'will mark bill may june april grace hope rose frank sunny max chase dawn faith joy ray rich sue pat art don gene jack jean lee bob miles drew rob guy amber ruby sky bo'.split(
    ' ',
  ),
);

/** Words that name a person by role or group: the subject of a sentence about people. */
export const PERSON_WORDS =
  /\b(?:we|i|you|he|she|they|us|them|him|her|someone|somebody|nobody|anyone|anybody|everyone|everybody|no one|whoever|engineers?|developers?|devs?|on-?call(?:er)?s?|responders?|reviewers?|authors?|teams?|captains?|managers?|leads?|sres?|admins?|administrators?|deployers?|interns?|person|people|staff|colleagues?|commanders?|owners?|approvers?|maintainers?|humans?|new hire|ops)\b/iu;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Regex modifier groups ((?i:…)) are not in every engine the app runs on, so a name matched in
// any case spells each letter as a class: "dave" becomes [dD][aA][vV][eE].
const anyCasePattern = (name: string) =>
  [...name]
    .map((char) =>
      char.toLowerCase() === char.toUpperCase()
        ? escape(char)
        : `[${char.toLowerCase()}${char.toUpperCase()}]`,
    )
    .join('');

/** The names to look for, built from the participants' names; cached per list of names. */
export interface NameMatcher {
  /** A name (or @handle) as an alternation: use inside a larger pattern. */
  source: string;
  /** Whether a text contains a name (compiled once per list of names). */
  test(text: string): boolean;
}

const cache = new Map<string, NameMatcher>();

/**
 * The names a text may blame: each participant's full name, every word of it (two letters or
 * more), their initials ("YP" for Yann Pelletier), @handles and the common first names.
 */
export function nameMatcher(participantNames: readonly string[]): NameMatcher {
  const key = participantNames.join('\u0000');
  const cached = cache.get(key);
  if (cached) return cached;
  const exact = new Set<string>();
  const anyCase = new Set<string>();
  const add = (name: string) => {
    const lower = name.toLowerCase();
    if (WORD_NAMES.has(lower)) exact.add(name.charAt(0).toUpperCase() + name.slice(1));
    else anyCase.add(lower);
  };
  for (const full of participantNames) {
    const words = full
      .trim()
      .split(/\s+/)
      .filter((word) => word.length >= 2);
    if (words.length === 0) continue;
    if (words.length > 1) {
      add(words.join(' '));
      exact.add(words.map((word) => word.charAt(0).toUpperCase()).join(''));
    }
    for (const word of words) add(word);
  }
  const capitalised = FIRST_NAMES.split(' ').map((name) => name.charAt(0).toUpperCase() + name.slice(1));
  const alternatives = [
    // Case-insensitive participant names, case-sensitive word names, initials and first names.
    ...[...anyCase].sort((a, b) => b.length - a.length).map(anyCasePattern),
    ...[...exact, ...capitalised].sort((a, b) => b.length - a.length).map(escape),
  ];
  const source = `(?:@[\\p{L}\\p{N}_.-]+|(?<![\\p{L}\\p{N}@])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}]))`;
  const pattern = new RegExp(source, 'u');
  const matcher = { source, test: (text: string) => pattern.test(text) };
  if (cache.size > 50) cache.clear();
  cache.set(key, matcher);
  return matcher;
}

/** What the subject of a clause is, as far as blame goes. */
export type SubjectKind = 'named' | 'we' | 'person' | 'passive' | 'thing';

const LEADING_ADVERBS =
  /^(?:(?:clearly|obviously|honestly|really|ultimately|simply|just|frankly|in hindsight|with hindsight|then|also)\s+)+/iu;

/**
 * Classifies the words in front of a modal or a verb ("the retry", "we", "Dave", "it"): a named
 * person, "we", a person by role, an empty or pronoun subject (a passive about people is
 * decided by the verb), or a thing.
 */
export function subjectKind(subject: string, names: NameMatcher): SubjectKind {
  const words = subject.replace(LEADING_ADVERBS, '').trim();
  if (names.test(words)) return 'named';
  if (/^we$/iu.test(words)) return 'we';
  if (words === '' || /^(?:it|this|that|which|there)$/iu.test(words)) return 'passive';
  if (/[’']s\b/u.test(words) && !PERSON_WORDS.test(words.split(/[’']s\b/u).pop() ?? '')) return 'thing';
  return PERSON_WORDS.test(words) ? 'person' : 'thing';
}
