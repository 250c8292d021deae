import { memo, useCallback, type CSSProperties, type HTMLAttributes, type KeyboardEvent } from 'react';
import type { ActionItem } from '../../../shared/types';
import type { Finding } from '../../../shared/domain/actionItems/quality';
import { Button } from '../../components/Button';
import { altArrowDelta } from '../../components/SortableList';
import { SavingMark, useSaving } from '../notices/SavingMark';
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
  /** dnd-kit's node ref, in the ranked list. */
  rowRef?(element: HTMLLIElement | null): void;
  /** The item's place in the list as rendered (0-based), which a windowed list measures by. */
  index?: number;
  /** A windowed list's measuring ref. */
  measureRef?: ((element: Element | null) => void) | undefined;
  style?: CSSProperties;
  dragging?: boolean;
  /** The item the Action review is on, marked so the room finds it in the list. */
  reviewed?: boolean;
  /**
   * The handlers take the item, so a list passes the same functions to every row and a memoised
   * row re-renders only when its own record or place changes (issue #16).
   */
  onUpdate(id: string, patch: ActionItemPatch): Promise<boolean>;
  onRemove(item: ActionItem): void;
  onCopyAsIssue(id: string): void;
  /** Alt+↑ / Alt+↓: one place towards the top (−1) or the bottom (+1). */
  onMove?(delta: -1 | 1): void;
}

/**
 * One action item in a list, every field editable in place, with its nudges. The row itself is
 * cheap (its place, its handle, dnd-kit's wiring, which the list's context re-renders whenever
 * the order changes); the editor below it re-renders only when its own record or findings do.
 */
export const ActionItemRow = memo(function ActionItemRow({
  item,
  position,
  total,
  findings,
  setHandleNode,
  handleProps,
  rowRef,
  index,
  measureRef,
  style,
  dragging,
  reviewed = false,
  onUpdate,
  onRemove,
  onCopyAsIssue,
  onMove,
}: ActionItemRowProps) {
  const ref = useCallback(
    (element: HTMLLIElement | null) => {
      rowRef?.(element);
      measureRef?.(element);
    },
    [rowRef, measureRef],
  );
  const saving = useSaving(item.id);

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
      ref={ref}
      style={style}
      data-index={index}
      data-item-id={item.id}
      className={classes.filter(Boolean).join(' ')}
      aria-label={`Priority ${position} of ${total}: ${item.title}`}
      aria-current={reviewed ? 'true' : undefined}
      aria-busy={saving || undefined}
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
      <ActionItemBody
        item={item}
        findings={findings}
        reviewed={reviewed}
        saving={saving}
        onUpdate={onUpdate}
        onRemove={onRemove}
        onCopyAsIssue={onCopyAsIssue}
      />
    </li>
  );
});

type BodyProps = Pick<ActionItemRowProps, 'item' | 'findings' | 'onUpdate' | 'onRemove' | 'onCopyAsIssue'> & {
  reviewed: boolean;
  saving: boolean;
};

/**
 * The row's editor and its buttons: most of a row's work, so memoised on the record, its
 * findings and the list's handlers (issue #16: an add re-rendered the editor of every row in view).
 */
const ActionItemBody = memo(function ActionItemBody({
  item,
  findings,
  reviewed,
  saving,
  onUpdate,
  onRemove,
  onCopyAsIssue,
}: BodyProps) {
  const save = useCallback((patch: ActionItemPatch) => onUpdate(item.id, patch), [onUpdate, item.id]);
  return (
    <div className="action-row__body">
      {reviewed ? <p className="action-row__reviewed">Under review</p> : null}
      <ActionItemEditor
        item={item}
        findings={findings}
        onUpdate={save}
        actions={
          <>
            {saving ? <SavingMark /> : null}
            <Button variant="quiet" aria-label={`Copy “${item.title}” as an issue`} onClick={() => onCopyAsIssue(item.id)}>
              Copy as issue
            </Button>
            <Button
              variant="quiet"
              className="action-row__delete"
              aria-label={`Delete “${item.title}”`}
              onClick={() => onRemove(item)}
            >
              Delete
            </Button>
          </>
        }
      />
    </div>
  );
});
