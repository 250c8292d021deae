import { memo } from 'react';
import { EVENT_KINDS, EVENT_KIND_LABELS, MITIGATION_OUTCOMES } from '../../../shared/domain/vocabulary';
import { Field } from '../../components/Field';
import { OUTCOME_LABELS } from './eventForm';
import type { CaptureDraft } from './timelineSlice';

interface EventKindFieldsProps {
  kind: CaptureDraft['kind'];
  outcome: CaptureDraft['outcome'];
  onChange(patch: Pick<Partial<CaptureDraft>, 'kind' | 'outcome'>): void;
}

/**
 * The kind of an event, and for a mitigation attempt its outcome. The outcome select appears
 * only for attempts (the only kind it means anything for); "not known yet" is a real answer.
 * Memoised, as the draft's text fields are (EventFields.tsx).
 */
export const EventKindFields = memo(function EventKindFields({
  kind,
  outcome,
  onChange,
}: EventKindFieldsProps) {
  return (
    <>
      <Field label="Kind" className="event-form__kind">
        {(control) => (
          <select
            {...control}
            value={kind}
            onChange={(event) => onChange({ kind: event.target.value as CaptureDraft['kind'] })}
          >
            {EVENT_KINDS.map((value) => (
              <option key={value} value={value}>
                {EVENT_KIND_LABELS[value]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {kind === 'mitigation-attempt' ? (
        <Field label="Outcome" className="event-form__outcome">
          {(control) => (
            <select
              {...control}
              value={outcome ?? ''}
              onChange={(event) =>
                onChange({ outcome: (event.target.value || null) as CaptureDraft['outcome'] })
              }
            >
              <option value="">Not known yet</option>
              {MITIGATION_OUTCOMES.map((value) => (
                <option key={value} value={value}>
                  {OUTCOME_LABELS[value]}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
    </>
  );
});
