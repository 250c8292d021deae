import type { CSSProperties, HTMLAttributes, KeyboardEvent, Ref } from 'react';
import type { ActionItem } from '../../../shared/types';
import type { CheckedField, Finding } from '../../../shared/domain/actionItems/quality';
import { parseDueDate } from '../../../shared/domain/actionItems/parseDueDate';
import { QUESTION_LABELS } from '../../../shared/domain/actionItems/defaults';
import {
  ACTION_STATUSES,
  ACTION_STATUS_LABELS,
  ACTION_TYPES,
  ACTION_TYPE_LABELS,
  QUESTIONS,
  type Question,
} from '../../../shared/domain/vocabulary';
import { Button } from '../../components/Button';
import type { ActionItemPatch } from './actionItemsSlice';
import { InlineSelect } from './InlineSelect';
import { InlineTextField } from './InlineTextField';
import { Nudges, nudgeId } from './Nudges';

export interface ActionItemRowProps {
  item: ActionItem;
  /** 1-based place in the priority order. */
  position: number;
  total: number;
  findings: readonly Finding[];
  /** Registers the drag handle's element (dnd-kit's activator node). */
  setHandleNode(element: HTMLElement | null): void;
  /** dnd-kit's attributes and listeners for the drag handle. */
  handleProps: HTMLAttributes<HTMLButtonElement>;
  rowRef?: Ref<HTMLLIElement>;
  style?: CSSProperties;
  dragging?: boolean;
  onUpdate(patch: ActionItemPatch): Promise<boolean>;
  onRemove(): void;
  /** Alt+↑ / Alt+↓: one place towards the top (−1) or the bottom (+1). */
  onMove(delta: -1 | 1): void;
}

const TYPE_OPTIONS = ACTION_TYPES.map((value) => ({ value, label: ACTION_TYPE_LABELS[value] }));
const STATUS_OPTIONS = ACTION_STATUSES.map((value) => ({ value, label: ACTION_STATUS_LABELS[value] }));
const QUESTION_OPTIONS = [
  { value: '', label: 'None' },
  ...QUESTIONS.map((value) => ({ value, label: QUESTION_LABELS[value] })),
] as const;

/** One action item in the ranked list, every field editable in place, with its nudges. */
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
  onUpdate,
  onRemove,
  onMove,
}: ActionItemRowProps) {
  const about = (field: CheckedField) =>
    findings.some((finding) => finding.field === field) ? nudgeId(item.id, field) : undefined;
  const saveText = (field: 'owner' | 'successMeasure' | 'trackerUrl') => (text: string) =>
    onUpdate({ [field]: text.trim() });

  function handleKeyDown(event: KeyboardEvent<HTMLLIElement>) {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    onMove(event.key === 'ArrowUp' ? -1 : 1);
  }

  const classes = ['action-row', `action-row--${item.status}`, dragging ? 'action-row--dragging' : null];
  return (
    <li
      ref={rowRef}
      style={style}
      data-item-id={item.id}
      className={classes.filter(Boolean).join(' ')}
      aria-label={`Priority ${position} of ${total}: ${item.title}`}
      aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
      onKeyDown={handleKeyDown}
    >
      <div className="action-row__rank">
        <button
          type="button"
          ref={setHandleNode}
          className="action-row__handle"
          {...handleProps}
          aria-label={`Move “${item.title}”, priority ${position} of ${total}`}
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <span className="action-row__position" aria-hidden="true">
          {position}
        </span>
      </div>
      <div className="action-row__body">
        <div className="action-row__head">
          <InlineTextField
            label="Title"
            className="action-row__title"
            value={item.title}
            describedBy={about('title')}
            onCommit={(text) =>
              text.trim() === ''
                ? Promise.resolve('A title is needed. To drop the item, delete it.')
                : onUpdate({ title: text.trim() })
            }
          />
          <Button
            variant="quiet"
            className="action-row__delete"
            aria-label={`Delete “${item.title}”`}
            onClick={onRemove}
          >
            Delete
          </Button>
        </div>
        <div className="action-row__fields">
          <InlineTextField
            label="Owner"
            value={item.owner}
            describedBy={about('owner')}
            onCommit={saveText('owner')}
          />
          <InlineTextField
            label="Due"
            value={item.dueDate ?? ''}
            placeholder="next friday"
            describedBy={about('dueDate')}
            onCommit={(text) => {
              const parsed = parseDueDate(text, new Date());
              if (!parsed.ok) return Promise.resolve(parsed.message);
              return parsed.date === item.dueDate
                ? Promise.resolve(true)
                : onUpdate({ dueDate: parsed.date });
            }}
          />
          <InlineSelect
            label="Type"
            value={item.type}
            options={TYPE_OPTIONS}
            onChange={(type) => void onUpdate({ type })}
          />
          <InlineSelect
            label="Status"
            value={item.status}
            options={STATUS_OPTIONS}
            onChange={(status) => void onUpdate({ status })}
          />
          <InlineSelect
            label="Question"
            value={item.question ?? ''}
            options={QUESTION_OPTIONS}
            onChange={(question) =>
              void onUpdate({ question: question === '' ? null : (question as Question) })
            }
          />
          <InlineTextField
            label="Success measure"
            className="action-row__wide"
            value={item.successMeasure}
            describedBy={about('successMeasure')}
            onCommit={saveText('successMeasure')}
          />
          <InlineTextField
            label="Tracker link"
            className="action-row__link"
            type="url"
            value={item.trackerUrl}
            onCommit={saveText('trackerUrl')}
          />
        </div>
        <Nudges itemId={item.id} findings={findings} />
      </div>
    </li>
  );
}
