import { incidentDurationSeconds } from '../../../../shared/domain/meetings/incidentTimes';
import { SEVERITY_LABELS } from '../../../../shared/domain/vocabulary';
import type { MeetingRecords } from '../../../../shared/types';
import { formatDuration } from '../../../../shared/domain/format/duration';

export interface ImpactFact {
  label: string;
  value: string;
  /** Free text (regions, services) rather than a number: it needs a wider tile. */
  text: boolean;
}

/** `48,300`: counts as the rest of the app writes them. */
const number = (value: number) => value.toLocaleString('en-US');
const count = (label: string, value: number | null, unit = '') =>
  ({ label, value: value === null ? null : `${number(value)}${unit}`, text: false }) as const;
const words = (label: string, value: string) => ({ label, value: value || null, text: true }) as const;

/** The data lost: the count as the headline, the words saying what it counts. */
function dataLost(lost: number | null, what: string) {
  const value = [lost === null ? '' : number(lost), what.trim()].filter(Boolean).join(' · ');
  return { label: 'Data lost', value: value || null, text: what.trim() !== '' };
}

/**
 * The Impact step's facts that have been filled in, in the order the practice asks for them
 * (DESIGN.md section 2, step 3). The duration is derived from the incident times, as the
 * console's Impact workspace derives it. What nobody filled in is left out rather than shown
 * empty; a zero is a fact ("0 support tickets") and stays.
 */
export function impactFacts({ meeting, impact }: Pick<MeetingRecords, 'meeting' | 'impact'>): ImpactFact[] {
  const duration = incidentDurationSeconds(meeting);
  const revenue = impact?.revenueLossEstimate ?? null;
  const facts = [
    { label: 'Duration', value: duration === null ? null : formatDuration(duration), text: false },
    { label: 'Severity', value: meeting.severity ? SEVERITY_LABELS[meeting.severity] : null, text: false },
    count('Users affected', impact?.usersAffected ?? null),
    count('Share of users', impact?.usersAffectedPercent ?? null, ' %'),
    words('Regions and segments', impact?.regions ?? ''),
    {
      label: 'Lost revenue (estimate)',
      value: revenue === null ? null : [number(revenue), impact?.currency].filter(Boolean).join(' '),
      text: false,
    },
    count('Support tickets', impact?.supportTickets ?? null),
    count('On-call hours', impact?.onCallHours ?? null),
    count('People paged', impact?.peoplePaged ?? null),
    dataLost(impact?.dataLostCount ?? null, impact?.dataLost ?? ''),
    words('Affected services', meeting.affectedServices.join(', ')),
  ];
  return facts.flatMap(({ value, ...fact }) => (value === null ? [] : [{ ...fact, value }]));
}
