import type { HindsightApi } from '../../../shared/contract';
import type { Result } from '../../../shared/contract/errors';
import type { RoomStatus } from '../../../shared/contract/room';
import { settle } from '../../bridge/api';
import type { SliceCreator } from '../../store/sliceCreator';

export interface RoomSlice {
  room: {
    /** The open room (any meeting's), or null when none is open. */
    status: RoomStatus | null;
    /** The room panel is showing on the console. */
    panelOpen: boolean;
    pending: boolean;
  };
  /** Reads the room again (on `roomChanged`, and when a window starts). */
  loadRoom(): Promise<void>;
  /** Opens the room for the open meeting and shows the room panel. */
  openRoom(): Promise<void>;
  closeRoom(): Promise<boolean>;
  /** Removes a note-taker (the room code changes with it); whether it was done. */
  removeFromRoom(participantId: string): Promise<boolean>;
  showRoomOnProjector(shown: boolean): Promise<boolean>;
  setRoomPanelOpen(open: boolean): void;
}

const same = (status: RoomStatus) => status;

/** The console's side of the room (issue 15): open, close, who joined, the projector's QR. */
export function createRoomSlice(api: HindsightApi): SliceCreator<RoomSlice> {
  return (set, get) => {
    const patch = (room: Partial<RoomSlice['room']>) =>
      set((state) => ({ room: { ...state.room, ...room } }));
    /** Runs a room call; its answer (a status, or null once closed) becomes the room shown. */
    async function run<T>(
      call: () => Promise<Result<T>>,
      statusOf: (value: T) => RoomStatus | null,
    ): Promise<boolean> {
      patch({ pending: true });
      const result = await settle(call());
      patch({ pending: false, ...(result.ok ? { status: statusOf(result.value) } : {}) });
      if (!result.ok) get().reportError(result.error);
      return result.ok;
    }
    return {
      room: { status: null, panelOpen: false, pending: false },
      async loadRoom() {
        const result = await settle(api['room.status']({}));
        if (result.ok) patch({ status: result.value });
      },
      async openRoom() {
        const meetingId = get().overview.records?.meeting.id;
        if (!meetingId) return;
        patch({ panelOpen: true });
        await run(() => api['room.open']({ meetingId }), same);
      },
      closeRoom: () =>
        run(
          () => api['room.close']({}),
          () => null,
        ),
      removeFromRoom: (participantId) => run(() => api['room.removeParticipant']({ participantId }), same),
      showRoomOnProjector: (shown) => run(() => api['room.showOnProjector']({ shown }), same),
      setRoomPanelOpen: (open) => patch({ panelOpen: open }),
    };
  };
}
