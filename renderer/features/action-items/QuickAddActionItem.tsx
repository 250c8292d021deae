import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { defaultTypeFor, QUESTION_LABELS } from '../../../shared/domain/actionItems/defaults';
import { QUESTIONS, type Question } from '../../../shared/domain/vocabulary';
import { Button } from '../../components/Button';
import { COMMAND_KEY, Kbd } from '../../components/Kbd';
import { useApp } from '../../store/useApp';

/**
 * Capture first, refine later: a title and Enter saves an item at the end of the list, and focus
 * stays here for the next one. The question picked gives the item its default type (issue #4).
 */
export function QuickAddActionItem() {
  const add = useApp((state) => state.addActionItem);
  const focusPending = useApp((state) => state.actionItemsUi.quickAddFocusPending);
  const quickAddFocused = useApp((state) => state.quickAddFocused);
  const [title, setTitle] = useState('');
  const [question, setQuestion] = useState<Question | ''>('');
  const [saving, setSaving] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => {
    if (!focusPending) return;
    input.current?.focus();
    quickAddFocused();
  }, [focusPending, quickAddFocused]);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const text = title.trim();
    if (text === '' || saving) return;
    setSaving(true);
    const chosen = question === '' ? null : question;
    // The text is cleared only once it is saved: a refused add must not lose what was typed.
    const saved = await add({ title: text, question: chosen, type: defaultTypeFor(chosen) });
    setSaving(false);
    if (saved) setTitle('');
    input.current?.focus();
  }

  return (
    <form className="quick-add" onSubmit={handleSubmit} aria-label="Add an action item">
      <div className="quick-add__title">
        <label htmlFor={`${id}-title`} className="inline-field__label">
          New action item <Kbd>{`${COMMAND_KEY} Shift A`}</Kbd>
        </label>
        <input
          id={`${id}-title`}
          ref={input}
          value={title}
          aria-keyshortcuts="Control+Shift+A Meta+Shift+A"
          placeholder="What will change? e.g. Alert when the API cache hit ratio exceeds 90 %"
          onChange={(event) => setTitle(event.target.value)}
          onKeyDown={(event) => {
            // Escape clears a half-typed item first; only an empty box lets it leave the meeting.
            if (event.key === 'Escape' && title !== '') {
              event.preventDefault();
              setTitle('');
            }
          }}
        />
      </div>
      <div className="inline-field">
        <label htmlFor={`${id}-question`} className="inline-field__label">
          Answers
        </label>
        <select
          id={`${id}-question`}
          value={question}
          onChange={(event) => setQuestion(event.target.value as Question | '')}
        >
          <option value="">No question</option>
          {QUESTIONS.map((value) => (
            <option key={value} value={value}>
              {QUESTION_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="primary" disabled={saving}>
        Add
      </Button>
    </form>
  );
}
