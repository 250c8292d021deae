import { PARTICIPANT_ROLE_LABELS } from '../../../../shared/domain/vocabulary';
import type { MeetingRecords } from '../../../../shared/types';
import { countOf, FittedList } from '../FittedList';
import { RoomJoinCard } from '../../room/RoomJoinCard';
import './stepContent.css';

/** Opening: the blameless statement, read aloud, and who is in the room. */
export function OpeningContent({ records }: { records: MeetingRecords }) {
  const participants = [...records.participants].sort((a, b) => a.position - b.position);
  return (
    <div className="projector__content projector-opening">
      <blockquote className="projector__statement">{records.meeting.blamelessStatement}</blockquote>
      <RoomJoinCard meetingId={records.meeting.id} />
      {participants.length > 0 ? (
        <FittedList
          className="projector-opening__people"
          title="In the room"
          items={participants}
          anchor={0}
          content={records}
          hiddenNote={(_before, after) => (after > 0 ? `+ ${countOf(after, 'other', 'others')}` : null)}
          renderItem={(person) => (
            <li key={person.id} className="projector-person">
              <span className="projector-person__name">{person.name}</span>
              <span className="projector-person__role">{PARTICIPANT_ROLE_LABELS[person.role]}</span>
            </li>
          )}
        />
      ) : null}
    </div>
  );
}
