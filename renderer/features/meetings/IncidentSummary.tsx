import { incidentDurationSeconds } from '../../../shared/domain/meetings/incidentTimes';
import type { Meeting } from '../../../shared/types';
import { formatInZone, formatDuration, formatUtc } from './formatTime';
import { INCIDENT_TIME_FIELDS } from './meetingForm';
import { SeverityBadge } from './SeverityBadge';

/** The incident as the owner filled it in before the meeting: id, severity, milestones, summary. */
export function IncidentSummary({ meeting }: { meeting: Meeting }) {
  const duration = incidentDurationSeconds(meeting);
  return (
    <section className="panel" aria-labelledby="incident-summary-title">
      <h2 id="incident-summary-title">Incident</h2>
      <dl className="facts">
        <div>
          <dt>Incident id</dt>
          <dd>{meeting.incidentId || 'Not set'}</dd>
        </div>
        <div>
          <dt>Severity</dt>
          <dd>
            <SeverityBadge severity={meeting.severity} />
          </dd>
        </div>
        {INCIDENT_TIME_FIELDS.map(({ name, label }) => {
          const at = meeting[name];
          const inZone = at === null ? null : formatInZone(at, meeting.timeZone);
          return (
            <div key={name}>
              <dt>{label}</dt>
              <dd>
                {at === null ? (
                  <span className="muted">Not known yet</span>
                ) : (
                  <>
                    <time dateTime={new Date(at).toISOString()}>{formatUtc(at)}</time>
                    {inZone ? <span className="facts__secondary">{inZone}</span> : null}
                  </>
                )}
              </dd>
            </div>
          );
        })}
        {duration !== null ? (
          <div>
            <dt>Start to resolution</dt>
            <dd>{formatDuration(duration)}</dd>
          </div>
        ) : null}
        <div>
          <dt>Time zone</dt>
          <dd>{meeting.timeZone}</dd>
        </div>
        {meeting.affectedServices.length > 0 ? (
          <div>
            <dt>Affected services</dt>
            <dd>{meeting.affectedServices.join(', ')}</dd>
          </div>
        ) : null}
      </dl>
      {meeting.summary ? <p className="panel__text">{meeting.summary}</p> : null}
    </section>
  );
}
