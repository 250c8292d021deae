import type { AgendaStep } from '../../../shared/types';
import { Button } from '../../components/Button';
import { useApp } from '../../store/useApp';
import { StepList } from './StepList';

/**
 * The open meeting's agenda in the editor: every change is one core call, and a reorder is one
 * `agenda.reorder`. The practice's steps are skipped rather than removed; the step the
 * meeting is on cannot be removed from under the running walk.
 */
export function AgendaStepList({
  steps,
  currentStepId,
}: {
  steps: readonly AgendaStep[];
  currentStepId: string | null;
}) {
  const reorder = useApp((state) => state.reorderAgendaSteps);
  const update = useApp((state) => state.updateAgendaStep);
  const remove = useApp((state) => state.removeAgendaStep);
  return (
    <StepList
      steps={steps}
      label="Agenda steps in order"
      listName="the agenda"
      onReorder={(ids) => void reorder(ids)}
      onUpdate={(step, patch) => update(step.id, patch)}
      actionsOf={(step) => (
        <>
          <Button
            variant="quiet"
            aria-label={`${step.skipped ? 'Unskip' : 'Skip'} “${step.title}”`}
            onClick={() => void update(step.id, { skipped: !step.skipped })}
          >
            {step.skipped ? 'Unskip' : 'Skip'}
          </Button>
          {step.kind === 'custom' && step.id !== currentStepId ? (
            <Button
              variant="quiet"
              aria-label={`Remove “${step.title}”`}
              onClick={() => void remove(step.id)}
            >
              Remove
            </Button>
          ) : null}
        </>
      )}
    />
  );
}
