/**
 * The text helpers the language checks share: sentences with their offsets, the quoted parts a
 * finding must stay out of, and the clause in front of a match (its subject, or a negation).
 */

/** A sentence of a longer text, with where it starts in that text. */
export interface Sentence {
  start: number;
  text: string;
}

// A sentence ends at . ! or ? followed by a space or the end ("4.2 s" stays one sentence), or at
// a line break (notes are often one fact per line, without a full stop).
const SENTENCE_END = /[.!?]+(?=\s|$)|\n/g;

/** The sentences of `text`, trimmed, with their offsets; empty ones are left out. */
export function sentences(text: string): Sentence[] {
  const found: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== '') found.push({ start: start + lead, text: trimmed });
  };
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    push(end);
    start = end;
  }
  push(text.length);
  return found;
}

// Straight or curly double quotes, curly single quotes, and straight single quotes that open
// after a non-letter and close before one: "It's Kim's fault" has apostrophes, not a quote.
const QUOTED = /"[^"\n]*"|“[^”\n]*”|‘[^’\n]*’|«[^»\n]*»|(?<![\p{L}\p{N}])'[^'\n]+'(?![\p{L}\p{N}])/gu;

/** The [start, end) ranges of `text` inside quotation marks: someone else's words, not ours. */
export function quotedRanges(text: string): [number, number][] {
  return [...text.matchAll(QUOTED)].map((match) => [match.index, match.index + match[0].length]);
}

/** Whether [start, end) lies within one of `ranges`. */
export function isInside(ranges: readonly [number, number][], start: number, end: number): boolean {
  return ranges.some(([from, to]) => start >= from && end <= to);
}

// Where a clause begins: punctuation or a conjunction that starts a new subject.
const CLAUSE_BREAK =
  /[,;:(—–]|\b(?:and|but|because|so|since|when|while|though|although|if|unless|that|which|where|after|before|once|until|or)\b/giu;

/** The clause in front of `index` in `sentence`: from the last clause break up to `index`. */
export function clauseBefore(sentence: string, index: number): string {
  const before = sentence.slice(0, index);
  let cut = 0;
  for (const match of before.matchAll(CLAUSE_BREAK)) cut = match.index + match[0].length;
  return before.slice(cut).trim();
}

// A denial in front of a label ("not a human error", "nobody was careless") or a mention of the
// label as a label ("calling it human error would hide …"): the writer is not using it.
const NEGATION =
  /\b(?:not|no|never|nobody|none|neither|nor|without|rather than|instead of|other than|beyond|calling it|call it|labell?ing it|labell?ed it|isn[’']t|wasn[’']t|weren[’']t|aren[’']t|don[’']t|didn[’']t|doesn[’']t|no one)\b/iu;

/**
 * Whether the words just in front of `index` (the last three of its clause) deny or only mention
 * what follows. Three, so "no one was careless" counts and "without a reviewer was reckless"
 * does not.
 */
export function isNegated(sentence: string, index: number): boolean {
  const words = clauseBefore(sentence, index).split(/\s+/u);
  return NEGATION.test(words.slice(-3).join(' '));
}
