import { useId, type ReactNode } from 'react';
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
import type { ActionItemPatch } from './actionItemsSlice';
import { InlineSelect } from './InlineSelect';
import { InlineTextField } from './InlineTextField';
import { Nudges, nudgeId } from './Nudges';

export interface ActionItemEditorProps {
  item: ActionItem;
  findings: readonly Finding[];
  onUpdate(patch: ActionItemPatch): Promise<boolean>;
  /** Buttons shown beside the title (copy as an issue, delete). */
  actions?: ReactNode;
}

const TYPE_OPTIONS = ACTION_TYPES.map((value) => ({ value, label: ACTION_TYPE_LABELS[value] }));
const STATUS_OPTIONS = ACTION_STATUSES.map((value) => ({ value, label: ACTION_STATUS_LABELS[value] }));
const QUESTION_OPTIONS = [
  { value: '', label: 'None' },
  ...QUESTIONS.map((value) => ({ value, label: QUESTION_LABELS[value] })),
] as const;

/**
 * Every field of one action item edited in place, with its nudges: the body of a row of the
 * ranked list and of the card the Action review walks, so both edit the item the same way.
 */
export function ActionItemEditor({ item, findings, onUpdate, actions }: ActionItemEditorProps) {
  // The review card and the list show the same item at once: the nudges' ids must not clash.
  const nudgeScope = `${item.id}${useId()}`;
  const about = (field: CheckedField) =>
    findings.some((finding) => finding.field === field) ? nudgeId(nudgeScope, field) : undefined;
  const saveText = (field: 'owner' | 'successMeasure' | 'trackerUrl') => (text: string) =>
    onUpdate({ [field]: text.trim() });

  return (
    <div className="action-editor">
      <div className="action-row__head">
        <InlineTextField
          label="Title"
          labelHidden
          className="action-row__title"
          value={item.title}
          describedBy={about('title')}
          coach={{ kind: 'actionItems', record: item, field: 'title' }}
          onCommit={(text) =>
            text.trim() === ''
              ? Promise.resolve('A title is needed. To drop the item, delete it.')
              : onUpdate({ title: text.trim() })
          }
        />
        {actions ? <div className="action-row__actions">{actions}</div> : null}
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
            return parsed.date === item.dueDate ? Promise.resolve(true) : onUpdate({ dueDate: parsed.date });
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
          label="Tracker link"
          className="action-row__link"
          type="url"
          value={item.trackerUrl}
          onCommit={saveText('trackerUrl')}
        />
        <InlineTextField
          label="Success measure"
          className="action-row__wide"
          value={item.successMeasure}
          describedBy={about('successMeasure')}
          onCommit={saveText('successMeasure')}
        />
      </div>
      <Nudges itemId={nudgeScope} findings={findings} />
    </div>
  );
}
