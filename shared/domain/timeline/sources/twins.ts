import type { Candidate } from './types';

/**
 * How far apart two sources may put the same fact: a chat bot posts the pager's alert a few
 * seconds after it fired, a person notes a failover a minute after the tool logged it.
 */
export const TWIN_WINDOW_MS = 2 * 60 * 1000;

// Words too common to say two texts tell the same fact.
const COMMON = new Set(['the', 'and', 'for', 'with', 'was', 'are', 'from', 'this', 'that', 'has', 'have', 'not']);

/** A text's words for comparing: lower case, letters and digits, three or more of them. */
function wordsOf(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length >= 3 && !COMMON.has(word)),
  );
}

/** How many words of the shorter text are in the other, and how many words it has. */
function sharedWords(a: Set<string>, b: Set<string>): { shared: number; of: number } {
  const [shorter, longer] = a.size <= b.size ? [a, b] : [b, a];
  return { shared: [...shorter].filter((word) => longer.has(word)).length, of: shorter.size };
}

/**
 * Whether two rows of different sources within TWIN_WINDOW_MS tell the same fact: at the same second
 * a word in common is enough (a bot's copy of an alert names it), within TWIN_WINDOW_MS half the
 * shorter text's words must be in the other (an alert name is one word). Never the time alone: in a
 * busy channel a person's message lands in the second the pager logged something else.
 */
function sameFact(a: Set<string>, b: Set<string>, sameSecond: boolean): boolean {
  const { shared, of } = sharedWords(a, b);
  if (of === 0) return false;
  return sameSecond ? shared > 0 : shared * 2 >= of;
}

const secondOf = (at: number) => Math.floor(at / 1000);

/**
 * The rows of a merged import (oldest first, each with its `origin`) that tell the same fact from
 * different sources, as the first row of the group each belongs to (by `line`). Two rows of
 * different sources are the same fact when their texts say so (`sameFact`) within TWIN_WINDOW_MS.
 * A row joins
 * the earliest group it matches that holds no row of its own source yet: a source never
 * repeats one fact, so two rows of one source are never twins.
 */
export function twinGroups(candidates: readonly Candidate[]): Map<number, number> {
  const groupOf = new Map<number, number>();
  const sourcesIn = new Map<number, Set<number>>();
  const words = candidates.map((candidate) => wordsOf(candidate.description));
  const sourceOf = new Map(candidates.map((candidate) => [candidate.line, candidate.origin?.source]));
  candidates.forEach((candidate, index) => {
    const source = candidate.origin?.source;
    if (source === undefined) return;
    let joined: number | null = null;
    for (let before = index - 1; before >= 0; before--) {
      const earlier = candidates[before]!;
      if (candidate.at - earlier.at > TWIN_WINDOW_MS) break;
      if (earlier.origin === undefined || earlier.origin.source === source) continue;
      const group = groupOf.get(earlier.line) ?? earlier.line;
      if (sourcesIn.get(group)?.has(source)) continue;
      const same = sameFact(words[index]!, words[before]!, secondOf(candidate.at) === secondOf(earlier.at));
      // Lines count in time order, so the smallest group is the one that started first.
      if (same && (joined === null || group < joined)) joined = group;
    }
    if (joined === null) return;
    groupOf.set(joined, joined);
    groupOf.set(candidate.line, joined);
    sourcesIn.set(joined, (sourcesIn.get(joined) ?? new Set([sourceOf.get(joined)!])).add(source));
  });
  return groupOf;
}
