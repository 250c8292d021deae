import type { Ref } from 'react';
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
      <Field label="Time" hint={timeHint} error={errors.time} className="event-form__time">
        {(control) => (
          <input
            {...control}
            ref={timeRef}
            autoComplete="off"
            value={draft.time}
            onChange={(event) => onChange({ time: event.target.value })}
          />
        )}
      </Field>
      <EventKindFields kind={draft.kind} outcome={draft.outcome} onChange={onChange} />
      {TEXT_FIELDS.map(({ key, label, placeholder }) => (
        <Field
          key={key}
          label={label}
          error={key === 'description' ? errors.description : undefined}
          className={`event-form__${key}`}
        >
          {(control) => (
            <input
              {...control}
              autoComplete="off"
              value={draft[key]}
              placeholder={placeholder}
              onChange={(event) => onChange({ [key]: event.target.value })}
            />
          )}
        </Field>
      ))}
    </>
  );
}
