import type { Handlers } from './context';

type RoomMethodName =
  'room.open' | 'room.close' | 'room.status' | 'room.removeParticipant' | 'room.showOnProjector';

/** The console's room methods: thin, since the room hub (electron/core/room) holds the room. */
export const roomHandlers: Pick<Handlers, RoomMethodName> = {
  'room.open': (input, context) => context.room.open(input.meetingId),
  'room.close': async (_input, context) => {
    await context.room.close();
    return null;
  },
  'room.status': (_input, context) => context.room.status(),
  'room.removeParticipant': (input, context) => context.room.removeParticipant(input.participantId),
  'room.showOnProjector': (input, context) => context.room.showOnProjector(input.shown),
};
