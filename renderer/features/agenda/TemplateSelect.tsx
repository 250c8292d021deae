import { useEffect } from 'react';
import { plannedTotalSeconds } from '../../../shared/domain/agenda/defaults';
import { useApp } from '../../store/useApp';
import { formatMinutes } from '../meetings/formatTime';

/**
 * The agenda a new meeting starts from: the default one or a saved template. Reads the
 * templates each time it appears, since they change in meetings' editors and the Templates view.
 */
export function TemplateSelect({
  value,
  onChange,
}: {
  value: string;
  onChange: (templateId: string) => void;
}) {
  const templates = useApp((state) => state.templates.list);
  const loadTemplates = useApp((state) => state.loadTemplates);
  useEffect(() => {
    void loadTemplates();
  }, [loadTemplates]);
  return (
    <div className="field">
      <label className="field__label" htmlFor="new-meeting-template">
        Agenda
      </label>
      <select id="new-meeting-template" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">Default agenda (8 steps, 60 min)</option>
        {templates.map((template) => (
          <option key={template.id} value={template.id}>
            {template.name} ({template.steps.length} steps,{' '}
            {formatMinutes(plannedTotalSeconds(template.steps))})
          </option>
        ))}
      </select>
    </div>
  );
}
