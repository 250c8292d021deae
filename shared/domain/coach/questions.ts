import type { RuleMatch, SentenceContext } from './language';
import { subjectKind } from './people';
import type { Sentence } from './text';

/**
 * "Why did you …?" and "Who …?" questions, which put a person on the spot. A "why" about a
 * system ("Why did the alert not fire?") is a good question and stays; so does a "who" that
 * asks for an owner ("Who owns the runbook?"): only a "who" that asks who did it is flagged.
 */

// "Why did you …", "Why didn't the on-call …": the auxiliary, then up to two words of subject.
const WHY =
  /^why\s+(?:did|didn[’']t|do|don[’']t|does|doesn[’']t|would|wouldn[’']t|was|wasn[’']t|were|weren[’']t|had|hadn[’']t|has|hasn[’']t)\s+((?:the\s+)?[\p{L}@’'-]+)/iu;
const WHO =
  /^who\s+(?:approved|pushed|deployed|merged|deleted|broke|caused|wrote|changed|made|forgot|missed|ran|decided|let|signed off|dropped|removed|turned|disabled|did|restarted|shipped|committed|touched|configured|set|killed|skipped|ignored|clicked|typed)\b/iu;

const WHY_REFRAMING =
  'Ask what made it reasonable: “What made it reasonable at the time to …?” invites the context a “why did you” shuts down.';
const WHO_REFRAMING = 'Ask how: “How did the change reach production?” finds the path, not a person.';

/** The why/who finding of one sentence, when it is such a question. */
export function whyWhoMatches(sentence: Sentence, context: SentenceContext): RuleMatch[] {
  if (context.allowWhy) return [];
  const text = sentence.text;
  if (!text.endsWith('?')) return [];
  const who = WHO.exec(text);
  if (who) return [{ category: 'why-who-question', start: 0, end: who[0].length, reframing: WHO_REFRAMING }];
  const why = WHY.exec(text);
  if (!why) return [];
  const kind = subjectKind(why[1] ?? '', context.names);
  if (kind === 'thing' || kind === 'passive') return [];
  return [{ category: 'why-who-question', start: 0, end: why[0].length, reframing: WHY_REFRAMING }];
}
