import type { LiveState } from '../../../shared/contract/live';
import { adjacentStep, orderedSteps } from '../../../shared/domain/agenda/walk';
import { pauseTimer, startTimer } from '../../../shared/domain/agenda/timer';
import type { AgendaStep, Meeting } from '../../../shared/types';
import type { Store } from '../repos/store';
import type { ChangeRecorder } from './changes';
import { commitChange, HandlerError, type HandlerContext, type Handlers } from './context';
import { liveMeeting } from './meetings';

type LiveMethodName =
  | 'agenda.startStep'
  | 'agenda.pauseStep'
  | 'agenda.extendStep'
  | 'agenda.goToStep'
  | 'agenda.next'
  | 'agenda.previous'
  | 'meetings.endMeeting'
  | 'meetings.signalMoveOn'
  | 'meetings.reviewItem'
  | 'meetings.walkEvent'
  | 'windows.openProjector';

/** A record a meeting cursor may point at: it belongs to one meeting and may be deleted. */
type OwnedRecord = { deletedAt: number | null; meetingId: string };

/**
 * A meeting cursor (the action item under review, the event the log walk shows): the meeting
 * field that holds it, where its record is looked up, and how a refusal reads.
 */
interface Cursor {
  field: 'reviewItemId' | 'walkEventId';
  find(store: Store, id: string): OwnedRecord | undefined;
  message: string;
  path: string;
  names: string;
}

const REVIEW_CURSOR: Cursor = {
  field: 'reviewItemId',
  find: (store, id) => store.tables.actionItems.get(id),
  message: 'Not reviewed: the action item is not on this meeting.',
  path: 'itemId',
  names: 'action item',
};

const WALK_CURSOR: Cursor = {
  field: 'walkEventId',
  find: (store, id) => store.tables.timeline.get(id),
  message: 'Not shown: the event is not in this meeting’s log.',
  path: 'eventId',
  names: 'event',
};

const MAX_PLANNED_SECONDS = 24 * 3600;

/**
 * The walk through one meeting's agenda inside one transaction. Only timer start and pause
 * write timer fields (DESIGN.md section 3: a timer is never ticked into the database), and at
 * most one step of a meeting runs at a time.
 */
function walker(context: HandlerContext, store: Store, change: ChangeRecorder, meetingId: string) {
  const now = context.now();
  let meeting = liveMeeting(context, meetingId);
  const steps = () => orderedSteps(store.tables.agenda.listWhere('meetingId', meetingId, false));
  const saveStep = (step: AgendaStep, patch: Partial<AgendaStep>) => {
    const saved = store.tables.agenda.save(step, { ...patch, updatedAt: now });
    change.record('agenda', saved, step);
    return saved;
  };
  const saveMeeting = (patch: Partial<Meeting>) => {
    meeting = store.tables.meetings.save(meeting, { ...patch, updatedAt: now });
  };
  const pauseAll = () => {
    for (const step of steps()) if (step.runningSince !== null) saveStep(step, pauseTimer(step, now));
  };

  return {
    get meeting() {
      return meeting;
    },
    pauseAll,
    saveStep,
    saveMeeting,
    /** Runs this step's timer and makes it current: a draft or ended meeting becomes live. */
    start(step: AgendaStep) {
      // One timer runs per meeting; the target itself is left alone, and re-read so that a
      // start on a step that is already running (a double press, a second window) keeps its time.
      for (const other of steps()) {
        if (other.id !== step.id && other.runningSince !== null) saveStep(other, pauseTimer(other, now));
      }
      const fresh = store.tables.agenda.get(step.id) ?? step;
      saveStep(fresh, startTimer(fresh, now));
      saveMeeting({
        currentStepId: step.id,
        // Ended (review) and started again: the meeting is live again. Published stays published.
        status: meeting.status === 'published' ? 'published' : 'live',
        liveStartedAt: meeting.liveStartedAt ?? now,
      });
    },
    /** Moves the walk to `target` (see `agenda.goToStep` in the contract). */
    goTo(target: AgendaStep) {
      const current = steps().find((step) => step.id === meeting.currentStepId);
      if (current?.id === target.id) return;
      pauseAll();
      if (current && target.position > current.position) saveStep(current, { completed: true });
      // Chosen on purpose: a skipped step taken up again, or a done step reopened, is in play.
      const reopened = saveStep(target, { skipped: false, completed: false });
      saveMeeting({ currentStepId: target.id, moveOnSignalAt: null });
      if (meeting.autoStartNextStep) this.start(reopened);
    },
    state(): LiveState {
      return { meeting, agenda: steps() };
    },
  };
}

