import { useMemo } from 'react';
import type { MeetingRecords } from '../../../shared/types';
import { readiness } from '../../../shared/domain/actionItems/quality';
import { QUESTION_LABELS } from '../../../shared/domain/actionItems/defaults';
import { Button } from '../../components/Button';
import { useAfterPaint } from '../../components/useAfterPaint';
import { useApp } from '../../store/useApp';
import { WordingCount } from '../coach/WordingCount';
import { useToday } from './useToday';

/**
 * How many of the items still to specify are named: the top of the priority order is what the
 * review gets to, and a list of 2,000 titles beside the list itself helps no one (issue #16).
 */
const NAMED_INCOMPLETE = 10;

/**
 * Where the list stands for the Action review step: how many items are specific and owned, which
 * still have gaps, and which question has no item and no explicit "nothing to do".
 */
export function ReadinessPanel({ records: current }: { records: MeetingRecords }) {
  // Checking every item and the meeting's wording walks the whole meeting: it follows a change
  // after the change has painted (issue #16: 20 ms of an add at 2,000 items), not inside it.
  const records = useAfterPaint(current);
  const { actionItems, questions } = records;
  const today = useToday();
  const { complete, incomplete, uncoveredQuestions } = useMemo(
    () => readiness({ actionItems, questions }, today),
    [actionItems, questions, today],
  );
  const unnamed = incomplete.length - NAMED_INCOMPLETE;
  const setNothingToDo = useApp((state) => state.setNothingToDo);
  const total = complete.length + incomplete.length;
  return (
    <section className="panel readiness" aria-labelledby="readiness-title">
      <h3 id="readiness-title">Ready for review</h3>
      <p className="readiness__score">
        <strong>{complete.length}</strong> of {total} {total === 1 ? 'item is' : 'items are'} complete
      </p>
      <WordingCount records={records} />
      {incomplete.length > 0 ? (
        <>
          <h4>Still to specify</h4>
          <ul className="readiness__list">
            {incomplete.slice(0, NAMED_INCOMPLETE).map(({ item, findings }) => (
              <li key={item.id}>
                <span className="readiness__item">{item.title}</span>
                <span className="muted">
                  {' '}
                  — {findings.map((finding) => finding.message.toLowerCase()).join(', ')}
                </span>
              </li>
            ))}
          </ul>
          {unnamed > 0 ? (
            <p className="muted">
              and {unnamed.toLocaleString('en-US')} more further down the priority order
            </p>
          ) : null}
        </>
      ) : null}
      {uncoveredQuestions.length > 0 ? (
        <>
          <h4>Questions with no action item</h4>
          <ul className="readiness__list">
            {uncoveredQuestions.map((question) => (
              <li key={question} className="readiness__question">
                <span>{QUESTION_LABELS[question]}</span>
                <Button
                  variant="quiet"
                  aria-label={`${QUESTION_LABELS[question]}: nothing to do`}
                  onClick={() => void setNothingToDo(question, true)}
                >
                  Nothing to do
                </Button>
              </li>
            ))}
          </ul>
          <p className="muted">Add an item that answers it, or say that it needs none.</p>
        </>
      ) : (
        <p>Every question has an action item or an explicit “nothing to do”.</p>
      )}
    </section>
  );
}
