import type { MeetingRecords } from '../../../shared/types';
import { ActionItemsSection } from '../action-items/ActionItemsSection';
import { ReviewWalk } from './ReviewWalk';

/**
 * The Action review step: the walk through the items, one card at a time, above the Action
 * items tab's own section (ranked list, readiness, export), where the item under review is marked.
 */
export function ActionReviewWorkspace({ records }: { records: MeetingRecords }) {
  return (
    <>
      <ReviewWalk records={records} />
      <div className="action-review__items">
        <ActionItemsSection records={records} reviewedItemId={records.meeting.reviewItemId} />
      </div>
    </>
  );
}
