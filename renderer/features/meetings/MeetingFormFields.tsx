import { useId } from 'react';
import { SEVERITIES, SEVERITY_LABELS, type Severity } from '../../../shared/domain/vocabulary';
import { Field } from '../../components/Field';
import { INCIDENT_TIME_FIELDS, type MeetingFormField, type MeetingFormValues } from './meetingForm';

interface MeetingFormFieldsProps {
  values: MeetingFormValues;
  onChange: (field: MeetingFormField, value: string) => void;
  /** The core's message for each field it rejected. */
  errors: Partial<Record<string, string>>;
}

// Computed once: the list of IANA zones is long and does not change while the app runs.
const TIME_ZONES: readonly string[] =
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

const LABELS: Record<MeetingFormField, string> = {
  title: 'Title',
  incidentId: 'Incident id',
  severity: 'Severity',
  startedAt: 'Incident started',
  detectedAt: 'Detected',
  mitigatedAt: 'Mitigated',
  resolvedAt: 'Resolved',
  timeZone: 'Time zone',
};

/** The fields of a new meeting; each shows the core's issue for it beside it. */
export function MeetingFormFields({ values, onChange, errors }: MeetingFormFieldsProps) {
  const zonesId = useId();
  const errorFor = (field: MeetingFormField) => (errors[field] ? `${LABELS[field]}: ${errors[field]}` : null);

  return (
    <div className="form-grid">
      <Field label="Title" error={errorFor('title')} className="form-grid__wide">
        {(control) => (
          <input
            {...control}
            data-autofocus
            required
            autoComplete="off"
            value={values.title}
            onChange={(event) => onChange('title', event.target.value)}
          />
        )}
      </Field>
      <Field
        label="Incident id"
        hint="As your incident tracker names it, e.g. INC-2041."
        error={errorFor('incidentId')}
      >
        {(control) => (
          <input
            {...control}
            autoComplete="off"
            value={values.incidentId}
            onChange={(event) => onChange('incidentId', event.target.value)}
          />
        )}
      </Field>
      <Field label="Severity" error={errorFor('severity')}>
        {(control) => (
          <select
            {...control}
            value={values.severity}
            onChange={(event) => onChange('severity', event.target.value as Severity | '')}
          >
            <option value="">Not set yet</option>
            {SEVERITIES.map((severity) => (
              <option key={severity} value={severity}>
                {SEVERITY_LABELS[severity]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="form-grid__wide form-grid__times">
        <legend>
          Incident times, in the time zone below: e.g. 2017-01-31 18:00, 18:00:05 or an ISO time (leave empty
          what is not known yet)
        </legend>
        {INCIDENT_TIME_FIELDS.map(({ name, label }) => (
          <Field key={name} label={label} error={errorFor(name)}>
            {(control) => (
              <input
                {...control}
                autoComplete="off"
                className="form-grid__time"
                value={values[name]}
                onChange={(event) => onChange(name, event.target.value)}
              />
            )}
          </Field>
        ))}
      </fieldset>
      <Field
        label="Time zone"
        hint="The zone the event log is shown and typed in."
        error={errorFor('timeZone')}
        className="form-grid__wide"
      >
        {(control) => (
          <input
            {...control}
            list={zonesId}
            autoComplete="off"
            spellCheck={false}
            value={values.timeZone}
            onChange={(event) => onChange('timeZone', event.target.value)}
          />
        )}
      </Field>
      <datalist id={zonesId}>
        {TIME_ZONES.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </div>
  );
}
