import { createStore } from 'zustand/vanilla';
import type { HindsightApi } from '../../../shared/contract';
import type { JoinStatus } from '../../../shared/contract/join';
import { applyChangeToRecords, type LoadedMeeting } from '../../../shared/domain/meetings/applyRecordChanges';
import { settle } from '../../bridge/api';
import type { NoteTakerState, NoteTakerStore } from '../room/noteTakerStore';
import type { HubClock } from '../room/NoteTakerView';
import { newRecordId } from '../room/recordId';
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
 */
export function createJoinedNoteTakerStore(api: HindsightApi, first: JoinStatus) {
  let offsetMs = first.hubOffsetMs;
  const store: NoteTakerStore = createStore<NoteTakerState>()((set, get) => ({
    connection: connectionOf(first),
    records: null,
    removedAt: {},
    waiting: first.waiting,
    refused: first.refused,
    mine: first.mine,
    capture(method, input) {
      const { records } = get();
      if (!records) throw new Error('Nothing is captured before the meeting is shown.');
      const id = newRecordId();
      const entry = { id, method, input: { ...input, id, meetingId: records.meeting.id } };
      // Shown as waiting at once; the core's status replaces this as soon as it is saved.
      set((state) => ({ waiting: [...state.waiting, entry], mine: [...state.mine, id] }));
      void settle(api['join.capture']({ method, input: entry.input })).then((result) => {
        if (!result.ok) set((state) => ({ refused: [...state.refused, { entry, error: result.error }] }));
        return readStatus();
      });
      return id;
    },
  }));

  async function readStatus(): Promise<void> {
    const result = await settle(api['join.status']({}));
    if (!result.ok || !result.value) return;
    const status = result.value;
    offsetMs = status.hubOffsetMs;
    store.setState({
      connection: connectionOf(status),
      waiting: status.waiting,
      refused: status.refused,
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
