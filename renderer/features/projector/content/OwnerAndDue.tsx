import type { ActionItem } from '../../../../shared/types';

/** Who owns an item and by when, or that nobody does yet: what the room checks first. */
export function OwnerAndDue({ item }: { item: Pick<ActionItem, 'owner' | 'dueDate'> }) {
  return (
    <span className="projector-item__meta">
      {item.owner ? <span>Owner: {item.owner}</span> : <span className="projector-item__gap">No owner</span>}
      {' · '}
      {item.dueDate ? (
        <span>Due {item.dueDate}</span>
      ) : (
        <span className="projector-item__gap">No due date</span>
      )}
    </span>
  );
}
