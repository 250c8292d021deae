import { checkActionItem } from '../../../../shared/domain/actionItems/quality';
import { ACTION_TYPE_LABELS } from '../../../../shared/domain/vocabulary';
import type { ActionItem } from '../../../../shared/types';
import { Nudges } from '../../action-items/Nudges';
import { useToday } from '../../action-items/useToday';
import '../../action-items/actionItemList.css';

/**
 * The action item under review, enlarged: the change, its owner, due date, type and success
 * measure, and what the quality checks say it still lacks (the console's nudges, a due date
 * gone by among them), so the room settles each gap before the facilitator moves on.
 */
export function ReviewedItem({ item, position }: { item: ActionItem; position: number }) {
  const findings = checkActionItem(item, useToday());
  const fields = [
    { label: 'Owner', value: item.owner },
    { label: 'Due', value: item.dueDate ?? '' },
    { label: 'Type', value: ACTION_TYPE_LABELS[item.type] },
    // On a row of its own: a real measure is a sentence, which the fourth column cut with "…".
    { label: 'Success measure', value: item.successMeasure, wide: true },
  ];
  return (
    <li className="projector-rank projector-rank--reviewed" aria-current="true">
      <span className="projector-rank__position" aria-hidden="true">
        {position}
      </span>
      <div className="projector-rank__body">
        <p className="projector-rank__label">Under review</p>
        <p className="projector-item__title">{item.title}</p>
        <dl className="projector-rank__fields">
          {fields.map(({ label, value, wide }) => (
            <div
              key={label}
              className={[
                'projector-rank__field',
                value ? '' : 'projector-rank__field--unset',
                wide ? 'projector-rank__field--wide' : '',
              ]
                .filter(Boolean)
                .join(' ')}
            >
              <dt>{label}</dt>
              <dd>{value || 'Not set'}</dd>
            </div>
          ))}
        </dl>
        {findings.length === 0 ? (
          <p className="projector-rank__ready">
            <span aria-hidden="true">✓ </span>Specific, owned, dated and measurable
          </p>
        ) : (
          <Nudges itemId={item.id} findings={findings} />
        )}
      </div>
    </li>
  );
}
