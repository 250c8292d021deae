import { QUESTION_LABELS } from '../../../shared/domain/actionItems/defaults';
import type { Question } from '../../../shared/domain/vocabulary';
import type { MeetingRecords } from '../../../shared/types';
import { useApp } from '../../store/useApp';
import { QuestionActionItems } from '../action-items/QuestionActionItems';
import { AutosaveField } from '../autosave/AutosaveField';
import { RecordList } from './RecordList';
import { RootCausePanel } from './RootCausePanel';
import './workspaces.css';

interface QuestionWorkspaceProps {
  records: MeetingRecords;
  question: Question;
  /** The question as asked; shown large where the console does not already show it. */
  prompt?: string;
}

/**
 * One of the three questions: short notes, a short answer, the "answered" toggle, the action
 * items captured and refined under it, and the root-cause panel. Only this question's notes and
 * items show, so the discussion does not creep from one question to another.
 */
export function QuestionWorkspace({ records, question, prompt }: QuestionWorkspaceProps) {
  const write = useApp((state) => state.writeRecord);
  const capture = useApp((state) => state.captureNewRecord);
  const patch = useApp((state) => state.writeRecordPatch);
  const meetingId = records.meeting.id;
  const state = records.questions.find((entry) => entry.question === question);
  const update = (patch: { answer?: string; answered?: boolean; nothingToDo?: boolean }) =>
    write('questions.update', { meetingId, question, patch });

  return (
    <div className="workspace workspace--question">
      <div className="workspace__main">
        {prompt ? <p className="workspace__question">{prompt}</p> : null}
        <RecordList
          draftKey={`notes/${question}`}
          title="Notes"
          noun="Note"
          items={records.questionNotes.filter((note) => note.question === question)}
          addText={(text) => capture('questionNotes', { question, text })}
          updateText={(id, text) => patch('questionNotes', id, { text })}
          setPosition={(id, position) => patch('questionNotes', id, { position })}
          remove={(id) => write('questionNotes.remove', { id })}
          restore={(id) => write('questionNotes.restore', { id })}
          coachKind="questionNotes"
        />
        <AutosaveField
          label="Short answer"
          multiline
          rows={2}
          value={state?.answer ?? ''}
          save={(answer) => update({ answer })}
          coach={state ? { kind: 'questions', record: state, field: 'answer' } : undefined}
        />
        <div className="workspace__toggles">
          <label>
            <input
              type="checkbox"
              checked={state?.answered ?? false}
              onChange={(event) => void update({ answered: event.target.checked })}
            />{' '}
            Answered
          </label>
          <label>
            <input
              type="checkbox"
              checked={state?.nothingToDo ?? false}
              onChange={(event) => void update({ nothingToDo: event.target.checked })}
            />{' '}
            Nothing to do for this question
          </label>
        </div>
      </div>
      <RootCausePanel records={records} />
      {/* Full width: each item has seven fields, too many for the column beside the root cause. */}
      <section
        className="workspace__panel workspace__wide"
        aria-label={`Action items for ${QUESTION_LABELS[question]}`}
      >
        <h3>Action items for “{QUESTION_LABELS[question]}”</h3>
        <QuestionActionItems question={question} items={records.actionItems} />
      </section>
    </div>
  );
}
