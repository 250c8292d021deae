import type { MeetingRecords } from '../../../../shared/types';
import { useNow } from '../../meetings/useNow';
import { TimelineStrip } from '../../timeline/TimelineStrip';
import { useEventLogFacts } from '../../timeline/useEventLogFacts';
import { IncidentNumbers } from './IncidentNumbers';
import { ProjectorEventList } from './ProjectorEventList';
import '../../../styles/timelineNumbers.css';
import './eventLog.css';

/**
 * Event log: the phase strip, the newest facts as they are typed, and the numbers and red flags
 * derived from them (the same shared/domain functions as the console's event log).
 */
export function EventLogContent({ records }: { records: MeetingRecords }) {
  // Only a draft's red flags depend on the time (the meeting delay), as in the console's event log.
  const now = useNow(60_000);
  const { events, metrics, flags, layout } = useEventLogFacts(records, now);
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
