import { useMemo } from 'react';
import { chronological, incidentMetrics } from '../../../../shared/domain/timeline/metrics';
import { redFlags } from '../../../../shared/domain/timeline/redFlags';
import { stripLayout } from '../../../../shared/domain/timeline/strip';
import type { MeetingRecords } from '../../../../shared/types';
import { useNow } from '../../meetings/useNow';
import { TimelineStrip } from '../../timeline/TimelineStrip';
import { IncidentNumbers } from './IncidentNumbers';
import { ProjectorEventList } from './ProjectorEventList';
import '../../../styles/timelineNumbers.css';
import './eventLog.css';

/**
 * Event log: the phase strip, the newest facts as they are typed, and the numbers and red flags
 * derived from them (the same shared/domain functions as the console's event log).
 */
export function EventLogContent({ records }: { records: MeetingRecords }) {
  const events = useMemo(() => chronological(records.timeline), [records.timeline]);
  const metrics = useMemo(() => incidentMetrics(records), [records]);
  // Only a draft's red flags depend on the time (the meeting delay), as in the console's event log.
  const now = useNow(60_000);
  const flags = useMemo(() => redFlags(records, now), [records, now]);
  const layout = useMemo(() => stripLayout(records), [records]);
  return (
    <div className="projector__content projector-event-log">
      {layout ? (
        <TimelineStrip layout={layout} timeZone={records.meeting.timeZone} variant="projector" />
      ) : null}
      <ProjectorEventList
        meeting={records.meeting}
        events={events}
        start={metrics.milestones.start}
        resolved={metrics.milestones.resolved}
        content={records}
      />
      <IncidentNumbers metrics={metrics} flags={flags} />
    </div>
  );
}
