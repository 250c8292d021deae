import type { RecordChange, SummaryCount } from '../../contract/changes';
import { isOverdue } from '../actionItems/followThrough';

const live = (record: { deletedAt: number | null } | null) => record !== null && record.deletedAt === null;

/** No count moved. */
export function noCounts(): Record<SummaryCount, number> {
  return { openActionItems: 0, overdueActionItems: 0, timelineEvents: 0 };
}

/** Where the calendar day "overdue" counts from comes from: asked only when an action item moved. */
export interface Calendar {
  /** `YYYY-MM-DD`. */
  today(): string;
}

/**
 * Adds to `counts` how the library row's counts move when `previous` (null: a new record) becomes
 * `change.record`.
 */
export function addCountsOf(
  counts: Record<SummaryCount, number>,
  change: RecordChange,
  previous: RecordChange['record'] | null,
  calendar: Calendar,
): void {
  if (change.kind === 'timeline') {
    counts.timelineEvents += Number(live(change.record)) - Number(live(previous));
  } else if (change.kind === 'actionItems') {
    const before = previous as typeof change.record | null;
    const open = (item: typeof change.record | null) =>
      live(item) && (item!.status === 'open' || item!.status === 'in-progress');
    const today = calendar.today();
    const overdue = (item: typeof change.record | null) => live(item) && isOverdue(item!, today);
    counts.openActionItems += Number(open(change.record)) - Number(open(before));
    counts.overdueActionItems += Number(overdue(change.record)) - Number(overdue(before));
  }
}
