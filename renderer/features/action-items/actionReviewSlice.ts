import type { HindsightApi } from '../../../shared/contract';
import type { SliceCreator } from '../../store/sliceCreator';
import { meetingCursor } from '../live/meetingCursor';

export interface ActionReviewSlice {
  /**
   * Puts `itemId` under review in the Action review step (null: none), saved on the meeting so
   * the projector shows the same item.
   */
  reviewActionItem(itemId: string | null): Promise<void>;
  /** Moves the review one item down (+1) or up (−1) the priority order; stays put at either end. */
  stepActionReview(delta: -1 | 1): Promise<void>;
}

/**
 * The entry `delta` places from `currentId` in `ids` (the priority order, the event log): the
 * first one when no listed entry is the current one, null past either end.
 */
export function reviewTarget(ids: readonly string[], currentId: string | null, delta: -1 | 1): string | null {
  const index = currentId === null ? -1 : ids.indexOf(currentId);
  if (index === -1) return ids[0] ?? null;
  return ids[index + delta] ?? null;
}

export function createActionReviewSlice(api: HindsightApi): SliceCreator<ActionReviewSlice> {
  return (set, get) => {
    const review = meetingCursor(set, get, 'reviewItemId', (meetingId, itemId) =>
      api['meetings.reviewItem']({ meetingId, itemId }),
    );
    return {
      reviewActionItem: (itemId) => review.moveTo(itemId),

      async stepActionReview(delta) {
        const records = get().overview.records;
        if (!records) return;
        const ids = records.actionItems.map((item) => item.id);
        const target = reviewTarget(ids, review.current(records.meeting), delta);
        if (target !== null) await review.moveTo(target);
      },
    };
  };
}
