import type { Impact, Meeting, MeetingRecords, TimelineEvent } from '../../types';
import { incidentDurationSeconds } from '../meetings/incidentTimes';
import { incidentMetrics, secondsBetween } from '../timeline/metrics';
import { redFlags } from '../timeline/redFlags';
import { EVENT_KIND_LABELS, SEVERITY_LABELS, type MitigationOutcome } from '../vocabulary';
import { linkOrText, ordered, textBlocks, type ReportBlock, type ReportText } from './reportBlocks';
import { formatDuration } from '../format/duration';
import { formatNumber, formatUtcSecond, reportClock, zoneFormatter } from './reportFormat';

type Fact = { label: string; value: ReportText };

const NOT_RECORDED = 'Not recorded';

/** How a mitigation attempt ended, as the timeline table says it. */
const OUTCOME_LABELS: Record<MitigationOutcome, string> = {
  helped: 'helped',
  'no-effect': 'no effect',
  'moved-symptom': 'moved the symptom',
};

/** "America/New_York" → "New York": short enough for a column header, still unambiguous to readers. */
const zoneName = (timeZone: string) => (timeZone.split('/').pop() ?? timeZone).replace(/_/g, ' ');

const time = (ms: number | null, meeting: Meeting) =>
  ms === null ? NOT_RECORDED : formatUtcSecond(ms, reportClock(meeting));

/** Impact figures worth a number in the summary; fields left empty are left out. */
function impactNumbers(impact: Impact | null): Fact[] {
  if (!impact) return [];
  const facts: Fact[] = [];
  if (impact.usersAffected !== null) {
    const share =
      impact.usersAffectedPercent === null ? '' : ` (${formatNumber(impact.usersAffectedPercent)} %)`;
    facts.push({ label: 'Users affected', value: `${formatNumber(impact.usersAffected)}${share}` });
  } else if (impact.usersAffectedPercent !== null) {
    facts.push({ label: 'Users affected', value: `${formatNumber(impact.usersAffectedPercent)} %` });
  }
  if (impact.revenueLossEstimate !== null) {
    const currency = impact.currency.trim() ? `${impact.currency.trim()} ` : '';
    facts.push({
      label: 'Estimated revenue loss',
      value: `${currency}${formatNumber(impact.revenueLossEstimate)}`,
    });
  }
  if (impact.supportTickets !== null)
    facts.push({ label: 'Support tickets', value: formatNumber(impact.supportTickets) });
  if (impact.peoplePaged !== null)
    facts.push({ label: 'People paged', value: formatNumber(impact.peoplePaged) });
  if (impact.onCallHours !== null)
    facts.push({ label: 'On-call hours', value: formatNumber(impact.onCallHours) });
  // The count only: what it counts is said in the impact section's "Data lost".
  if (impact.dataLostCount !== null)
    facts.push({ label: 'Data lost (rows, records, accounts)', value: formatNumber(impact.dataLostCount) });
  return facts;
}

function summaryBlocks(meeting: Meeting, impact: Impact | null): ReportBlock[] {
  const duration = incidentDurationSeconds(meeting);
  const rows: Fact[] = [
    { label: 'Incident', value: meeting.incidentId.trim() || NOT_RECORDED },
    { label: 'Severity', value: meeting.severity ? SEVERITY_LABELS[meeting.severity] : NOT_RECORDED },
    { label: 'Started', value: time(meeting.startedAt, meeting) },
    { label: 'Detected', value: time(meeting.detectedAt, meeting) },
    { label: 'Mitigated', value: time(meeting.mitigatedAt, meeting) },
    { label: 'Resolved', value: time(meeting.resolvedAt, meeting) },
    { label: 'Duration', value: duration === null ? NOT_RECORDED : formatDuration(duration) },
    {
      label: 'Affected services',
      value: meeting.affectedServices.filter((s) => s.trim()).join(', ') || NOT_RECORDED,
    },
    ...impactNumbers(impact),
  ];
  return [{ kind: 'facts', rows }];
}

