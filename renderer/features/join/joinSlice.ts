import type { HindsightApi, Input } from '../../../shared/contract';
import type { ContractError } from '../../../shared/contract/errors';
import type { FoundRoom, JoinStatus } from '../../../shared/contract/join';
import { settle } from '../../bridge/api';
import type { SliceCreator } from '../../store/sliceCreator';
import { createJoinedNoteTakerStore } from './joinedNoteTakerStore';

export interface JoinSlice {
  join: {
    /** The "Join a room" screen is showing instead of the library. */
    screenOpen: boolean;
    /** The room this app joined (the core's), or null. */
    status: JoinStatus | null;
    /** The rooms heard on the network at the last look; null before any look. */
    found: FoundRoom[] | null;
    browsing: boolean;
    joining: boolean;
  };
  /** Reads the joined room again (on `joinChanged`, and when a window starts). */
  loadJoin(): Promise<void>;
  setJoinScreenOpen(open: boolean): void;
  browseRooms(): Promise<void>;
  /** Joins; answers the core's refusal (wrong code, nobody answering), or null once joined. */
  joinRoom(input: Input<'join.open'>): Promise<ContractError | null>;
  leaveRoom(): Promise<void>;
  /**
   * The note-taker view's store over this app's core, for the joined room's screen; `storage`
   * keeps the captures the core refused before its outbox had them.
   */
  joinedNoteTaker(status: JoinStatus, storage: Storage): ReturnType<typeof createJoinedNoteTakerStore>;
}

/** Joining another Hindsight's room as a note-taker (issue 15): the library's "Join a room". */
export function createJoinSlice(api: HindsightApi): SliceCreator<JoinSlice> {
  return (set, get) => {
    const patch = (join: Partial<JoinSlice['join']>) =>
      set((state) => ({ join: { ...state.join, ...join } }));
    return {
      join: { screenOpen: false, status: null, found: null, browsing: false, joining: false },
      async loadJoin() {
        const result = await settle(api['join.status']({}));
        if (!result.ok) return;
        // A room joined before the app last quit opens its view again at start.
        const rejoined = result.value !== null && get().join.status === null;
        patch({ status: result.value, ...(rejoined ? { screenOpen: true } : {}) });
      },
      setJoinScreenOpen: (open) => patch({ screenOpen: open }),
      async browseRooms() {
        patch({ browsing: true });
        const result = await settle(api['join.browse']({}));
        patch({ browsing: false, found: result.ok ? result.value : [] });
      },
      async joinRoom(input) {
        patch({ joining: true });
        const result = await settle(api['join.open'](input));
        patch({ joining: false, ...(result.ok ? { status: result.value } : {}) });
        if (result.ok) void get().loadMeetings();
        return result.ok ? null : result.error;
      },
      async leaveRoom() {
        const result = await settle(api['join.leave']({}));
        if (!result.ok) return get().reportError(result.error);
        patch({ status: null, screenOpen: false });
        void get().loadMeetings();
      },
      joinedNoteTaker: (status, storage) => createJoinedNoteTakerStore(api, status, storage),
    };
  };
}
