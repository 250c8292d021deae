import { useEffect, useRef } from 'react';
import type { ActionItem, MeetingRecords } from '../../../shared/types';
import { Button } from '../../components/Button';
import { useApp } from '../../store/useApp';
import { ActionItemEditor } from '../action-items/ActionItemEditor';
import { checkActionItem } from '../../../shared/domain/actionItems/quality';
import { useToday } from '../action-items/useToday';
import { CommandButton } from '../live/LiveControls';
import { useConsoleShortcuts } from '../live/useConsoleShortcuts';
import './actionReview.css';

/**
 * Starts the walk at the top of the priority order when no listed item is under review: the
 * items that matter most are seen first, so a timebox that runs out cuts the least important.
 * When the item under review disappears (deleted), the walk goes on from the place it held.
 */
function useStartWalk(items: readonly ActionItem[], index: number) {
  const review = useApp((state) => state.reviewActionItem);
  const lastIndex = useRef(0);
  const attempted = useRef<string | null>(null);
  const order = items.map((item) => item.id).join(' ');
  useEffect(() => {
    if (index !== -1) {
      lastIndex.current = index;
      attempted.current = null;
      return;
    }
    const ids = order === '' ? [] : order.split(' ');
    const start = ids[Math.min(lastIndex.current, ids.length - 1)];
    // Once per item: a refused write must not be retried on every render.
    if (start === undefined || attempted.current === start) return;
    attempted.current = start;
    void review(start);
  }, [index, order, review]);
}

/**
 * The Action review walked item by item (DESIGN.md section 2, step 7): the item under review as
 * a card, every field editable so the facilitator fills the gaps its nudges name, and ↓ / ↑ (or
 * the buttons) to the next or previous item in priority order. The item is saved on the meeting
 * (`meetings.reviewItem`), so the projector shows the same one.
 */
export function ReviewWalk({ records }: { records: MeetingRecords }) {
  const items = records.actionItems;
  const index = items.findIndex((item) => item.id === records.meeting.reviewItemId);
  const item = items[index];
  const stepReview = useApp((state) => state.stepActionReview);
  const update = useApp((state) => state.updateActionItem);
  const copyAsIssue = useApp((state) => state.copyActionItemAsIssue);
  const today = useToday();
  useStartWalk(items, index);
  const card = useRef<HTMLElement>(null);
  /**
   * Moves the walk. A field of the card still holding typed text (the menu's command runs while
   * typing) is left first, so the text is saved to the item it was typed for.
   */
  const step = (delta: -1 | 1) => {
    const active = document.activeElement;
    if (active instanceof HTMLElement && card.current?.contains(active)) active.blur();
    void stepReview(delta);
  };
  // An item picked up on the ranked list takes the arrows first: dnd-kit's keyboard sensor
  // handles them on the document and prevents their default, which the console then leaves alone.
  useConsoleShortcuts({
    'walk.next': () => step(1),
    'walk.previous': () => step(-1),
  });

  const findings = item ? checkActionItem(item, today) : [];
  return (
    <section className="review-walk" aria-labelledby="review-walk-title">
      <div className="review-walk__bar">
        <h3 id="review-walk-title">
          {item ? `Reviewing item ${index + 1} of ${items.length}` : 'Reviewing the action items'}
        </h3>
        <div className="review-walk__buttons">
          <CommandButton
            command="walk.previous"
            label="Previous item"
            disabled={index <= 0}
            onClick={() => step(-1)}
          />
          <CommandButton
            command="walk.next"
            label="Next item"
            disabled={index === -1 || index === items.length - 1}
            onClick={() => step(1)}
          />
        </div>
      </div>
      {item ? (
        // Keyed: each item gets fresh fields, so no half-typed text of one shows on the next.
        <article key={item.id} ref={card} className="review-card" aria-label={`Under review: ${item.title}`}>
          <ActionItemEditor item={item} findings={findings} onUpdate={(patch) => update(item.id, patch)} />
          <div className="review-card__footer">
            {findings.length === 0 ? (
              <p className="review-card__ready">Specific and owned: nothing is missing.</p>
            ) : null}
            <Button aria-label={`Copy “${item.title}” as an issue`} onClick={() => void copyAsIssue(item.id)}>
              Copy as issue
            </Button>
          </div>
        </article>
      ) : (
        <p className="muted">No action items to review yet. Add them below, or go back to the questions.</p>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {item ? `Reviewing item ${index + 1} of ${items.length}: ${item.title}` : ''}
      </p>
    </section>
  );
}
