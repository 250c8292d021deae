import type { ActionItem } from '../../../shared/types';
import { checkActionItem, type Finding } from '../../../shared/domain/actionItems/quality';

const cache = new WeakMap<ActionItem, Finding[]>();

/**
 * An item's quality findings, computed once per record: records are replaced, never mutated, so
 * the record object is the key, and a list's re-render (a scroll, another item added) checks
 * nothing again (issue #16). Forgotten with the record.
 */
export function findingsOf(item: ActionItem): Finding[] {
  let findings = cache.get(item);
  if (findings === undefined) {
    findings = checkActionItem(item);
    cache.set(item, findings);
  }
  return findings;
}
