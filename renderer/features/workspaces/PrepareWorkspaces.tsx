import type { MeetingRecords } from '../../../shared/types';
import { ImpactWorkspace } from './ImpactWorkspace';
import { OpeningWorkspace } from './OpeningWorkspace';

/**
 * The step workspaces an incident owner fills before the meeting (DESIGN.md section 1), on the
 * Overview tab: who will be in the room, the statement, and the impact as far as it is known.
 * Open, right under the incident: they are the preparation, not an appendix. The same fields
 * show in the console.
 */
export function PrepareWorkspaces({ records }: { records: MeetingRecords }) {
  return (
    <div className="prepare">
      <section className="workspace__panel prepare__part" aria-labelledby="prepare-opening-title">
        <h2 className="prepare__title" id="prepare-opening-title">
          Participants and blameless statement
        </h2>
        <OpeningWorkspace records={records} />
      </section>
      <section className="workspace__panel prepare__part" aria-labelledby="prepare-impact-title">
        <h2 className="prepare__title" id="prepare-impact-title">
          Impact
        </h2>
        <ImpactWorkspace records={records} />
      </section>
    </div>
  );
}
