import { useId } from 'react';
import type { AgendaTemplate } from '../../../shared/contract/templates';
import { plannedTotalSeconds } from '../../../shared/domain/agenda/defaults';
import { Button } from '../../components/Button';
import { useApp } from '../../store/useApp';
import { InlineTextField } from '../action-items/InlineTextField';
import { AddStepForm } from '../agenda/AddStepForm';
import { StepList } from '../agenda/StepList';
import { formatMinutes } from '../meetings/formatTime';
import type { TemplateSteps } from './templatesSlice';

/** The steps in the order given; a step added meanwhile (not in the order) stays at the end. */
function inOrder(steps: TemplateSteps, orderedIds: readonly string[]): TemplateSteps {
  const byId = new Map(steps.map((step) => [step.id, step]));
  const ordered = orderedIds.flatMap((stepId) => byId.get(stepId) ?? []);
  return [...ordered, ...steps.filter((step) => !orderedIds.includes(step.id))];
}

/**
 * One template edited on its own: its name, and its steps' titles, timeboxes and prompts, added,
 * removed and reordered. Every change is saved as it is made (one transaction each); a meeting
 * already created from the template keeps its own agenda.
 */
export function TemplateEditor({
  template,
  onDeleted,
}: {
  template: AgendaTemplate;
  /** Where the focus goes once the template (and so this editor) is gone. */
  onDeleted(): void;
}) {
  const headingId = useId();
  const rename = useApp((state) => state.renameTemplate);
  const editSteps = useApp((state) => state.editTemplateSteps);
  const removeStep = useApp((state) => state.removeTemplateStep);
  const deleteTemplate = useApp((state) => state.deleteTemplate);
  const { id, name, steps } = template;

  async function remove(stepId: string, index: number) {
    const neighbour = steps[index + 1] ?? steps[index - 1];
    if (!(await removeStep(id, stepId)) || !neighbour) return;
    // The removed row took the focus with it; give it to the row that took its place.
    document.querySelector<HTMLElement>(`[data-step-id="${neighbour.id}"] .agenda-editor__handle`)?.focus();
  }

  return (
    <section className="template-editor agenda-editor" aria-labelledby={headingId}>
      <div className="template-editor__head">
        <h2 id={headingId}>
          {name}{' '}
          <span className="agenda-editor__total">
            {steps.length} {steps.length === 1 ? 'step' : 'steps'},{' '}
            {formatMinutes(plannedTotalSeconds(steps))} planned
          </span>
        </h2>
        <Button
          variant="quiet"
          aria-label={`Delete template “${name}”`}
          onClick={() => void deleteTemplate(id).then((deleted) => deleted && onDeleted())}
        >
          Delete template
        </Button>
      </div>
      <InlineTextField
        label="Template name"
        className="template-editor__name"
        value={name}
        maxLength={200}
        onCommit={(text) =>
          text.trim() === '' ? Promise.resolve('A template needs a name.') : rename(id, text.trim())
        }
      />
      <StepList
        steps={steps}
        label={`Steps of “${name}”`}
        listName="the template"
        onReorder={(orderedIds) => void editSteps(id, (latest) => inOrder(latest, orderedIds))}
        onUpdate={(step, patch) =>
          editSteps(id, (latest) =>
            latest.map((candidate) => (candidate.id === step.id ? { ...candidate, ...patch } : candidate)),
          )
        }
        actionsOf={(step) =>
          // A template needs at least one step: the last one can be edited, not removed.
          steps.length > 1 ? (
            <Button
              variant="quiet"
              aria-label={`Remove “${step.title}”`}
              onClick={() => void remove(step.id, steps.indexOf(step))}
            >
              Remove
            </Button>
          ) : null
        }
      />
      <AddStepForm onAdd={(fields) => editSteps(id, (latest) => [...latest, { ...fields, prompt: '' }])} />
    </section>
  );
}
