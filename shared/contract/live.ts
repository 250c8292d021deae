import { z } from 'zod';
import { method } from './define';
import { recordId } from './crud';
import type { AgendaStep, Meeting } from '../types';

/**
 * Running the meeting (issue #6): the walk through the agenda and its timers. Each method is one
 * transaction that answers the saved meeting and agenda, so the console shows exactly what every
 * other window (the projector) reloads on `meetingChanged`.
 */
export interface LiveState {
  meeting: Meeting;
  /** The meeting's live steps in agenda order. */
  agenda: AgendaStep[];
}

const StepRef = z.object({ stepId: recordId });
const MeetingRef = z.object({ meetingId: recordId });

/** The most a single extension adds: an hour, far past any sensible timebox change. */
const MAX_EXTENSION_SECONDS = 3600;

export const ExtendStepInput = z.object({
  stepId: recordId,
  seconds: z
    .number()
    .int('not a whole number of seconds')
    .min(1, 'at least one second')
    .max(MAX_EXTENSION_SECONDS, `more than ${MAX_EXTENSION_SECONDS} seconds`),
});

export const liveMethods = {
  /** Starts (or resumes) a step's timer and makes it current; any other running timer pauses. */
  'agenda.startStep': method(StepRef).returns<LiveState>(),
  /** Pauses a step's timer, keeping the time it ran. */
  'agenda.pauseStep': method(StepRef).returns<LiveState>(),
  /** Adds `seconds` to the step's timebox. */
  'agenda.extendStep': method(ExtendStepInput).returns<LiveState>(),
  /**
   * Makes `stepId` current: the running step pauses (and counts as done when moving forward),
   * and the target's timer starts when the meeting's `autoStartNextStep` is on.
   */
  'agenda.goToStep': method(z.object({ meetingId: recordId, stepId: recordId })).returns<LiveState>(),
  /** Goes to the next step that is not skipped (the first one before the walk started). */
  'agenda.next': method(MeetingRef).returns<LiveState>(),
  /** Goes back to the previous step that is not skipped. */
  'agenda.previous': method(MeetingRef).returns<LiveState>(),
  /** Ends the walk: timers pause, the current step is done and the meeting moves to review. */
  'meetings.endMeeting': method(MeetingRef).returns<LiveState>(),
  /** Raises (or lowers) the "Enough, let's move on" banner on the projector. */
  'meetings.signalMoveOn': method(
    z.object({ meetingId: recordId, raised: z.boolean() }),
  ).returns<LiveState>(),
  /**
   * Puts an action item under review in the Action review step (null: none), so the projector
   * follows the facilitator item by item.
   */
  'meetings.reviewItem': method(
    z.object({ meetingId: recordId, itemId: recordId.nullable() }),
  ).returns<LiveState>(),
  /**
   * Puts a timeline event under the cursor in the Event log step (null: none), so the projector
   * walks the log with the console, showing that event with its neighbours.
   */
  'meetings.walkEvent': method(
    z.object({ meetingId: recordId, eventId: recordId.nullable() }),
  ).returns<LiveState>(),
  /** Opens the projector (audience) window on this meeting, on an external display if any. */
  'windows.openProjector': method(MeetingRef).returns<null>(),
} as const;
