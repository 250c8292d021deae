import type { CSSProperties, HTMLAttributes, KeyboardEvent, Ref } from 'react';
import type { ActionItem } from '../../../shared/types';
import type { Finding } from '../../../shared/domain/actionItems/quality';
import { Button } from '../../components/Button';
import { altArrowDelta } from '../../components/SortableList';
import type { ActionItemPatch } from './actionItemsSlice';
import { ActionItemEditor } from './ActionItemEditor';

export interface ActionItemRowProps {
  item: ActionItem;
  /** 1-based place in the priority order. */
  position: number;
  total: number;
  findings: readonly Finding[];
  /**
   * Registers the drag handle's element (dnd-kit's activator node). Left out, with
   * `handleProps` and `onMove`, in a list that is not the ranked one: the row shows its place only.
   */
  setHandleNode?(element: HTMLElement | null): void;
  /** dnd-kit's attributes and listeners for the drag handle. */
  handleProps?: HTMLAttributes<HTMLButtonElement>;
  rowRef?: Ref<HTMLLIElement>;
  style?: CSSProperties;
  dragging?: boolean;
  /** The item the Action review is on, marked so the room finds it in the list. */
  reviewed?: boolean;
  onUpdate(patch: ActionItemPatch): Promise<boolean>;
  onRemove(): void;
  onCopyAsIssue(): void;
  /** Alt+↑ / Alt+↓: one place towards the top (−1) or the bottom (+1). */
  onMove?(delta: -1 | 1): void;
}

/** One action item in a list, every field editable in place, with its nudges. */
export function ActionItemRow({
  item,
  position,
  total,
  findings,
  setHandleNode,
  handleProps,
  rowRef,
  style,
  dragging,
  reviewed,
  onUpdate,
  onRemove,
  onCopyAsIssue,
  onMove,
}: ActionItemRowProps) {
  function handleKeyDown(event: KeyboardEvent<HTMLLIElement>) {
    const delta = altArrowDelta(event);
    if (!onMove || delta === null) return;
    event.preventDefault();
    onMove(delta);
  }

  const classes = [
    'action-row',
    `action-row--${item.status}`,
    dragging ? 'action-row--dragging' : null,
    reviewed ? 'action-row--reviewed' : null,
  ];
  return (
    <li
      ref={rowRef}
      style={style}
      data-item-id={item.id}
      className={classes.filter(Boolean).join(' ')}
      aria-label={`Priority ${position} of ${total}: ${item.title}`}
      aria-current={reviewed ? 'true' : undefined}
      aria-keyshortcuts={onMove ? 'Alt+ArrowUp Alt+ArrowDown' : undefined}
      onKeyDown={handleKeyDown}
    >
      <div className="action-row__rank">
        {handleProps ? (
          <button
            type="button"
            ref={setHandleNode}
            className="action-row__handle"
            {...handleProps}
            aria-label={`Move “${item.title}”, priority ${position} of ${total}`}
          >
            <span aria-hidden="true">⠿</span>
          </button>
        ) : null}
        <span className="action-row__position" aria-hidden="true">
          {position}
        </span>
      </div>
      <div className="action-row__body">
        {reviewed ? <p className="action-row__reviewed">Under review</p> : null}
        <ActionItemEditor
          item={item}
          findings={findings}
          onUpdate={onUpdate}
          actions={
            <>
              <Button variant="quiet" aria-label={`Copy “${item.title}” as an issue`} onClick={onCopyAsIssue}>
                Copy as issue
              </Button>
              <Button
                variant="quiet"
                className="action-row__delete"
                aria-label={`Delete “${item.title}”`}
                onClick={onRemove}
              >
                Delete
              </Button>
            </>
          }
        />
      </div>
    </li>
  );
}
