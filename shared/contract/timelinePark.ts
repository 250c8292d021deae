import { z } from 'zod';
import { method } from './define';
import { recordId, RecordRef } from './crud';
import { SystemClockSchema } from './report';
import type { ParkingLotItem, TimelineEvent } from '../types';

/** An event moved to the parking lot, and the item it became. */
export interface ParkedEvent {
  /** The event, now deleted from the log (kept, so Undo and a merge can bring it back). */
  event: TimelineEvent;
  item: ParkingLotItem;
}

export const UnparkInput = z.object({
  /** The parked event, to put back in the log. */
  eventId: recordId,
  /** The parking-lot item `timeline.park` made from it, to take out of the parking lot. */
  itemId: recordId,
});

export const timelineParkMethods = {
  /**
   * Moves an event that is an opinion rather than a fact to the parking lot, in one transaction:
   * the event is deleted (soft, DESIGN.md section 3) and a parking-lot item carries its time, in
   * the meeting's zone, and its description, on the meeting's current step, else the event-log
   * step. Refused, with nothing written, when the text would not fit a parking-lot item. The time
   * is in the meeting's clock; `systemClock` is the asking computer's, for a meeting that follows it.
   */
  'timeline.park': method(RecordRef.extend({ systemClock: SystemClockSchema })).returns<ParkedEvent>(),
  /**
   * Undoes `timeline.park` in one transaction: the event is back in the log, the item deleted.
   * Refused when the item is not the one parking this event made.
   */
  'timeline.unpark': method(UnparkInput).returns<ParkedEvent>(),
} as const;
