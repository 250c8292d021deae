import { elapsedSeconds, type TimerState } from './timer';

/** The fields of a step that the walk through the agenda reads. */
export interface WalkStep extends TimerState {
  id: string;
  position: number;
  skipped: boolean;
  completed: boolean;
  deletedAt: number | null;
}

/** The live steps in agenda order. */
export function orderedSteps<S extends WalkStep>(agenda: readonly S[]): S[] {
  return agenda
    .filter((step) => step.deletedAt === null)
    .sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1));
}

/**
 * The step `next` or `previous` goes to from `currentStepId`, jumping over skipped steps; null
 * when there is none. Before the walk started (no current step), `next` is the first step.
 */
export function adjacentStep<S extends WalkStep>(
  agenda: readonly S[],
  currentStepId: string | null,
  direction: 'next' | 'previous',
): S | null {
  const steps = orderedSteps(agenda);
  const index = steps.findIndex((step) => step.id === currentStepId);
  if (index === -1) return direction === 'next' ? (steps.find((step) => !step.skipped) ?? null) : null;
  const candidates = direction === 'next' ? steps.slice(index + 1) : steps.slice(0, index).reverse();
  return candidates.find((step) => !step.skipped) ?? null;
}

export interface MeetingClock {
  /** Sum of the timeboxes of the steps not skipped. */
  plannedSeconds: number;
  /** When the meeting ends if every step keeps its timebox, counted from its first timer. */
  plannedEndMs: number;
  /** When it ends if the current step's overtime stays and the rest keep their timeboxes. */
  projectedEndMs: number;
  /** Projected minus planned end, in whole seconds (negative when ahead of plan). */
  driftSeconds: number;
}

/**
 * The meeting-level clock: planned end vs projected end from the steps' actual times. A step
 * still to come (or the current one) needs what is left of its timebox; a completed step needs
 * nothing more. Before the first timer started, the meeting is planned to start now.
 */
export function meetingClock(
  agenda: readonly WalkStep[],
  meeting: { liveStartedAt: number | null; currentStepId: string | null },
  nowMs: number,
): MeetingClock {
  const steps = orderedSteps(agenda).filter((step) => !step.skipped);
  const plannedSeconds = steps.reduce((total, step) => total + step.plannedSeconds, 0);
  const plannedEndMs = (meeting.liveStartedAt ?? nowMs) + plannedSeconds * 1000;
  const stillNeeded = steps.reduce((total, step) => {
    if (step.completed && step.id !== meeting.currentStepId) return total;
    return total + Math.max(0, step.plannedSeconds - elapsedSeconds(step, nowMs));
  }, 0);
  const projectedEndMs = nowMs + stillNeeded * 1000;
  return {
    plannedSeconds,
    plannedEndMs,
    projectedEndMs,
    driftSeconds: Math.round((projectedEndMs - plannedEndMs) / 1000),
  };
}
