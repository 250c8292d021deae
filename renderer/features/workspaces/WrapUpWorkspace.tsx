import { LESSON_KIND_LABELS, LESSON_KINDS, type LessonKind } from '../../../shared/domain/vocabulary';
import type { MeetingRecords } from '../../../shared/types';
import { useApp } from '../../store/useApp';
import { RecordList } from './RecordList';
import './workspaces.css';

/** What one entry of each list is called in its labels ("Went well 2", "Add got lucky"). */
const LESSON_NOUNS: Record<LessonKind, string> = {
  'went-well': 'Went well',
  'went-wrong': 'Went wrong',
  'got-lucky': 'Got lucky',
};

/** Wrap-up: the lessons, in the three lists the practice asks for. */
export function WrapUpWorkspace({ records }: { records: MeetingRecords }) {
  const write = useApp((state) => state.writeRecord);
  const capture = useApp((state) => state.captureNewRecord);
  const patch = useApp((state) => state.writeRecordPatch);
  return (
    <div className="workspace workspace--columns">
      {LESSON_KINDS.map((kind) => (
        <RecordList
          key={kind}
          draftKey={`lessons/${kind}`}
          title={LESSON_KIND_LABELS[kind]}
          noun={LESSON_NOUNS[kind]}
          items={records.lessons.filter((lesson) => lesson.kind === kind)}
          addText={(text) => capture('lessons', { kind, text })}
          updateText={(id, text) => patch('lessons', id, { text })}
          setPosition={(id, position) => patch('lessons', id, { position })}
          remove={(id) => write('lessons.remove', { id })}
          restore={(id) => write('lessons.restore', { id })}
          coachKind="lessons"
        />
      ))}
    </div>
  );
}
