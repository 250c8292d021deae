import type { AgendaStep, Meeting } from '../../../shared/types';

/** Which later work brings each step's own workspace (issue #6's list, and the feature issues). */
const PLANNED_WORKSPACES: Partial<Record<AgendaStep['kind'], string>> = {
  opening: 'Participants are listed here once the step workspaces land (issue #6).',
  'event-log': 'The event log is captured in the “Event log” tab; it shows here once that feature lands.',
  impact: 'The impact fields arrive with the step workspaces (issue #6).',
  remediate:
    'Notes, the “answered” toggle and root-cause material arrive with the step workspaces (issue #6).',
  detect: 'Notes, the “answered” toggle and root-cause material arrive with the step workspaces (issue #6).',
  prevent: 'Notes, the “answered” toggle and root-cause material arrive with the step workspaces (issue #6).',
  'action-review':
    'Action items are captured in the “Action items” tab; they show here once that feature lands.',
  'wrap-up': 'Lessons (went well, went wrong, got lucky) arrive with the step workspaces (issue #6).',
};

/**
 * The current step's working area. Opening shows the blameless statement that is read aloud;
 * steps whose workspace has not landed say so plainly instead of showing a fake.
 */
export function StepWorkspace({ step, meeting }: { step: AgendaStep; meeting: Meeting }) {
  return (
    <section className="step-workspace" aria-label={`${step.title} workspace`}>
      {step.kind === 'opening' ? (
        <blockquote className="step-workspace__statement">
          <p>{meeting.blamelessStatement}</p>
        </blockquote>
      ) : null}
      <p className="step-workspace__placeholder">
        {PLANNED_WORKSPACES[step.kind] ??
          'Use the step’s prompt above; this custom step has no workspace of its own.'}
      </p>
    </section>
  );
}
