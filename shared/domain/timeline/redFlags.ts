import type { Impact, Meeting, TimelineEvent } from '../../types';
import { formatDuration } from '../format/duration';
import { chronological } from './chronologicalOrder';
import {
  fromMeeting,
  milestonesOf,
  secondsBetween,
  type IncidentFacts,
  type Milestone,
  type Milestones,
} from './metrics';

/**
 * First signal → detection above this is a detection gap. Ten minutes is about two alerting
 * evaluation windows plus a page acknowledgement: a signal that sat longer was visible but
 * nobody was told, which is what "detect earlier" (DESIGN.md section 2) asks about.
 */
export const DETECTION_GAP_SECONDS = 10 * 60;

/**
 * Root cause identified → impact mapped above this (DESIGN.md section 2): while nobody knows who
 * is affected, the team cannot tell whether the fix it is choosing is urgent enough, or who to tell.
 */
export const IMPACT_MAPPING_SECONDS = 15 * 60;

/** Root cause identified → fix deployed above this is a recoverability flag (DESIGN.md section 2). */
export const RECOVERABILITY_SECONDS = 30 * 60;

/** Resolution → the postmortem meeting above this: memories fade and logs rotate (DESIGN.md section 2). */
export const MEETING_DELAY_SECONDS = 3 * 24 * 3600;

export type RedFlag =
  | { kind: 'detection-gap'; seconds: number; limitSeconds: number; message: string }
  | { kind: 'slow-impact-mapping'; seconds: number; limitSeconds: number; message: string }
  | { kind: 'slow-recovery'; seconds: number; limitSeconds: number; message: string }
  | { kind: 'ineffective-mitigation'; events: TimelineEvent[]; message: string }
  /** `held`: measured to when the meeting started; false: to `now`, for a meeting not held yet. */
  | { kind: 'late-meeting'; seconds: number; limitSeconds: number; held: boolean; message: string };

/** What the red flags read besides the incident's milestones: the meeting's walk and when its impact was mapped. */
export interface RedFlagContext {
  meeting: Pick<Meeting, 'status' | 'liveStartedAt'>;
  /** The meeting's impact record; null while nothing about the impact has been written. */
  impact: Pick<Impact, 'mappedAt'> | null;
}

/** What the red flags are read from: the incident's facts, when its impact was mapped, and the meeting's walk. */
export interface RedFlagFacts extends IncidentFacts, RedFlagContext {
  meeting: IncidentFacts['meeting'] & RedFlagContext['meeting'];
}

/**
 * Resolution → the meeting. A meeting that has started is measured to its first timer. A draft
 * is measured to `now`, so the facilitator sees the flag while still preparing; a meeting that
 * was run without ever starting a timer (live or ended, no start time) cannot be measured.
 */
function lateMeeting(facts: RedFlagContext, resolved: Milestone | null, now: number | null): RedFlag | null {
  const { status, liveStartedAt } = facts.meeting;
  const held = liveStartedAt !== null;
  const until = held ? liveStartedAt : status === 'draft' ? now : null;
  const seconds = secondsBetween(resolved, fromMeeting(until));
  if (seconds === null || seconds <= MEETING_DELAY_SECONDS) return null;
  const when = held ? 'held' : 'not held yet,';
  return {
    kind: 'late-meeting',
    seconds,
    limitSeconds: MEETING_DELAY_SECONDS,
    held,
    message: `Meeting delay: ${when} ${formatDuration(seconds)} after resolution (over ${formatDuration(MEETING_DELAY_SECONDS)}).`,
  };
}

/**
 * The red flags DESIGN.md section 2 asks for: a long gap between the first signal and detection;
 * more than 15 minutes from root cause identified to impact mapped; more than 30 minutes from
 * root cause identified to fix deployed; mitigation attempts that had no effect or only moved the
 * symptom; a meeting held more than 3 days after resolution. The first signal here is the first
 * `first-signal` event when there is one: the meeting's start time may be when the fault was
 * introduced, before anything could be seen.
 *
 * `now` (UTC ms) is an argument rather than read here, so the function stays pure and testable
 * at any instant; it only matters for a draft meeting (see the meeting delay). Pass null where
 * the answer must not depend on when it is computed (the report): a draft is then not judged.
 */
export function redFlags(facts: RedFlagFacts, now: number | null): RedFlag[] {
  const events = chronological(facts.timeline);
  return redFlagsOf(facts, events, milestonesOf(facts.meeting, events), now);
}

/**
 * `redFlags` of live events already in time order and their milestones (`milestonesOf`), as a
 * view holds them: the meeting's incident times reach it through the milestones.
 */
export function redFlagsOf(
  facts: RedFlagContext,
  events: readonly TimelineEvent[],
  milestones: Milestones,
  now: number | null,
): RedFlag[] {
  const flags: RedFlag[] = [];

  const gap = secondsBetween(milestones.firstSignal ?? milestones.start, milestones.detected);
  if (gap !== null && gap > DETECTION_GAP_SECONDS) {
    flags.push({
      kind: 'detection-gap',
      seconds: gap,
      limitSeconds: DETECTION_GAP_SECONDS,
      message: `Detection gap: ${formatDuration(gap)} from the first signal to detection (over ${formatDuration(DETECTION_GAP_SECONDS)}).`,
    });
  }

  const mapping = secondsBetween(milestones.rootCause, fromMeeting(facts.impact?.mappedAt ?? null));
  if (mapping !== null && mapping > IMPACT_MAPPING_SECONDS) {
    flags.push({
      kind: 'slow-impact-mapping',
      seconds: mapping,
      limitSeconds: IMPACT_MAPPING_SECONDS,
      message: `Impact mapping: ${formatDuration(mapping)} from root cause identified to impact mapped (over ${formatDuration(IMPACT_MAPPING_SECONDS)}).`,
    });
  }

  const recovery = secondsBetween(milestones.rootCause, milestones.fixDeployed);
  if (recovery !== null && recovery > RECOVERABILITY_SECONDS) {
    flags.push({
      kind: 'slow-recovery',
      seconds: recovery,
      limitSeconds: RECOVERABILITY_SECONDS,
      message: `Recoverability: ${formatDuration(recovery)} from root cause identified to fix deployed (over ${formatDuration(RECOVERABILITY_SECONDS)}).`,
    });
  }

  const ineffective = events.filter(
    (event) =>
      event.kind === 'mitigation-attempt' &&
      (event.outcome === 'no-effect' || event.outcome === 'moved-symptom'),
  );
  if (ineffective.length > 0) {
    const count =
      ineffective.length === 1 ? '1 mitigation attempt' : `${ineffective.length} mitigation attempts`;
    flags.push({
      kind: 'ineffective-mitigation',
      events: ineffective,
      message: `${count} had no effect or only moved the symptom.`,
    });
  }

  const late = lateMeeting(facts, milestones.resolved, now);
  if (late) flags.push(late);
  return flags;
}