/** Runs `work` on the meeting's walk in one transaction and answers the saved state. */
function walk(
  context: HandlerContext,
  meetingId: string,
  work: (walking: ReturnType<typeof walker>, store: Store) => void,
): LiveState {
  return commitChange(context, (store, change) => {
    const walking = walker(context, store, change, meetingId);
    work(walking, store);
    // Every walk writes the meeting (its current step, or at least its last change).
    walking.saveMeeting({});
    change.meeting(walking.meeting);
    return walking.state();
  });
}

/** The live step with this id, or a `not-found` error. */
function liveStep(context: HandlerContext, stepId: string): AgendaStep {
  const step = context.store().tables.agenda.get(stepId);
  if (!step || step.deletedAt !== null)
    throw new HandlerError('not-found', `No agenda step with id ${stepId}.`);
  return step;
}

function stepWalk(
  context: HandlerContext,
  stepId: string,
  work: (walking: ReturnType<typeof walker>, step: AgendaStep) => void,
) {
  const step = liveStep(context, stepId);
  return walk(context, step.meetingId, (walking) => work(walking, step));
}

/**
 * Points `cursor` at `id`, or at nothing (null, always fine). An id that names no live record
 * of this meeting is refused and nothing is written.
 */
function moveCursor(
  context: HandlerContext,
  meetingId: string,
  id: string | null,
  cursor: Cursor,
): LiveState {
  return walk(context, meetingId, (walking, store) => {
    const record = id === null ? null : cursor.find(store, id);
    if (id !== null && !(record && record.deletedAt === null && record.meetingId === meetingId)) {
      throw new HandlerError('invalid-input', cursor.message, [
        { path: cursor.path, message: `names no live ${cursor.names} of this meeting` },
      ]);
    }
    walking.saveMeeting({ [cursor.field]: id });
  });
}

/** Handlers for running the meeting: timers, the walk, the end, and the projector. */
export const liveHandlers: Pick<Handlers, LiveMethodName> = {
  'agenda.startStep': (input, context) =>
    stepWalk(context, input.stepId, (walking, step) => walking.start(step)),

  'agenda.pauseStep': (input, context) =>
    stepWalk(context, input.stepId, (walking, step) =>
      walking.saveStep(step, pauseTimer(step, context.now())),
    ),

  'agenda.extendStep': (input, context) =>
    stepWalk(context, input.stepId, (walking, step) =>
      walking.saveStep(step, {
        plannedSeconds: Math.min(MAX_PLANNED_SECONDS, step.plannedSeconds + input.seconds),
      }),
    ),

  'agenda.goToStep': (input, context) => {
    const step = liveStep(context, input.stepId);
    if (step.meetingId !== input.meetingId) {
      throw new HandlerError('invalid-input', 'Not moved: the step is not on this meeting’s agenda.', [
        { path: 'stepId', message: 'names no agenda step of this meeting' },
      ]);
    }
    return walk(context, input.meetingId, (walking) => walking.goTo(step));
  },

  'agenda.next': (input, context) =>
    walk(context, input.meetingId, (walking) => {
      const target = adjacentStep(walking.state().agenda, walking.meeting.currentStepId, 'next');
      if (!target) throw new HandlerError('conflict', 'This is the last step: end the meeting instead.');
      walking.goTo(target);
    }),

  'agenda.previous': (input, context) =>
    walk(context, input.meetingId, (walking) => {
      const target = adjacentStep(walking.state().agenda, walking.meeting.currentStepId, 'previous');
      if (!target) throw new HandlerError('conflict', 'There is no step before this one.');
      walking.goTo(target);
    }),

  'meetings.endMeeting': (input, context) =>
    walk(context, input.meetingId, (walking) => {
      walking.pauseAll();
      const current = walking.state().agenda.find((step) => step.id === walking.meeting.currentStepId);
      if (current) walking.saveStep(current, { completed: true });
      walking.saveMeeting({ currentStepId: null, moveOnSignalAt: null, status: 'review' });
    }),

  'meetings.signalMoveOn': (input, context) =>
    walk(context, input.meetingId, (walking) =>
      walking.saveMeeting({ moveOnSignalAt: input.raised ? context.now() : null }),
    ),

  'meetings.reviewItem': (input, context) =>
    moveCursor(context, input.meetingId, input.itemId, REVIEW_CURSOR),

  'meetings.walkEvent': (input, context) => moveCursor(context, input.meetingId, input.eventId, WALK_CURSOR),

  'windows.openProjector': async (input, context) => {
    liveMeeting(context, input.meetingId);
    if (!context.host.openProjector) {
      throw new HandlerError('conflict', 'Only the Hindsight app can open a projector window.');
    }
    await context.host.openProjector(input.meetingId);
    return null;
  },
};
