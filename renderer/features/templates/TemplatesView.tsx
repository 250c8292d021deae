import { useEffect, useRef } from 'react';
import { plannedTotalSeconds } from '../../../shared/domain/agenda/defaults';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useApp } from '../../store/useApp';
import { formatMinutes } from '../meetings/formatTime';
import { TemplateEditor } from './TemplateEditor';
import './templates.css';

/**
 * The agenda templates on their own, reached from the library: each with its total timebox,
 * and the chosen one open for editing. New meetings start from a template in "New meeting".
 * Escape (outside a field) or "Back to meetings" returns to the library.
 */
export function TemplatesView() {
  const list = useApp((state) => state.templates.list);
  const loaded = useApp((state) => state.templates.loaded);
  const error = useApp((state) => state.templates.error);
  const chosenId = useApp((state) => state.templates.chosenId);
  const close = useApp((state) => state.closeTemplates);
  const choose = useApp((state) => state.chooseTemplate);
  const heading = useRef<HTMLHeadingElement>(null);
  const chosen = list.find((template) => template.id === chosenId) ?? null;

  // Focus the heading on arrival, so a screen reader says where the person now is.
  useEffect(() => heading.current?.focus(), []);

  // On the window, not the section: a keyboard drag's Escape is dnd-kit's (on the document, after
  // React's handlers), and only a listener that runs after it sees that it cancelled the drag.
  useEffect(() => {
    function handleKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (event.target instanceof Element && event.target.closest('input, dialog')) return;
      close();
    }
    window.addEventListener('keydown', handleKeyDown);
    return () => window.removeEventListener('keydown', handleKeyDown);
  }, [close]);

  return (
    <section className="screen templates" aria-labelledby="templates-title">
      <header className="screen__header">
        <h1 id="templates-title" ref={heading} tabIndex={-1}>
          Agenda templates
        </h1>
        <div className="screen__actions">
          <Button onClick={close}>Back to meetings</Button>
        </div>
      </header>
      <p className="templates__intro">
        A template is the agenda a new meeting starts from: pick it under “Agenda” in New meeting. Changes are
        saved as you make them; meetings made earlier keep their own agenda.
      </p>
      <ErrorMessage error={error} />
      {!loaded ? <p className="muted">Loading templates…</p> : null}
      {loaded && !error && list.length === 0 ? (
        <p className="templates__empty">
          No templates yet. Open a meeting, choose Edit agenda and “Save as template”.
        </p>
      ) : null}
      {chosen ? (
        <div className="templates__layout">
          <ul className="templates__list" aria-label="Templates">
            {list.map((template) => (
              <li key={template.id}>
                <button
                  type="button"
                  className="templates__choice"
                  aria-current={template.id === chosen.id ? 'true' : undefined}
                  onClick={() => choose(template.id)}
                >
                  <span className="templates__name">{template.name}</span>
                  <span className="templates__total">
                    {template.steps.length} steps, {formatMinutes(plannedTotalSeconds(template.steps))}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <TemplateEditor key={chosen.id} template={chosen} onDeleted={() => heading.current?.focus()} />
        </div>
      ) : null}
    </section>
  );
}