/**
 * The derived numbers of shared/domain/timeline/metrics.ts (never stored, DESIGN.md §3), each
 * named with the interval it measures, plus the first-signal gap and how mitigation attempts went.
 */
function derivedNumbers(meeting: Meeting, events: TimelineEvent[]): Fact[] {
  const { milestones, metrics } = incidentMetrics({ meeting, timeline: events });
  const facts: Fact[] = metrics.flatMap((metric) =>
    metric.seconds === null
      ? []
      : [{ label: `${metric.label} (${metric.span})`, value: formatDuration(metric.seconds) }],
  );
  const signalGap = secondsBetween(milestones.firstSignal, milestones.detected);
  if (signalGap !== null) facts.push({ label: 'First signal → detection', value: formatDuration(signalGap) });
  const attempts = events.filter((event) => event.kind === 'mitigation-attempt');
  const unhelpful = attempts.filter(
    (event) => event.outcome === 'no-effect' || event.outcome === 'moved-symptom',
  );
  if (attempts.length > 0) {
    facts.push({
      label: 'Mitigation attempts',
      value: `${attempts.length} (${unhelpful.length} without lasting effect)`,
    });
  }
  return facts;
}

function timelineBlocks(records: MeetingRecords): ReportBlock[] {
  const { meeting } = records;
  const events = ordered(records.timeline, (event) => event.at);
  const derived = derivedNumbers(meeting, events);
  // No clock: the same meeting gives the same report whenever it is exported (a draft's delay is not judged).
  const flags = redFlags(records, null).map((flag) => flag.message);
  const blocks: ReportBlock[] = [];
  if (events.length > 0) {
    const clock = reportClock(meeting);
    const inZone = zoneFormatter(meeting.timeZone, clock);
    const columns = [
      'Time (UTC)',
      ...(inZone ? [`Time (${zoneName(meeting.timeZone)})`] : []),
      'Kind',
      'Event',
      'Actor',
      'Evidence',
    ];
    const rows = events.map((event): ReportText[] => {
      const kind = EVENT_KIND_LABELS[event.kind];
      const outcome =
        event.kind === 'mitigation-attempt' && event.outcome ? ` (${OUTCOME_LABELS[event.outcome]})` : '';
      return [
        formatUtcSecond(event.at, clock).replace(' UTC', ''),
        ...(inZone ? [inZone(event.at)] : []),
        `${kind}${outcome}`,
        event.description,
        event.actor.trim() || '—',
        event.evidence.trim() ? linkOrText(event.evidence) : '—',
      ];
    });
    blocks.push({ kind: 'table', columns, rows });
  } else if (derived.length > 0 || flags.length > 0) {
    blocks.push({ kind: 'none' });
  }
  if (derived.length > 0) {
    blocks.push({ kind: 'subheading', text: 'Derived numbers' }, { kind: 'facts', rows: derived });
  }
  if (flags.length > 0) {
    blocks.push({ kind: 'subheading', text: 'Red flags' }, { kind: 'list', ordered: false, items: flags });
  }
  return blocks;
}

function impactBlocks(impact: Impact | null): ReportBlock[] {
  if (!impact) return [];
  const parts: [string, string][] = [
    ['Regions and segments', impact.regions],
    ['Data lost', impact.dataLost],
    ['Customer reactions', impact.customerReactions],
    ['Notes', impact.notes],
  ];
  const blocks = parts.flatMap(([title, text]): ReportBlock[] =>
    text.trim() ? [{ kind: 'subheading', text: title }, ...textBlocks(text)] : [],
  );
  // Figures alone are already in the summary: point there rather than claim nothing was recorded.
  if (blocks.length === 0 && impactNumbers(impact).length > 0)
    return [{ kind: 'text', text: 'The figures are in the incident summary above.' }];
  return blocks;
}

/** The factual sections: summary, executive summary, timeline (with derived numbers and red flags) and impact. */
export function factsSections(records: MeetingRecords) {
  const { meeting, impact } = records;
  return {
    summary: summaryBlocks(meeting, impact),
    'executive-summary': textBlocks(meeting.summary),
    timeline: timelineBlocks(records),
    impact: impactBlocks(impact),
  };
}
