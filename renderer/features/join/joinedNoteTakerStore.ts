import { createStore } from 'zustand/vanilla';
import type { HindsightApi } from '../../../shared/contract';
import type { JoinCapture, JoinStatus } from '../../../shared/contract/join';
import type { ContractError } from '../../../shared/contract/errors';
import { applyChangeToRecords, type LoadedMeeting } from '../../../shared/domain/meetings/applyRecordChanges';
import { settle } from '../../bridge/api';
import type { NoteTakerState, NoteTakerStore } from '../room/noteTakerStore';
import type { HubClock } from '../room/NoteTakerView';
import { newCapture } from '../room/recordId';
import { storedRefusals } from '../room/refusedCaptures';
import type { RoomConnection } from '../room/roomTransport';

/** The joined room's connection in the note-taker view's words. */
function connectionOf(status: JoinStatus): RoomConnection {
  const { connection } = status;
  if (connection.state === 'online') {
    return { state: 'online', meetingId: status.meetingId, participantId: connection.participantId };
  }
  return connection.state === 'offline' ? { state: 'offline' } : connection;
}

/**
 * The note-taker view's store inside Hindsight: the same state the browser's page holds
 * (room/noteTakerStore.ts), read from this app's core instead. The meeting is the core's copy
 * (loaded once, then kept by `meetingChanged`), and the outbox is the core's, in the database:
 * a capture is `join.capture`, and what waits is `join.status` (read again on `joinChanged`).
 * A capture the core itself refuses (its checks are the hub's) never reached that outbox: it is
 * kept in the window's `storage`, as the browser's page keeps its refusals.
 */
export function createJoinedNoteTakerStore(api: HindsightApi, first: JoinStatus, storage: Storage) {
  let offsetMs = first.hubOffsetMs;
  let refusedByHub: { entry: JoinCapture; error: ContractError }[] = first.refused;
  const refusedHere = storedRefusals(storage, first.meetingId);
  const refused = () => [...refusedByHub, ...refusedHere.list()];
  const store: NoteTakerStore = createStore<NoteTakerState>()((set, get) => ({
    connection: connectionOf(first),
    records: null,
    removedAt: {},
    waiting: first.waiting,
    refused: refused(),
    mine: first.mine,
    capture(method, input) {
      const entry = newCapture(get().records, method, input);
      // Shown as waiting at once; the core's status replaces this as soon as it is saved.
      set((state) => ({ waiting: [...state.waiting, entry], mine: [...state.mine, entry.id] }));
      void settle(api['join.capture']({ method, input: entry.input })).then((result) => {
        if (!result.ok) {
          // Its text was in no outbox: now in this window's storage (with storage full, on screen only).
          refusedHere.keep({ entry, error: result.error });
          set((state) => ({
            waiting: state.waiting.filter((waiting) => waiting.id !== entry.id),
            refused: refused(),
          }));
        }
        return readStatus();
      });
      return entry.id;
    },
    discard(id) {
      if (refusedHere.has(id)) refusedHere.discard(id);
      else {
        // Gone from the view at once; the core's status says so too once it is forgotten there.
        refusedByHub = refusedByHub.filter((failure) => failure.entry.id !== id);
        void settle(api['join.discard']({ id })).then(() => readStatus());
      }
      set({ refused: refused() });
    },
  }));

  async function readStatus(): Promise<void> {
    const result = await settle(api['join.status']({}));
    if (!result.ok || !result.value) return;
    const status = result.value;
    offsetMs = status.hubOffsetMs;
    refusedByHub = status.refused;
    store.setState({
      connection: connectionOf(status),
      waiting: status.waiting,
      refused: refused(),
      mine: status.mine,
    });
  }

  async function load(): Promise<void> {
    const result = await settle(api['meetings.get']({ id: first.meetingId }));
    if (result.ok) store.setState({ records: result.value, removedAt: {} });
  }

  const stops = [
    api.on('joinChanged', () => void readStatus()),
    api.on('meetingChanged', (change) => {
      if (change.meetingId !== first.meetingId) return;
      if (change.reload || !store.getState().records) void load();
      else store.setState((state) => applyChangeToRecords<LoadedMeeting & NoteTakerState>(state, change));
    }),
  ];
  void load();

  const clock: HubClock = { hubNow: () => Date.now() + offsetMs, hubOffsetMs: () => offsetMs };
  return {
    store,
    clock,
    stop: () => stops.forEach((stop) => stop()),
  };
}
