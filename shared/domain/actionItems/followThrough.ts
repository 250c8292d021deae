import type { ActionItem, Meeting } from '../../types';
import type { ActionStatus, ActionType } from '../vocabulary';

/**
 * Follow-through across postmortems (issue #4): every meeting's items in one list, filtered by
 * what a team asks at its weekly review — what is still open, whose, of which kind, what is late.
 */

/** An item with the meeting it came from. */
export interface TrackedItem {
  item: ActionItem;
  meeting: Pick<Meeting, 'id' | 'title' | 'incidentId'>;
}

/** What to keep; every field left out keeps everything. */
export interface FollowThroughFilter {
  statuses?: readonly ActionStatus[];
  /** Part of the owner's name, any case. */
  owner?: string;
  type?: ActionType;
  /** Only items past their due date and not finished. */
  overdue?: boolean;
}

/**
 * True when the item is due before `today` (a `YYYY-MM-DD` day on the viewer's calendar) and is
 * still open or in progress. The day is passed in, since "today" depends on where the viewer is.
 */
export function isOverdue(item: Pick<ActionItem, 'dueDate' | 'status'>, today: string): boolean {
  return (
    item.dueDate !== null && item.dueDate < today && (item.status === 'open' || item.status === 'in-progress')
  );
}

/**
 * The entries the filter keeps, overdue first by how late they are, then by due date (undated
 * last), then by meeting and priority, so the most pressing item is always on top.
 */
export function followThrough(
  entries: readonly TrackedItem[],
  filter: FollowThroughFilter,
  today: string,
): TrackedItem[] {
  const owner = filter.owner?.trim().toLowerCase() ?? '';
  return entries
    .filter(({ item }) => item.deletedAt === null)
    .filter(
      ({ item }) => !filter.statuses || filter.statuses.length === 0 || filter.statuses.includes(item.status),
    )
    .filter(({ item }) => owner === '' || item.owner.toLowerCase().includes(owner))
    .filter(({ item }) => !filter.type || item.type === filter.type)
    .filter(({ item }) => !filter.overdue || isOverdue(item, today))
    .sort(
      (a, b) =>
        Number(isOverdue(b.item, today)) - Number(isOverdue(a.item, today)) ||
        (a.item.dueDate ?? '9999-99-99').localeCompare(b.item.dueDate ?? '9999-99-99') ||
        a.meeting.title.localeCompare(b.meeting.title) ||
        a.item.rank - b.item.rank,
    );
}
