import { LANGUAGE_CATEGORY_LABELS, type LanguageFinding } from '../../../shared/domain/coach/language';
import './coach.css';

/** One finding in words: the span, what kind of wording it is, and the reframing. */
export function FindingWords({ finding }: { finding: LanguageFinding }) {
  return (
    <>
      <q className="coach-hint__span">{finding.span}</q>{' '}
      <strong>{LANGUAGE_CATEGORY_LABELS[finding.category]}.</strong> <span>{finding.reframing}</span>
    </>
  );
}
