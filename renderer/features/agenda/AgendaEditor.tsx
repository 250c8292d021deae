import { useEffect, useState, type FormEvent } from 'react';
import { plannedTotalSeconds } from '../../../shared/domain/agenda/defaults';
import { orderedSteps } from '../../../shared/domain/agenda/walk';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { useApp } from '../../store/useApp';
import { formatMinutes } from '../meetings/formatTime';
import { AddStepForm } from './AddStepForm';
import { AgendaStepList } from './AgendaStepList';

/**
 * "Edit agenda" (issue #6, point 1): every step with its timebox and the planned total, before
 * or during the meeting. Mounted once per open meeting, shown when the console or the overview
 * asks for it; every edit is saved as it is made, so closing needs no "Save".
 */
export function AgendaEditor() {
  const open = useApp((state) => state.agendaUi.editorOpen);
  const records = useApp((state) => state.overview.records);
  const setOpen = useApp((state) => state.setAgendaEditorOpen);
  const addStep = useApp((state) => state.addAgendaStep);
  if (!open || !records) return null;
  const steps = orderedSteps(records.agenda);
  const close = () => setOpen(false);
  return (
    <Dialog
      title={
        <>
          Edit agenda{' '}
          <span className="agenda-editor__total">{formatMinutes(plannedTotalSeconds(steps))} planned</span>
        </>
      }
      onClose={close}
      className="dialog--wide agenda-editor"
    >
      <p className="agenda-editor__hint">
        Changes are saved as you make them. Skipped steps do not count towards the total.
      </p>
      <AgendaStepList steps={steps} currentStepId={records.meeting.currentStepId} />
      <div className="agenda-editor__forms">
        <AddStepForm onAdd={addStep} />
        <SaveTemplateForm />
      </div>
      <div className="dialog__buttons">
        <Button variant="primary" onClick={close}>
          Done
        </Button>
      </div>
    </Dialog>
  );
}

function SaveTemplateForm() {
  const saveTemplate = useApp((state) => state.saveAgendaTemplate);
  const [name, setName] = useState('');
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await saveTemplate(name)) setName('');
  }
  return (
    <div>
      <form
        className="agenda-editor__add"
        aria-label="Save as template"
        onSubmit={(event) => void submit(event)}
      >
        <label>
          Template name{' '}
          <input value={name} maxLength={200} onChange={(event) => setName(event.target.value)} />
        </label>
        <Button type="submit" disabled={name.trim() === ''}>
          Save as template
        </Button>
      </form>
      <SavedTemplates />
    </div>
  );
}

/** The saved templates, so a stale one can be deleted where templates are made. */
function SavedTemplates() {
  const templates = useApp((state) => state.templates.list);
  const loadTemplates = useApp((state) => state.loadTemplates);
  const deleteTemplate = useApp((state) => state.deleteTemplate);
  useEffect(() => {
    void loadTemplates();
  }, [loadTemplates]);
  if (templates.length === 0) return null;
  return (
    <ul className="agenda-editor__templates" aria-label="Saved templates">
      {templates.map((template) => (
        <li key={template.id}>
          {template.name}{' '}
          <Button
            variant="quiet"
            aria-label={`Delete template “${template.name}”`}
            onClick={() => void deleteTemplate(template.id)}
          >
            Delete
          </Button>
        </li>
      ))}
    </ul>
  );
}
