import { useId } from 'react';
import type { Question } from '../../../../shared/domain/vocabulary';
import type { MeetingRecords } from '../../../../shared/types';
import { byRank } from '../../action-items/actionItemsSlice';
import { earlierNote, FittedList } from '../FittedList';
import { OwnerAndDue } from './OwnerAndDue';
import './stepContent.css';

/**
 * One of the three questions (the question itself is the header's prompt): its notes as they are
 * typed, its short answer and whether it is answered, and the action items filed under it. Only
 * this question's, so the discussion does not creep from one question to another; the sections
 * need not name the question, which is the screen's title.
 */
export function QuestionContent({ records, question }: { records: MeetingRecords; question: Question }) {
  const answerId = useId();
  const state = records.questions.find((entry) => entry.question === question);
  const notes = records.questionNotes
    .filter((note) => note.question === question)
    .sort((a, b) => a.position - b.position);
  const items = byRank(records.actionItems.filter((item) => item.question === question));
  return (
    <div className="projector__content projector-question">
      <FittedList
        className="projector-notes"
        title="Notes"
        items={notes}
        anchor={notes.length - 1}
        content={records}
        hiddenNote={earlierNote('earlier note', 'earlier notes')}
        empty="No notes yet."
        renderItem={(note) => <li key={note.id}>{note.text}</li>}
      />
      <div className="projector-question__side">
        <section className="projector-answer" aria-labelledby={answerId}>
          <h2 id={answerId}>Short answer</h2>
          {state?.answered ? (
            <p className="projector-badge">
              <span aria-hidden="true">✓ </span>Answered
            </p>
          ) : null}
          <p className={state?.answer ? 'projector-answer__text' : 'projector-list__empty'}>
            {state?.answer || 'Not answered yet.'}
          </p>
          {state?.nothingToDo ? (
            <p className="projector-answer__note">Nothing to do for this question.</p>
          ) : null}
        </section>
        <FittedList
          className="projector-question__items"
          title="Action items"
          items={items}
          anchor={items.length - 1}
          content={records}
          hiddenNote={earlierNote('earlier item', 'earlier items')}
          empty="None yet."
          renderItem={(item) => (
            <li key={item.id} className="projector-item">
              <p className="projector-item__title">{item.title}</p>
              <OwnerAndDue item={item} />
            </li>
          )}
        />
      </div>
    </div>
  );
}
