import type { AgendaStep, Meeting } from '../../../shared/types';
import { useApp } from '../../store/useApp';
import { StepWorkspaceBody } from '../workspaces/StepWorkspaceBody';

/**
 * The current step's working area: each default step has its workspace (features/workspaces;
 * Opening's shows the blameless statement large, editable in place), a custom step its prompt.
 */
export function StepWorkspace({ step, meeting }: { step: AgendaStep; meeting: Meeting }) {
  // The open meeting's records, with every `meetingChanged` applied (store/followChanges.ts).
  const records = useApp((state) => state.overview.records);
  return (
    <section className="step-workspace" aria-label={`${step.title} workspace`}>
      {!records || records.meeting.id !== meeting.id ? null : step.kind === 'custom' ? (
        <p className="step-workspace__placeholder">
          Use the step’s prompt above; this custom step has no workspace of its own.
        </p>
      ) : (
        <StepWorkspaceBody kind={step.kind} records={records} />
      )}
    </section>
  );
}
