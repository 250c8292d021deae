import type { Finding } from '../../shared/domain/actionItems/quality';
import type { ActionItem, Meeting } from '../../shared/types';
import { isoOrNull } from './format';

/** One quality finding on one line: what is missing or vague, then what would fix it. */
export function findingText(finding: Finding): string {
  return finding.hint ? `${finding.message}: ${finding.hint}` : finding.message;
}

/** A meeting's live items in priority order, as the app ranks them. */
export function rankedItems(items: readonly ActionItem[]): ActionItem[] {
  return items.filter((item) => item.deletedAt === null).sort((a, b) => a.rank - b.rank);
}

/**
 * An item for scripts: its stored fields with times as ISO 8601, its place in the meeting's
 * priority order (1 = most important), the meeting it belongs to and its quality findings.
 */
export function actionItemJson(
  item: ActionItem,
  position: number,
  meeting: Pick<Meeting, 'id' | 'title' | 'incidentId'>,
  findings: Finding[],
) {
  return {
    ...item,
    position,
    createdAt: isoOrNull(item.createdAt),
    updatedAt: isoOrNull(item.updatedAt),
    deletedAt: isoOrNull(item.deletedAt),
    meeting: { id: meeting.id, incidentId: meeting.incidentId, title: meeting.title },
    findings,
  };
}
