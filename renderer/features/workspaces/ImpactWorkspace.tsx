import type { Result } from '../../../shared/contract/errors';
import { incidentDurationSeconds } from '../../../shared/domain/meetings/incidentTimes';
import { incidentMilestones } from '../../../shared/domain/timeline/metrics';
import { formatEventTime } from '../../../shared/domain/timeline/zonedTime';
import { SEVERITIES, SEVERITY_LABELS, type Severity } from '../../../shared/domain/vocabulary';
import type { Impact, MeetingRecords } from '../../../shared/types';
import { useApp } from '../../store/useApp';
import { selectMeetingClock } from '../clock/clockSlice';
import { AutosaveField } from '../autosave/AutosaveField';
import { TypedTimeField } from '../autosave/TypedTimeField';
import { formatDuration } from '../../../shared/domain/format/duration';
import { numberText, parseNumberField } from './numberField';
import './workspaces.css';

type NumberKey =
  | 'usersAffected'
  | 'usersAffectedPercent'
  | 'revenueLossEstimate'
  | 'supportTickets'
  | 'onCallHours'
  | 'peoplePaged'
  | 'dataLostCount';
type TextKey = 'regions' | 'currency' | 'customerReactions' | 'notes' | 'dataLost';

const NUMBER_FIELDS: readonly { key: NumberKey; label: string; whole: boolean }[] = [
  { key: 'usersAffected', label: 'Users affected', whole: true },
  { key: 'usersAffectedPercent', label: 'Users affected (%)', whole: false },
  { key: 'revenueLossEstimate', label: 'Lost revenue (estimate)', whole: false },
  { key: 'supportTickets', label: 'Support tickets', whole: true },
  { key: 'onCallHours', label: 'On-call hours', whole: false },
  { key: 'peoplePaged', label: 'People paged', whole: true },
  { key: 'dataLostCount', label: 'Data lost (rows, records, accounts)', whole: true },
];

/**
 * When the impact was mapped. It feeds the red flag "more than 15 minutes from root cause
 * identified to impact mapped", so `+20m` counts from the root cause, the moment that flag measures from.
 */
function MappedAtField({ records }: { records: MeetingRecords }) {
  const write = useApp((state) => state.writeRecord);
  const { meeting } = records;
  const rootCauseAt = incidentMilestones(records).rootCause?.at ?? null;
  const clock = useApp(selectMeetingClock);
  return (
    <TypedTimeField
      label="Impact mapped at"
      at={records.impact?.mappedAt ?? null}
      timeZone={meeting.timeZone}
      previousAt={rootCauseAt}
      incidentStartAt={meeting.startedAt}
      hint={
        rootCauseAt === null
          ? undefined
          : `or +20m after the root cause (identified ${formatEventTime(rootCauseAt, meeting.timeZone, clock)})`
      }
      save={(mappedAt) => write('impact.update', { meetingId: meeting.id, patch: { mappedAt } })}
    />
  );
}

/** Impact (DESIGN.md section 3): the numbers, the reactions and the meeting's severity and services. */
export function ImpactWorkspace({ records }: { records: MeetingRecords }) {
  const write = useApp((state) => state.writeRecord);
  const { meeting, impact } = records;
  const duration = incidentDurationSeconds(meeting);

  function saveNumber(key: NumberKey, text: string, whole: boolean): Promise<Result<unknown>> {
    const parsed = parseNumberField(text, whole);
    if (!parsed.ok) return Promise.resolve(parsed);
    return write('impact.update', { meetingId: meeting.id, patch: { [key]: parsed.value } });
  }
  const textField = (key: TextKey, label: string, multiline = false) => (
    <AutosaveField
      label={label}
      multiline={multiline}
      value={(impact as Impact | null)?.[key] ?? ''}
      save={(text) => write('impact.update', { meetingId: meeting.id, patch: { [key]: text } })}
      coach={key === 'notes' && impact ? { kind: 'impact', record: impact, field: 'notes' } : undefined}
    />
  );

  return (
    <div className="workspace workspace--impact">
      <div className="workspace__facts">
        <p className="workspace__duration">
          <span className="field__label">Duration</span>{' '}
          <strong>
            {duration === null
              ? 'Not known until the start and resolution times are set'
              : formatDuration(duration)}
          </strong>
        </p>
        <label className="workspace__select">
          <span className="field__label">Severity</span>
          <select
            value={meeting.severity ?? ''}
            onChange={(event) =>
              void write('meetings.update', {
                id: meeting.id,
                patch: { severity: event.target.value === '' ? null : (event.target.value as Severity) },
              })
            }
          >
            <option value="">Not set</option>
            {SEVERITIES.map((severity) => (
              <option key={severity} value={severity}>
                {SEVERITY_LABELS[severity]}
              </option>
            ))}
          </select>
        </label>
        <AutosaveField
          label="Affected services (comma-separated)"
          value={meeting.affectedServices.join(', ')}
          save={(text) =>
            write('meetings.update', {
              id: meeting.id,
              patch: {
                affectedServices: text
                  .split(',')
                  .map((name) => name.trim())
                  .filter(Boolean),
              },
            })
          }
        />
      </div>
      <div className="workspace__grid">
        {NUMBER_FIELDS.map(({ key, label, whole }) => (
          <AutosaveField
            key={key}
            label={label}
            inputMode={whole ? 'numeric' : 'decimal'}
            value={numberText(impact?.[key])}
            save={(text) => saveNumber(key, text, whole)}
          />
        ))}
        {textField('currency', 'Currency (e.g. EUR)')}
        {textField('regions', 'Regions and segments')}
        {textField('dataLost', 'Data lost: what, and did it come back?')}
        <MappedAtField records={records} />
      </div>
      {textField('customerReactions', 'Customer reactions', true)}
      {textField('notes', 'Notes', true)}
    </div>
  );
}
