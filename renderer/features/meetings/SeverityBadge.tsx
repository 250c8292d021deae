import { MEETING_STATUS_LABELS, SEVERITY_LABELS } from '../../../shared/domain/vocabulary';
import type { Meeting } from '../../../shared/types';

/**
 * Severity in colour and in words: colour alone fails colour-blind readers and washes out on
 * many projectors, so the label always says it too.
 */
export function SeverityBadge({ severity }: { severity: Meeting['severity'] }) {
  if (severity === null) return <span className="badge badge--severity-none">No severity</span>;
  return <span className={`badge badge--${severity.toLowerCase()}`}>{SEVERITY_LABELS[severity]}</span>;
}

export function StatusBadge({ status }: { status: Meeting['status'] }) {
  return <span className={`badge badge--status badge--${status}`}>{MEETING_STATUS_LABELS[status]}</span>;
}
