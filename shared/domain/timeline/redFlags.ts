import type { TimelineEvent } from '../../types';
import { chronological, incidentMilestones, secondsBetween, type IncidentFacts } from './metrics';

/**
 * First signal → detection above this is a detection gap. Ten minutes is about two alerting
 * evaluation windows plus a page acknowledgement: a signal that sat longer was visible but
 * nobody was told, which is what "detect earlier" (DESIGN.md section 2) asks about.
 */
export const DETECTION_GAP_SECONDS = 10 * 60;

/** Root cause identified → fix deployed above this is a recoverability flag (DESIGN.md section 2). */
export const RECOVERABILITY_SECONDS = 30 * 60;

export type RedFlag =
  | { kind: 'detection-gap'; seconds: number; limitSeconds: number; message: string }
  | { kind: 'slow-recovery'; seconds: number; limitSeconds: number; message: string }
  | { kind: 'ineffective-mitigation'; events: TimelineEvent[]; message: string };

const minutes = (seconds: number) => `${Math.round(seconds / 60)} min`;

/**
 * The red flags the event log can show (DESIGN.md section 2): a long gap between the first signal
 * and detection, more than 30 minutes from root cause identified to fix deployed, and mitigation
 * attempts that had no effect or only moved the symptom. The first signal here is the first
 * `first-signal` event when there is one: the meeting's start time may be when the fault was
 * introduced, before anything could be seen.
 */
export function redFlags(facts: IncidentFacts): RedFlag[] {
  const milestones = incidentMilestones(facts);
  const flags: RedFlag[] = [];

  const gap = secondsBetween(milestones.firstSignal ?? milestones.start, milestones.detected);
  if (gap !== null && gap > DETECTION_GAP_SECONDS) {
    flags.push({
      kind: 'detection-gap',
      seconds: gap,
      limitSeconds: DETECTION_GAP_SECONDS,
      message: `Detection gap: ${minutes(gap)} from the first signal to detection (over ${minutes(DETECTION_GAP_SECONDS)}).`,
    });
  }

  const recovery = secondsBetween(milestones.rootCause, milestones.fixDeployed);
  if (recovery !== null && recovery > RECOVERABILITY_SECONDS) {
    flags.push({
      kind: 'slow-recovery',
      seconds: recovery,
      limitSeconds: RECOVERABILITY_SECONDS,
      message: `Recoverability: ${minutes(recovery)} from root cause identified to fix deployed (over ${minutes(RECOVERABILITY_SECONDS)}).`,
    });
  }

  const ineffective = chronological(facts.timeline).filter(
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
  return flags;
}
