import { useState } from 'react';
import type { CoachFinding } from '../../../shared/domain/coach/meetingFindings';
import { Button } from '../../components/Button';
import { useApp } from '../../store/useApp';
import { FindingWords } from './FindingWords';
import { useFieldFindings, type CoachTarget } from './useCoach';
import './coach.css';

/** The id of a field's coach hint, for its control's aria-describedby. */
export function coachHintId(fieldId: string): string {
  return `${fieldId}-coach`;
}

/**
 * The coach's gentle notes under a field: the words, what kind of wording it is, a reframing,
 * and "This is fine here" to dismiss one (remembered with the meeting). Never a blocker, so never
 * role="alert"; only the console and the note-takers' screens render it, never the projector.
 */
export function CoachHint({ id, findings }: { id: string; findings: readonly CoachFinding[] }) {
  const dismiss = useApp((state) => state.dismissFinding);
  const restore = useApp((state) => state.restoreFinding);
  const [dismissed, setDismissed] = useState<CoachFinding | null>(null);
  if (findings.length === 0 && !dismissed) return null;
  return (
    <div className="coach-hint" id={id}>
      {findings.length > 0 ? (
        <ul className="coach-hint__list" aria-label="Blameless wording">
          {findings.map((found) => (
            <li key={found.key} className="coach-hint__item">
              <FindingWords finding={found.finding} />{' '}
              <Button
                variant="quiet"
                className="coach-hint__dismiss"
                aria-label={`This is fine here: “${found.finding.span}”`}
                onClick={() => void dismiss(found.key).then((ok) => ok && setDismissed(found))}
              >
                This is fine here
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {dismissed ? (
        <p className="coach-hint__undo" role="status">
          Marked fine here: “{dismissed.finding.span}”.{' '}
          <Button
            variant="quiet"
            onClick={() => void restore(dismissed.key).then((ok) => ok && setDismissed(null))}
          >
            Undo
          </Button>
        </p>
      ) : null}
    </div>
  );
}

/**
 * The hint of one coached field, from its saved text. A component of its own, rendered only
 * where a field is coached, so fields outside a meeting (templates, dialogs) need no store.
 */
export function FieldCoach({ id, coach, text }: { id: string; coach: CoachTarget; text: string }) {
  return <CoachHint id={id} findings={useFieldFindings(coach, text)} />;
}
