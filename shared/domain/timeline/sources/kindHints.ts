import type { EventKind } from '../../vocabulary';

/**
 * Words that suggest a kind, checked in order (the first match wins): a chat line that says
 * "rolled back" is a mitigation attempt even when it also says "alert". Only a proposal; the
 * preview shows it and the person changes it.
 */
const HINTS: readonly [RegExp, EventKind][] = [
  [/\b(resolved|recovered|back to normal|all clear|fully recovered|green again)\b/i, 'recovery'],
  [/\b(fix|hotfix|patch)\b.*\b(deployed|shipped|rolled out|released)\b|\bdeployed (the |a )?(fix|hotfix|patch)\b/i, 'fix-deployed'],
  [/\b(decid\w*|decision|we will|going with|agreed to)\b/i, 'decision'],
  [/\b(roll(ed|ing)? ?back|revert(ed|ing)?|restart(ed|ing)?|fail(ed|ing)? ?over|drain(ed|ing)?|scal(ed|ing) (up|out)|mitigat)/i, 'mitigation-attempt'],
  [/\b(escalat\w*|paging|paged|looped in|pulled in|bringing in)\b/i, 'escalation'],
  [/\b(status ?page|customer update|announce\w*|comms|posted an update|notif(ied|y) customers)\b/i, 'communication'],
  [/\b(root cause|caused by|looks like|found (the|that)|because of|culprit)\b/i, 'diagnosis'],
  [/\b(firing|fired|alert(ing)?|triggered)\b/i, 'alert'],
];

/** The kind a message's words suggest, or `fallback`. */
export function proposeKind(text: string, fallback: EventKind = 'other'): EventKind {
  return HINTS.find(([pattern]) => pattern.test(text))?.[1] ?? fallback;
}

const ACKNOWLEDGEMENTS =
  /^(ok(ay)?|k|kk|thanks?( you)?( all| everyone| team| folks)?|thx|ty|\+1|on it|looking|ack(ed)?|yes|yep|no|nope|sure|np|lgtm|will do|👍|👀|🙏)[.!]*$/i;

/** A reply that carries no fact ("ok", "on it", "+1", an emoji): proposed to be left out. */
export function isChatter(text: string): boolean {
  const words = text.trim();
  return words === '' || ACKNOWLEDGEMENTS.test(words) || /^(:[a-z0-9_+-]+:\s*)+$/i.test(words);
}
