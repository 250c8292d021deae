import type { Input } from '../../../shared/contract';
import type { Issue } from '../../../shared/contract/errors';
import type { Severity } from '../../../shared/domain/vocabulary';

/** The incident milestones, in the order the core checks them. */
export const INCIDENT_TIME_FIELDS = [
  { name: 'startedAt', label: 'Incident started' },
  { name: 'detectedAt', label: 'Detected' },
  { name: 'mitigatedAt', label: 'Mitigated' },
  { name: 'resolvedAt', label: 'Resolved' },
] as const;

export type IncidentTimeField = (typeof INCIDENT_TIME_FIELDS)[number]['name'];

/** What the create form holds: the inputs' own string values, converted only on submit. */
export interface MeetingFormValues {
  title: string;
  incidentId: string;
  severity: Severity | '';
  startedAt: string;
  detectedAt: string;
  mitigatedAt: string;
  resolvedAt: string;
  timeZone: string;
}

export type MeetingFormField = keyof MeetingFormValues;

export function emptyMeetingForm(): MeetingFormValues {
  return {
    title: '',
    incidentId: '',
    severity: '',
    startedAt: '',
    detectedAt: '',
    mitigatedAt: '',
    resolvedAt: '',
    timeZone: browserTimeZone(),
  };
}

/** The zone this machine is in: the usual zone of the people typing the event log. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * A `datetime-local` value read as UTC (the label says so), in UTC milliseconds. An empty input
 * means "not known yet". Anything else goes to the core as parsed, and the core's schema is the
 * one judge of it: the renderer repeats none of that validation.
 */
export function utcFromDateTimeLocal(value: string): number | undefined {
  if (value === '') return undefined;
  return Date.parse(`${value}Z`);
}

/** The `meetings.create` input for the form's values; empty optional fields are left out. */
export function toCreateMeetingInput(values: MeetingFormValues): Input<'meetings.create'> {
  const input: Input<'meetings.create'> = { title: values.title };
  if (values.incidentId !== '') input.incidentId = values.incidentId;
  if (values.severity !== '') input.severity = values.severity;
  if (values.timeZone !== '') input.timeZone = values.timeZone;
  for (const { name } of INCIDENT_TIME_FIELDS) {
    const time = utcFromDateTimeLocal(values[name]);
    if (time !== undefined) input[name] = time;
  }
  return input;
}

/**
 * Splits the core's issues into those that belong beside a form field (their path is the field's
 * name, under `prefix` for inputs like `{ id, patch: { title } }`) and the rest, which are shown
 * above the form.
 */
export function issuesByField(
  issues: readonly Issue[],
  fields: readonly string[],
  prefix = '',
): { byField: Partial<Record<string, string>>; rest: Issue[] } {
  const byField: Partial<Record<string, string>> = {};
  const rest: Issue[] = [];
  for (const issue of issues) {
    const path = prefix && issue.path.startsWith(prefix) ? issue.path.slice(prefix.length) : issue.path;
    const field = path.split(/[.[]/)[0] ?? '';
    if (fields.includes(field))
      byField[field] = byField[field] ? `${byField[field]}; ${issue.message}` : issue.message;
    else rest.push(issue);
  }
  return { byField, rest };
}
