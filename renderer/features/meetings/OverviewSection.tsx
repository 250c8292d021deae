import type { MeetingRecords } from '../../../shared/types';
import { EditAgendaButton } from '../agenda/EditAgendaButton';
import { AgendaSummary } from './AgendaSummary';
import { ExportBundlePanel } from './ExportBundlePanel';
import { IncidentSummary } from './IncidentSummary';
import { MeetingCounts } from './MeetingCounts';
import { PrepareWorkspaces } from '../workspaces/PrepareWorkspaces';

/**
 * The meeting before and around the room: the incident (editable), who is in the room, the
 * statement and the impact, open and first; beside them the agenda, the counts and sharing.
 */
export function OverviewSection({ records }: { records: MeetingRecords }) {
  return (
    <div className="overview__grid overview__grid--main">
      <div className="overview__primary">
        <IncidentSummary meeting={records.meeting} />
        <PrepareWorkspaces records={records} />
      </div>
      <div className="overview__side">
        <AgendaSummary steps={records.agenda} />
        <EditAgendaButton />
        <MeetingCounts records={records} />
        <ExportBundlePanel />
      </div>
    </div>
  );
}
