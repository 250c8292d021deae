import type { Input } from '../../../shared/contract';
import type { Issue, Result } from '../../../shared/contract/errors';
import { parseEventTime } from '../../../shared/domain/timeline/parseEventTime';
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
 * The `meetings.create` input for the form's values; empty optional fields are left out. The
 * incident times are typed like event times (shared/domain/timeline/parseEventTime.ts) in the
 * chosen zone: `2017-01-31 18:00`, `18:00` (today) or a pasted ISO time. A time that cannot be read
 * comes back as an `invalid-input` error on its field, like the core's own, and nothing is sent;
 * everything else is the core's to judge.
 */
export function toCreateMeetingInput(
  values: MeetingFormValues,
  now: number,
): Result<Input<'meetings.create'>> {
  const input: Input<'meetings.create'> = { title: values.title };
  if (values.incidentId !== '') input.incidentId = values.incidentId;
  if (values.severity !== '') input.severity = values.severity;
  if (values.timeZone !== '') input.timeZone = values.timeZone;
  const issues: Issue[] = [];
  for (const { name } of INCIDENT_TIME_FIELDS) {
    if (values[name].trim() === '') continue;
    const time = parseEventTime(values[name], {
      timeZone: values.timeZone || 'UTC',
      previousAt: null,
      incidentStartAt: input.startedAt ?? null,
      now,
    });
    if (time.ok) input[name] = time.at;
    else issues.push({ path: name, message: time.message });
  }
  if (issues.length === 0) return { ok: true, value: input };
  return {
    ok: false,
    error: { code: 'invalid-input', message: 'Some incident times cannot be read.', issues },
  };
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
