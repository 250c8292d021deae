import { LESSON_KIND_LABELS, LESSON_KINDS } from '../../../../shared/domain/vocabulary';
import type { MeetingRecords } from '../../../../shared/types';
import { earlierNote, FittedList } from '../FittedList';
import './stepContent.css';

/** Wrap-up: the lessons side by side, in the three lists the practice asks for. */
export function WrapUpContent({ records }: { records: MeetingRecords }) {
  return (
    <div className="projector__content projector-wrap-up">
      {LESSON_KINDS.map((kind) => {
        const lessons = records.lessons
          .filter((lesson) => lesson.kind === kind)
          .sort((a, b) => a.position - b.position);
        return (
          <FittedList
            key={kind}
            className={`projector-lessons projector-lessons--${kind}`}
            title={LESSON_KIND_LABELS[kind]}
            items={lessons}
            anchor={lessons.length - 1}
            content={records}
            hiddenNote={earlierNote('earlier one', 'earlier ones')}
            empty="Nothing yet."
            renderItem={(lesson) => <li key={lesson.id}>{lesson.text}</li>}
          />
        );
      })}
    </div>
  );
}
