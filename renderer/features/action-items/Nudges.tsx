import type { CheckedField, Finding } from '../../../shared/domain/actionItems/quality';

/** The id of the nudge about `field` of item `itemId`, for the field's aria-describedby. */
export function nudgeId(itemId: string, field: CheckedField): string {
  return `nudge-${itemId}-${field}`;
}

/**
 * The quality checks' findings for one item, as gentle notes under it: what is missing or vague
 * and what would make it specific. Never a blocker (DESIGN.md section 5), so never role="alert".
 */
export function Nudges({ itemId, findings }: { itemId: string; findings: readonly Finding[] }) {
  if (findings.length === 0) return null;
  return (
    <ul className="nudges" aria-label="Suggestions">
      {findings.map((finding) => (
        <li
          key={finding.field}
          id={nudgeId(itemId, finding.field)}
          className={`nudge nudge--${finding.kind}`}
        >
          <strong className="nudge__message">{finding.message}.</strong>
          {finding.hint ? <span className="nudge__hint"> {finding.hint}</span> : null}
        </li>
      ))}
    </ul>
  );
}
