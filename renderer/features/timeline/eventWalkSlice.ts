import type { HindsightApi } from '../../../shared/contract';
import type { SliceCreator } from '../../store/sliceCreator';
import { meetingCursor } from '../live/meetingCursor';

export interface EventWalkSlice {
  /**
   * Shows `eventId` on the projector in the Event log step (null: the newest events), saved on
   * the meeting (`walkEventId`) so the projector walks the log with the console.
   */
  walkEvent(eventId: string | null): Promise<void>;
}

export function createEventWalkSlice(api: HindsightApi): SliceCreator<EventWalkSlice> {
  return (set, get) => {
    const walk = meetingCursor(set, get, 'walkEventId', (meetingId, eventId) =>
      api['meetings.walkEvent']({ meetingId, eventId }),
    );
    return { walkEvent: (eventId) => walk.moveTo(eventId) };
  };
}
