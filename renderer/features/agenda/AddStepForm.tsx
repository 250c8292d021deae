import { useId, useState, type FormEvent } from 'react';
import { Button } from '../../components/Button';
import { readMinutes, type StepFields } from './StepRow';

/** "New step" and its minutes, appended to an agenda (a meeting's or a template's) on submit. */
export function AddStepForm({ onAdd }: { onAdd(fields: Omit<StepFields, 'prompt'>): Promise<boolean> }) {
  const problemId = useId();
  const [title, setTitle] = useState('');
  const [minutes, setMinutes] = useState('5');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const count = readMinutes(minutes);
    setProblem(typeof count === 'string' ? count : null);
    // A second Enter while the first is on its way would add the step twice.
    if (typeof count === 'string' || saving) return;
    const saved = title;
    setSaving(true);
    const added = await onAdd({ title: saved.trim(), plannedSeconds: count * 60 });
    setSaving(false);
    // Only what was saved leaves the box: text typed meanwhile is the next step's title.
    if (added) setTitle((current) => (current.startsWith(saved) ? current.slice(saved.length) : current));
  }
  return (
    <form className="agenda-editor__add" aria-label="Add a step" onSubmit={(event) => void submit(event)}>
      <label>
        New step <input value={title} maxLength={200} onChange={(event) => setTitle(event.target.value)} />
      </label>
      <label>
        Minutes{' '}
        <input
          value={minutes}
          inputMode="numeric"
          size={4}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? problemId : undefined}
          onChange={(event) => setMinutes(event.target.value)}
        />
      </label>
      <Button type="submit" disabled={title.trim() === '' || saving}>
        Add step
      </Button>
      {problem ? (
        <p id={problemId} className="agenda-editor__problem" role="alert">
          {problem}
        </p>
      ) : null}
    </form>
  );
}
