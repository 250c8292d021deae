import type { HindsightApi } from '../../../shared/contract';
import { settle } from '../../bridge/api';
import type { SliceCreator } from '../../store/sliceCreator';

export interface ActionReviewSlice {
  /**
   * Puts `itemId` under review in the Action review step (null: none), saved on the meeting so
   * the projector shows the same item. Shown at once, so ↓ pressed twice walks two items; put
   * back, with the reason, when the core refuses it.
   */
  reviewActionItem(itemId: string | null): Promise<void>;
  /** Moves the review one item down (+1) or up (−1) the priority order; stays put at either end. */
  stepActionReview(delta: -1 | 1): Promise<void>;
}

/**
 * The item `delta` places from `currentId` in `ids` (the priority order): the first one when no
 * listed item is under review, null past either end.
 */
export function reviewTarget(ids: readonly string[], currentId: string | null, delta: -1 | 1): string | null {
  const index = currentId === null ? -1 : ids.indexOf(currentId);
  if (index === -1) return ids[0] ?? null;
  return ids[index + delta] ?? null;
}

export function createActionReviewSlice(api: HindsightApi): SliceCreator<ActionReviewSlice> {
  return (set, get) => {
    /** Shows `reviewItemId` as the item under review, if `meetingId` is still the one open. */
    const showReviewed = (meetingId: string, reviewItemId: string | null) =>
      set((state) => {
        const records = state.overview.records;
        if (!records || records.meeting.id !== meetingId) return {};
        const meeting = { ...records.meeting, reviewItemId };
        return { overview: { ...state.overview, records: { ...records, meeting } } };
      });
    const shownReviewed = () => get().overview.records?.meeting.reviewItemId ?? null;
    /**
     * The newest move, until the core answers it. An earlier move's meetingChanged can
     * answer in between and show the item that move chose: ↓ pressed then walks on from this.
     */
    let unanswered: { meetingId: string; itemId: string | null } | null = null;
    const underReview = (meeting: { id: string; reviewItemId: string | null }) =>
      unanswered?.meetingId === meeting.id ? unanswered.itemId : meeting.reviewItemId;

    return {
      async reviewActionItem(itemId) {
        const records = get().overview.records;
        if (!records || underReview(records.meeting) === itemId) return;
        const meetingId = records.meeting.id;
        const before = records.meeting.reviewItemId;
        const move = { meetingId, itemId };
        unanswered = move;
        showReviewed(meetingId, itemId);
        const result = await settle(api['meetings.reviewItem']({ meetingId, itemId }));
        if (unanswered === move) unanswered = null;
        // The saved meeting, a newer version than an earlier move's change still on its way.
        if (result.ok) return get().showSaved([{ kind: 'meeting', record: result.value.meeting }]);
        // Only this move is undone: a later one (another ↓) already replaced what it showed.
        if (shownReviewed() === itemId) showReviewed(meetingId, before);
        get().reportError(result.error);
      },

      async stepActionReview(delta) {
        const records = get().overview.records;
        if (!records) return;
        const ids = records.actionItems.map((item) => item.id);
        const target = reviewTarget(ids, underReview(records.meeting), delta);
        if (target !== null) await get().reviewActionItem(target);
      },
    };
  };
}
