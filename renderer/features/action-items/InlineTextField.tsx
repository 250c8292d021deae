import { useId, useState, type InputHTMLAttributes, type KeyboardEvent } from 'react';

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
  ...rest
}: InlineTextFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const shown = draft ?? value;

  async function commit() {
    if (draft === null) return;
    if (draft === value) {
      setDraft(null);
      return;
    }
    const outcome = await onCommit(draft);
    if (outcome === true) {
      setDraft(null);
      setProblem(null);
    } else {
      setProblem(typeof outcome === 'string' ? outcome : null);
    }
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
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
  const described = [message ? messageId : null, describedBy].filter(Boolean).join(' ') || undefined;
  return (
    <div
      className={['inline-field', problem ? 'inline-field--invalid' : null, className]
        .filter(Boolean)
        .join(' ')}
    >
      <label className="inline-field__label" htmlFor={id}>
        {label}
      </label>
      <input
        {...rest}
        id={id}
        value={shown}
        aria-invalid={problem ? true : undefined}
        aria-describedby={described}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={handleKeyDown}
        onBlur={() => void commit()}
      />
      {message ? (
        <p
          id={messageId}
          className={problem ? 'inline-field__problem' : 'inline-field__note'}
          role={problem ? 'alert' : undefined}
        >
          {message}
        </p>
      ) : null}
    </div>
  );
}
