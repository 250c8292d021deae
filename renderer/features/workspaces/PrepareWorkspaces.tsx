import type { MeetingRecords } from '../../../shared/types';
import { ImpactWorkspace } from './ImpactWorkspace';
import { OpeningWorkspace } from './OpeningWorkspace';

/**
 * The step workspaces an incident owner fills before the meeting (DESIGN.md section 1), on the
 * Overview tab: who will be in the room, the statement, and the impact as far as it is known.
 * Folded by default so the overview stays a glance; the same fields show in the console.
 */
export function PrepareWorkspaces({ records }: { records: MeetingRecords }) {
  return (
    <div className="prepare">
      <details className="workspace__panel prepare__part">
        <summary>
          <h2 className="prepare__title">Participants and blameless statement</h2>
        </summary>
        <OpeningWorkspace records={records} />
      </details>
      <details className="workspace__panel prepare__part">
        <summary>
          <h2 className="prepare__title">Impact</h2>
        </summary>
        <ImpactWorkspace records={records} />
      </details>
    </div>
  );
}
