import {
  useId,
  useRef,
  useState,
  type ChangeEvent,
  type InputHTMLAttributes,
  type KeyboardEvent,
} from 'react';
import { FieldCoach, coachHintId } from '../coach/CoachHint';
import type { CoachTarget } from '../coach/useCoach';
import { useUnsavedDraft } from '../../components/unsavedDrafts';

interface InlineTextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  label: string;
  /** The saved value. */
  value: string;
  /**
   * Saves the typed text; resolves false when it was not saved (the text stays, so no keystroke
   * is lost), or to a message that explains why the text cannot be saved.
   */
  onCommit(text: string): Promise<boolean | string>;
  /** Shown under the field when there is no problem, e.g. the day a typed date was read as. */
  note?: string | null;
  /** Nudges about this field (from the quality checks), read with it. */
  describedBy?: string;
  className?: string;
  /** Keeps the label for screen readers only, where column heads already name the field. */
  labelHidden?: boolean;
  /** The record and field this text is, so the blameless coach can nudge about its wording. */
  coach?: CoachTarget;
  /**
   * Wraps a long text onto as many lines as it needs (a box that grows with it) rather than
   * cutting it at the field's edge; Enter still saves.
   */
  wrap?: boolean;
}

/**
 * A field edited in place: it saves on Enter or when focus leaves, and Escape puts the saved
 * value back. Escape is kept from reaching the meeting screen, where it would close the meeting.
 */
export function InlineTextField({
  label,
  value,
  onCommit,
  note,
  describedBy,
  className,
  labelHidden = false,
  coach,
  wrap = false,
  ...rest
}: InlineTextFieldProps) {
  const id = useId();
  const [draft, setDraftState] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // Refs, not state: a commit reads the text typed up to now, and Enter followed by blur (or
  // typing on while a save is in flight) must neither save twice nor drop what came later.
  const latestDraft = useRef<string | null>(null);
  const saving = useRef(false);
  const commitAgain = useRef(false);
  const shown = draft ?? value;
  useUnsavedDraft(draft !== null && draft !== value);

  function setDraft(text: string | null) {
    latestDraft.current = text;
    setDraftState(text);
  }

  async function commit(): Promise<void> {
    const text = latestDraft.current;
    if (text === null) return;
    if (saving.current) {
      commitAgain.current = true;
      return;
    }
    if (text === value) {
      setDraft(null);
      return;
    }
    saving.current = true;
    let outcome: boolean | string;
    try {
      outcome = await onCommit(text);
    } finally {
      saving.current = false;
    }
    if (outcome === true) {
      setProblem(null);
      // Only the text that was saved is let go; anything typed since stays in the field.
      if (latestDraft.current === text) setDraft(null);
    } else {
      setProblem(typeof outcome === 'string' ? outcome : null);
    }
    if (commitAgain.current) {
      commitAgain.current = false;
      if (latestDraft.current !== null && latestDraft.current !== text) await commit();
    }
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      void commit();
    } else if (event.key === 'Escape' && draft !== null) {
      event.preventDefault();
      setDraft(null);
      setProblem(null);
    }
  }

  const messageId = `${id}-message`;
  const message = problem ?? note ?? null;
  const hintId = coachHintId(id);
  const described =
    [message ? messageId : null, describedBy, coach ? hintId : null].filter(Boolean).join(' ') || undefined;
  const editing = {
    id,
    value: shown,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': described,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setDraft(event.target.value),
    onKeyDown: handleKeyDown,
    onBlur: () => void commit(),
  };
  return (
    <div
      className={['inline-field', problem ? 'inline-field--invalid' : null, className]
        .filter(Boolean)
        .join(' ')}
    >
      <label className={labelHidden ? 'visually-hidden' : 'inline-field__label'} htmlFor={id}>
        {label}
      </label>
      {wrap ? (
        <textarea
          {...editing}
          className="inline-field__wrap"
          rows={1}
          maxLength={rest.maxLength}
          placeholder={rest.placeholder}
        />
      ) : (
        <input {...rest} {...editing} />
      )}
      {message ? (
        <p
          id={messageId}
          className={problem ? 'inline-field__problem' : 'inline-field__note'}
          role={problem ? 'alert' : undefined}
        >
          {message}
        </p>
      ) : null}
      {coach ? <FieldCoach id={hintId} coach={coach} text={value} /> : null}
    </div>
  );
}
