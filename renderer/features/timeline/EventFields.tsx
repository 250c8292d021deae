import { memo, type Ref } from 'react';
import { Field } from '../../components/Field';
import type { EventFieldErrors } from './eventForm';
import { EventKindFields } from './EventKindFields';
import type { CaptureDraft } from './timelineSlice';

interface EventFieldsProps {
  draft: CaptureDraft;
  onChange(patch: Partial<CaptureDraft>): void;
  errors: EventFieldErrors;
  /** The time field, which takes the focus when a row opens or is saved. */
  timeRef: Ref<HTMLInputElement>;
  /** How a time may be typed, shown under the field (the capture row's `+5m = after …`). */
  timeHint?: string;
}

type TextKey = 'description' | 'actor' | 'evidence';

const TEXT_FIELDS: readonly { key: TextKey; label: string; placeholder?: string }[] = [
  { key: 'description', label: 'What happened' },
  { key: 'actor', label: 'Actor', placeholder: 'Team or role' },
  { key: 'evidence', label: 'Evidence', placeholder: 'Link or text' },
];

/**
 * The fields of one event, in the order a fact is said: time, kind (with the outcome of a
 * mitigation attempt), what happened, who acted, and the evidence. The capture row and the
 * edit row both are these fields plus their own buttons. No browser autocomplete: its list of
 * past entries would cover the next field while typing fast.
 */
export function EventFields({ draft, onChange, errors, timeRef, timeHint }: EventFieldsProps) {
  return (
    <>
      <DraftField
        name="time"
        label="Time"
        value={draft.time}
        hint={timeHint}
        error={errors.time}
        inputRef={timeRef}
        onChange={onChange}
      />
      <EventKindFields kind={draft.kind} outcome={draft.outcome} onChange={onChange} />
      {TEXT_FIELDS.map(({ key, label, placeholder }) => (
        <DraftField
          key={key}
          name={key}
          label={label}
          value={draft[key]}
          placeholder={placeholder}
          error={key === 'description' ? errors.description : undefined}
          onChange={onChange}
        />
      ))}
    </>
  );
}

interface DraftFieldProps {
  name: 'time' | TextKey;
  label: string;
  value: string;
  placeholder?: string;
  hint?: string;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
  onChange(patch: Partial<CaptureDraft>): void;
}

/**
 * One text field of the draft. Memoised on its own value (issue #16): React commits every input
 * element it re-renders again, resetting its name, type and value, and a saved capture changes
 * only the fields it empties, not the five the row has.
 */
const DraftField = memo(function DraftField({
  name,
  label,
  value,
  placeholder,
  hint,
  error,
  inputRef,
  onChange,
}: DraftFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} className={`event-form__${name}`}>
      {(control) => (
        <input
          {...control}
          ref={inputRef}
          autoComplete="off"
          value={value}
          placeholder={placeholder}
          onChange={(event) => onChange({ [name]: event.target.value })}
        />
      )}
    </Field>
  );
});
