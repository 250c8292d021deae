import type { ActionItem } from '../../../shared/types';
import { checkActionItem, type Finding } from '../../../shared/domain/actionItems/quality';

/** The checks of the day they were run on ("overdue" depends on it), by record version. */
let checked = { today: '', byItem: new WeakMap<ActionItem, readonly Finding[]>() };

/**
 * `checkActionItem`, run once per version of an item and per day (issue #16): an unchanged record
 * gets the same array back, so a memoised row is not re-rendered, nor are its checks run again,
 * when another item is added or edited. Records are immutable, so a record is its version.
 */
export function findingsOf(item: ActionItem, today: string): readonly Finding[] {
  if (checked.today !== today) checked = { today, byItem: new WeakMap() };
  let findings = checked.byItem.get(item);
  if (!findings) {
    findings = checkActionItem(item, today);
    checked.byItem.set(item, findings);
  }
  return findings;
}
