import { fieldsOf } from '../../../shared/contract/crud';
import { resolveClock } from '../../../shared/domain/format/clock';
import { parkedEventText, parkingStepId } from '../../../shared/domain/timeline/parkEvent';
import type { Store } from '../repos/store';
import { commitChange, HandlerError, type Handlers } from './context';
import { liveMeeting } from './meetings';

/** What a parking-lot item can hold; the event's time takes part of it. */
const MAX_TEXT = fieldsOf('parkingLot').shape.text.maxLength ?? Infinity;

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
    commitChange(context, (store, change) => {
      const event = recordOf(store, 'timeline', input.id, false);
      const meeting = liveMeeting(context, event.meetingId);
      const text = parkedEventText(event, meeting.timeZone, resolveClock(meeting.clockFormat, input.systemClock));
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
      const parked = store.tables.timeline.save(event, { deletedAt: now, updatedAt: now });
      change.touch(meeting.id, now);
      change.record('timeline', parked, event);
      change.record('parkingLot', item, null);
      return { event: parked, item };
    }),

  'timeline.unpark': (input, context) =>
    commitChange(context, (store, change) => {
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
      const now = context.now();
      change.touch(event.meetingId, now);
      const restored = store.tables.timeline.save(event, { deletedAt: null, updatedAt: now });
      const removed = store.tables.parkingLot.save(item, { deletedAt: now, updatedAt: now });
      change.record('timeline', restored, event);
      change.record('parkingLot', removed, item);
      return { event: restored, item: removed };
    }),
};
