import type { Meeting, TimelineEvent } from '../../types';
import { chronological } from './chronologicalOrder';

/** What the numbers are computed from: the meeting's incident times and its live events. */
export interface IncidentFacts {
  meeting: Pick<Meeting, 'startedAt' | 'detectedAt' | 'mitigatedAt' | 'resolvedAt'>;
  timeline: readonly TimelineEvent[];
}

/** One milestone of the incident and where its time came from. */
export interface Milestone {
  at: number;
  /** `meeting`: typed as the meeting's incident time; `event`: taken from the event log. */
  source: 'meeting' | 'event';
  /** The event it was taken from, when `source` is `event`. */
  eventId: string | null;
}

export type MilestoneKey =
  'start' | 'firstSignal' | 'detected' | 'mitigated' | 'rootCause' | 'fixDeployed' | 'resolved';

/** Every milestone of an incident, null where it is unknown. */
export type Milestones = Record<MilestoneKey, Milestone | null>;

export type MetricKey =
  'timeToDetect' | 'timeToMitigate' | 'timeToResolve' | 'rootCauseToFix' | 'totalDuration';

/** One derived duration; `seconds` is null while either end is unknown. */
export interface Metric {
  key: MetricKey;
  label: string;
  /** What it measures, e.g. "start → detection", so nobody has to guess the definition. */
  span: string;
  seconds: number | null;
  from: Milestone | null;
  to: Milestone | null;
}

export interface IncidentMetrics {
  milestones: Milestones;
  metrics: Metric[];
}

/** A milestone typed on the meeting (or another record of it), not read off the log; null for no time. */
export function fromMeeting(at: number | null): Milestone | null {
  return at === null ? null : { at, source: 'meeting', eventId: null };
}
const fromEvent = (event: TimelineEvent | undefined): Milestone | null =>
  event ? { at: event.at, source: 'event', eventId: event.id } : null;

/** The meeting's typed incident times, which win over the event log's. */
export type IncidentTimes = IncidentFacts['meeting'];

/**
 * The incident's milestones. A time typed on the meeting wins over the event log: the incident
 * owner set it on purpose, and the log may be incomplete. Without it, the log decides: start =
 * the first `first-signal` (else the earliest event); detected = the first `detection`; mitigated
 * = the first `mitigation` or helpful mitigation attempt; resolved = the last `recovery`.
 * "Root cause identified" is the last `diagnosis` at or before the first fix: diagnosis narrows
 * over time, and the one that led to the fix is the one that isolated the cause.
 */
export function incidentMilestones(facts: IncidentFacts): Milestones {
  return milestonesOf(facts.meeting, chronological(facts.timeline));
}

/**
 * `incidentMilestones` of live events already in time order (a view keeps them so): each
 * milestone is searched from the end of the log it sits nearest, so a change to a long log
 * does not walk all of it.
 */
export function milestonesOf(
  meeting: IncidentTimes,
  events: readonly TimelineEvent[],
): Milestones {
  const first = (test: (event: TimelineEvent) => boolean) => events.find(test);
  const firstSignal = first((event) => event.kind === 'first-signal');
  const fixIndex = events.findIndex((event) => event.kind === 'fix-deployed');
  return {
    start: fromMeeting(meeting.startedAt) ?? fromEvent(firstSignal ?? events[0]),
    firstSignal: fromEvent(firstSignal),
    detected: fromMeeting(meeting.detectedAt) ?? fromEvent(first((event) => event.kind === 'detection')),
    mitigated:
      fromMeeting(meeting.mitigatedAt) ??
      fromEvent(
        first(
          (event) =>
            event.kind === 'mitigation' ||
            (event.kind === 'mitigation-attempt' && event.outcome === 'helped'),
        ),
      ),
    rootCause: fromEvent(lastOf(events, throughTimeOf(events, fixIndex), 'diagnosis')),
    fixDeployed: fromEvent(events[fixIndex]),
    resolved: fromMeeting(meeting.resolvedAt) ?? fromEvent(lastOf(events, events.length, 'recovery')),
  };
}

/** How many events come at or before the time of `events[index]` (all of them for -1). */
function throughTimeOf(events: readonly TimelineEvent[], index: number): number {
  if (index === -1) return events.length;
  let end = index + 1;
  while (end < events.length && events[end]!.at <= events[index]!.at) end++;
  return end;
}

/** The last event of `kind` among the first `end` events, searched backwards from there. */
function lastOf(events: readonly TimelineEvent[], end: number, kind: TimelineEvent['kind']) {
  for (let index = end - 1; index >= 0; index--) if (events[index]!.kind === kind) return events[index];
  return undefined;
}

const METRICS: readonly {
  key: MetricKey;
  label: string;
  from: MilestoneKey;
  to: MilestoneKey;
  span: string;
}[] = [
  { key: 'timeToDetect', label: 'Time to detect', from: 'start', to: 'detected', span: 'start → detection' },
  {
    key: 'timeToMitigate',
    label: 'Time to mitigate',
    from: 'detected',
    to: 'mitigated',
    span: 'detection → mitigation',
  },
  {
    key: 'timeToResolve',
    label: 'Time to resolve',
    from: 'detected',
    to: 'resolved',
    span: 'detection → resolution',
  },
  {
    key: 'rootCauseToFix',
    label: 'Root cause → fix',
    from: 'rootCause',
    to: 'fixDeployed',
    span: 'root cause identified → fix deployed',
  },
  {
    key: 'totalDuration',
    label: 'Total duration',
    from: 'start',
    to: 'resolved',
    span: 'start → resolution',
  },
];

/** Whole seconds between two milestones; null while either is unknown or they run backwards. */
export function secondsBetween(from: Milestone | null, to: Milestone | null): number | null {
  if (!from || !to || to.at < from.at) return null;
  return Math.round((to.at - from.at) / 1000);
}

/**
 * The incident's numbers (DESIGN.md section 3, derived, never stored): time to detect, to
 * mitigate (from detection), to resolve (from detection), root cause identified → fix deployed,
 * and total duration (start → resolution). Each says which milestones it spans and where they
 * came from, so a reader can tell a typed time from one read off the log.
 */
export function incidentMetrics(facts: IncidentFacts): IncidentMetrics {
  return metricsOf(incidentMilestones(facts));
}

/** `incidentMetrics` of milestones already found (`milestonesOf`). */
export function metricsOf(milestones: Milestones): IncidentMetrics {
  return {
    milestones,
    metrics: METRICS.map(({ key, label, span, from, to }) => ({
      key,
      label,
      span,
      seconds: secondsBetween(milestones[from], milestones[to]),
      from: milestones[from],
      to: milestones[to],
    })),
  };
}
