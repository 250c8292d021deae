import type { MeetingRecords } from '../../../shared/types';
import { EditAgendaButton } from '../agenda/EditAgendaButton';
import { AgendaSummary } from './AgendaSummary';
import { ExportBundlePanel } from './ExportBundlePanel';
import { IncidentSummary } from './IncidentSummary';
import { MeetingCounts } from './MeetingCounts';
import { PrepareWorkspaces } from '../workspaces/PrepareWorkspaces';

/** The meeting at a glance: the incident, the agenda, what has been recorded, sharing. */
export function OverviewSection({ records }: { records: MeetingRecords }) {
  return (
    <>
      <div className="overview__grid">
        <IncidentSummary meeting={records.meeting} />
        <div className="overview__side">
          <AgendaSummary steps={records.agenda} />
          <EditAgendaButton />
          <MeetingCounts records={records} />
          <ExportBundlePanel />
        </div>
      </div>
      <PrepareWorkspaces records={records} />
    </>
  );
}
