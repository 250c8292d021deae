import {
  PARTICIPANT_ROLE_LABELS,
  PARTICIPANT_ROLES,
  type ParticipantRole,
} from '../../../shared/domain/vocabulary';
import type { MeetingRecords } from '../../../shared/types';
import { useApp } from '../../store/useApp';
import { AutosaveField } from '../autosave/AutosaveField';
import { RecordList } from './RecordList';
import './workspaces.css';

/** Opening: who is in the room (name and role, never a cause) and the blameless statement read aloud. */
export function OpeningWorkspace({ records }: { records: MeetingRecords }) {
  const write = useApp((state) => state.writeRecord);
  const capture = useApp((state) => state.captureNewRecord);
  const patch = useApp((state) => state.writeRecordPatch);
  const { meeting } = records;
  const people = records.participants.map((participant) => ({ ...participant, text: participant.name }));
  return (
    <div className="workspace workspace--opening">
      <AutosaveField
        className="workspace__statement"
        label="Blameless statement (read aloud, shown on the projector)"
        multiline
        rows={4}
        value={meeting.blamelessStatement}
        save={(text) => write('meetings.update', { id: meeting.id, patch: { blamelessStatement: text } })}
      />
      <RecordList
        draftKey="participants"
        title="Participants"
        noun="Participant"
        items={people}
        addText={(name) => capture('participants', { name })}
        updateText={(id, name) => patch('participants', id, { name })}
        setPosition={(id, position) => patch('participants', id, { position })}
        remove={(id) => write('participants.remove', { id })}
        restore={(id) => write('participants.restore', { id })}
        extra={(person) => (
          <label className="record-list__extra">
            <span className="field__label">Role of {person.name}</span>
            <select
              value={person.role}
              onChange={(event) =>
                void write('participants.update', {
                  id: person.id,
                  patch: { role: event.target.value as ParticipantRole },
                })
              }
            >
              {PARTICIPANT_ROLES.map((role) => (
                <option key={role} value={role}>
                  {PARTICIPANT_ROLE_LABELS[role]}
                </option>
              ))}
            </select>
          </label>
        )}
      />
    </div>
  );
}
