import type { CheckState, ReflectionCheck } from '../../../shared/domain/coach/reflectionChecks';
import { CHECK_STATE_LABELS } from '../../../shared/domain/report/reflectionSection';

const MARKS: Record<CheckState, string> = { met: '✓', open: '!', 'not-applicable': '–' };

/**
 * Checks as a list a screen reader reads in full: each item says its state in words ("Open:"),
 * the mark beside it is decoration.
 */
export function CheckList({ checks, label }: { checks: readonly ReflectionCheck[]; label: string }) {
  return (
    <ul className="check-list" aria-label={label}>
      {checks.map((item) => (
        <li key={item.id} className={`check-list__item check-list__item--${item.state}`}>
          <span className="check-list__mark" aria-hidden="true">
            {MARKS[item.state]}
          </span>
          <span>
            <span className="check-list__state">{CHECK_STATE_LABELS[item.state]}:</span>{' '}
            <strong>{item.label}</strong>
            <span className="check-list__detail"> {item.detail}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
