import type { MeetingRecords } from '../../../../shared/types';
import { byRank } from '../../action-items/actionItemsSlice';
import { FittedList } from '../FittedList';
import { OwnerAndDue } from './OwnerAndDue';
import { ReviewedItem } from './ReviewedItem';
import './actionReview.css';

/**
 * Action review: the action items in priority order. The facilitator walks them one by one
 * (`reviewItemId`, set from the console); that item is shown enlarged with everything the room
 * must agree on, and the list keeps it in view with the next one below it.
 */
export function ActionReviewContent({ records }: { records: MeetingRecords }) {
  const items = byRank(records.actionItems);
  // A deleted item is not in the records, so it reads as "none under review".
  const reviewed = items.findIndex((item) => item.id === records.meeting.reviewItemId);
  return (
    <div className="projector__content projector-review">
      <FittedList
        className="projector-ranked"
        title={
          items.length === 1
            ? '1 action item, in priority order'
            : `${items.length} action items, in priority order`
        }
        items={items}
        anchor={Math.max(reviewed, 0)}
        after={1}
        content={records}
        hiddenNote={(before, after) =>
          [before > 0 ? `+ ${before} above` : null, after > 0 ? `+ ${after} below` : null]
            .filter(Boolean)
            .join(' · ') || null
        }
        empty="No action items yet."
        renderItem={(item, index) =>
          index === reviewed ? (
            <ReviewedItem key={item.id} item={item} position={index + 1} />
          ) : (
            <li key={item.id} className="projector-rank">
              <span className="projector-rank__position" aria-hidden="true">
                {index + 1}
              </span>
              <div className="projector-rank__body">
                <p className="projector-item__title">{item.title}</p>
                <OwnerAndDue item={item} />
              </div>
            </li>
          )
        }
      />
    </div>
  );
}
