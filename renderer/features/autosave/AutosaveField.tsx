import type { ChangeEvent, KeyboardEvent, Ref } from 'react';
import type { Result } from '../../../shared/contract/errors';
import { Field } from '../../components/Field';
import { FieldCoach, coachHintId } from '../coach/CoachHint';
import type { CoachTarget } from '../coach/useCoach';
import { useAutosave, type AutosaveStatus } from './useAutosave';
import { useRefusedTextNotice } from './useRefusedTextNotice';
import './autosave.css';

const STATUS_TEXT: Record<AutosaveStatus, string> = {
  idle: '',
  pending: 'Saving…',
  saving: 'Saving…',
  saved: 'Saved',
  failed: 'Not saved',
};

interface AutosaveFieldProps {
  label: string;
  value: string;
  save(text: string): Promise<Result<unknown>>;
  multiline?: boolean;
  rows?: number;
  hint?: string;
  placeholder?: string;
  className?: string;
  inputMode?: 'text' | 'numeric' | 'decimal';
  /** Keys the field handles itself before the default (e.g. Alt+↑/↓ in a list). */
  onKeyDown?(event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>): void;
  inputRef?: Ref<HTMLInputElement & HTMLTextAreaElement>;
  /** The record and field this text is, so the blameless coach can nudge about its wording. */
  coach?: CoachTarget;
}

/**
 * A labelled text field that saves as you type (useAutosave) and says where its text stands; text
 * refused after the field has gone comes back in a notice (useRefusedTextNotice). The status line
 * keeps its height whether it is empty or not, so nothing jumps while typing.
 */
export function AutosaveField({
  label,
  value,
  save,
  multiline,
  rows = 3,
  hint,
  className,
  coach,
  ...rest
}: AutosaveFieldProps) {
  const onRefusedGone = useRefusedTextNotice(label);
  const autosave = useAutosave({ value, save, onRefusedGone });
  const failed = autosave.status === 'failed' ? (autosave.error?.message ?? 'Not saved') : null;
  return (
    <Field
      label={label}
      hint={hint}
      error={failed}
      className={['autosave', className].filter(Boolean).join(' ')}
    >
      {(control) => {
        const hintId = coachHintId(control.id);
        const describedBy = [control['aria-describedby'], coach ? hintId : null].filter(Boolean).join(' ');
        const props = {
          ...control,
          'aria-describedby': describedBy || undefined,
          className: 'autosave__control',
          value: autosave.draft,
          placeholder: rest.placeholder,
          inputMode: rest.inputMode,
          ref: rest.inputRef,
          onFocus: autosave.onFocus,
          onBlur: autosave.onBlur,
          onKeyDown: rest.onKeyDown,
          onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
            autosave.setDraft(event.target.value),
        };
        return (
          <>
            {multiline ? <textarea rows={rows} {...props} /> : <input type="text" {...props} />}
            <span className={`autosave__status autosave__status--${autosave.status}`} role="status">
              {STATUS_TEXT[autosave.status]}
            </span>
            {/* The saved text is checked, not the draft: once per save, not per keystroke. */}
            {coach ? <FieldCoach id={hintId} coach={coach} text={value} /> : null}
          </>
        );
      }}
    </Field>
  );
}
