import type { Handlers } from './context';
import { liveMeeting } from './meetings';

type CoachHandlers = Pick<Handlers, `coach.${string}` & keyof Handlers>;

/**
 * The coach's writes are one statement each, committed before the answer. They emit no
 * `meetingChanged`: nothing in the meeting's records changed, and the window that wrote holds
 * the state it is answered.
 */
export const coachHandlers: CoachHandlers = {
  'coach.get': (input, context) => {
    liveMeeting(context, input.meetingId);
    return context.store().coach.state(input.meetingId);
  },
  'coach.dismiss': (input, context) => {
    liveMeeting(context, input.meetingId);
    const { coach } = context.store();
    coach.dismiss(input.meetingId, input.key, context.now());
    return coach.state(input.meetingId);
  },
  'coach.undismiss': (input, context) => {
    liveMeeting(context, input.meetingId);
    const { coach } = context.store();
    coach.undismiss(input.meetingId, input.key);
    return coach.state(input.meetingId);
  },
  'coach.setNote': (input, context) => {
    liveMeeting(context, input.meetingId);
    const { coach } = context.store();
    coach.setNote(input.meetingId, input.aspect, input.note, context.now());
    return coach.state(input.meetingId);
  },
};
