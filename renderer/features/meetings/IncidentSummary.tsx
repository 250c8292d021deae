import { incidentDurationSeconds } from '../../../shared/domain/meetings/incidentTimes';
import type { Input } from '../../../shared/contract';
import type { Meeting } from '../../../shared/types';
import { useApp } from '../../store/useApp';
import { AutosaveField } from '../autosave/AutosaveField';
import { ClockSettingField } from '../clock/ClockSettingField';
import { TypedTimeField } from '../autosave/TypedTimeField';
import { formatDuration } from '../../../shared/domain/format/duration';
import { INCIDENT_TIME_FIELDS } from './meetingForm';
import { SeverityBadge } from './SeverityBadge';

type MeetingPatch = Input<'meetings.update'>['patch'];

/**
 * The incident, editable where a facilitator looks for it: id, milestones, time zone, clock and the
 * executive summary the report opens with. Each field saves as it is typed, and the core judges
 * it (an unknown zone, a resolution before the start) with the reason beside the field.
 */
export function IncidentSummary({ meeting }: { meeting: Meeting }) {
  const write = useApp((state) => state.writeRecord);
  const duration = incidentDurationSeconds(meeting);
  const save = (patch: MeetingPatch) => write('meetings.update', { id: meeting.id, patch });
  return (
    <section className="panel incident-editor" aria-labelledby="incident-summary-title">
      <h2 id="incident-summary-title">Incident</h2>
      <div className="incident-editor__row">
        <AutosaveField
          label="Incident id"
          value={meeting.incidentId}
          placeholder="e.g. INC-2291"
          save={(incidentId) => save({ incidentId })}
        />
        <p className="incident-editor__fact">
          <span className="field__label">Severity</span> <SeverityBadge severity={meeting.severity} />
        </p>
        <AutosaveField
          label="Time zone"
          value={meeting.timeZone}
          hint="IANA name, e.g. Europe/Berlin or UTC: event times are read and shown in it."
          save={(timeZone) => save({ timeZone: timeZone.trim() })}
        />
        <ClockSettingField meeting={meeting} />
      </div>
      <div className="incident-editor__times">
        {INCIDENT_TIME_FIELDS.map(({ name, label }, index) => {
          const before = INCIDENT_TIME_FIELDS[index - 1];
          const previousAt = before ? meeting[before.name] : null;
          return (
            <TypedTimeField
              key={name}
              label={label}
              at={meeting[name]}
              timeZone={meeting.timeZone}
              previousAt={previousAt}
              incidentStartAt={meeting.startedAt}
              hint={before && previousAt !== null ? `or +20m after ${before.label.toLowerCase()}` : undefined}
              save={(at) => save({ [name]: at })}
            />
          );
        })}
      </div>
      {duration !== null ? (
        <p className="incident-editor__fact">
          <span className="field__label">Start to resolution</span>{' '}
          <strong>{formatDuration(duration)}</strong>
        </p>
      ) : null}
      <AutosaveField
        label="Executive summary"
        multiline
        rows={4}
        value={meeting.summary}
        hint="What happened and what it cost, in a few sentences for readers outside the team: the report opens with it."
        save={(summary) => save({ summary })}
        coach={{ kind: 'meeting', record: meeting, field: 'summary' }}
      />
    </section>
  );
}
