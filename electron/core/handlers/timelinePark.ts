import { ParkingLotFields } from '../../../shared/contract/parkingLot';
import { parkedEventText, parkingStepId } from '../../../shared/domain/timeline/parkEvent';
import type { Store } from '../repos/store';
import { commitChange, HandlerError, type Handlers } from './context';
import { liveMeeting } from './meetings';

/** What a parking-lot item can hold; the event's time takes part of it. */
const MAX_TEXT = ParkingLotFields.shape.text.maxLength ?? Infinity;

/** The record `id` of `table`, alive (`deleted: false`) or deleted, or a `not-found` error naming it. */
function recordOf<K extends 'timeline' | 'parkingLot'>(store: Store, table: K, id: string, deleted: boolean) {
  const record = store.tables[table].get(id);
  if (!record || (record.deletedAt !== null) !== deleted) {
    const what = table === 'timeline' ? 'event' : 'parking-lot item';
    throw new HandlerError('not-found', `No ${deleted ? 'parked ' : ''}${what} with id ${id}.`);
  }
  return record;
}

/** `timeline.park` and its undo, each one transaction over the event and the parking-lot item. */
export const timelineParkHandlers: Pick<Handlers, 'timeline.park' | 'timeline.unpark'> = {
  'timeline.park': (input, context) =>
    commitChange(
      context,
      (store) => {
        const event = recordOf(store, 'timeline', input.id, false);
        const meeting = liveMeeting(context, event.meetingId);
        const text = parkedEventText(event, meeting.timeZone);
        if (text.length > MAX_TEXT) {
          throw new HandlerError(
            'invalid-input',
            `Not parked: with its time, this event’s text is ${text.length.toLocaleString('en-US')} characters ` +
              `and a parking-lot item holds ${MAX_TEXT.toLocaleString('en-US')}. Shorten the description first.`,
            [{ path: 'id', message: 'description too long for a parking-lot item' }],
          );
        }
        const now = context.now();
        const agenda = store.tables.agenda.listWhere('meetingId', meeting.id, false);
        const item = store.tables.parkingLot.insert({
          id: context.newId(),
          meetingId: meeting.id,
          createdAt: now,
          updatedAt: now,
          deletedAt: null,
          createdBy: context.deviceId(),
          text,
          stepId: parkingStepId(meeting, agenda),
          resolved: false,
        });
        const parked = store.tables.timeline.update(event.id, { deletedAt: now, updatedAt: now });
        store.touchMeeting(meeting.id, now);
        return { event: parked, item };
      },
      (parked) => parked.event.meetingId,
    ),

  'timeline.unpark': (input, context) =>
    commitChange(
      context,
      (store) => {
        const event = recordOf(store, 'timeline', input.eventId, true);
        const item = recordOf(store, 'parkingLot', input.itemId, false);
        if (item.meetingId !== event.meetingId) {
          throw new HandlerError(
            'invalid-input',
            'Not undone: the item and the event belong to different meetings.',
            [{ path: 'itemId', message: 'not a parking-lot item of the event’s meeting' }],
          );
        }
        // Park writes both in one instant. Nothing else links them: without this, any deleted
        // event and any item of the meeting would pass, and the undo would delete an unrelated item.
        if (item.createdAt !== event.deletedAt) {
          throw new HandlerError(
            'invalid-input',
            'Not undone: this parking-lot item was not made by parking this event.',
            [{ path: 'itemId', message: 'not the item timeline.park made from this event' }],
          );
        }
        liveMeeting(context, event.meetingId);
        const now = context.now();
        const restored = store.tables.timeline.update(event.id, { deletedAt: null, updatedAt: now });
        const removed = store.tables.parkingLot.update(item.id, { deletedAt: now, updatedAt: now });
        store.touchMeeting(event.meetingId, now);
        return { event: restored, item: removed };
      },
      (unparked) => unparked.event.meetingId,
    ),
};
