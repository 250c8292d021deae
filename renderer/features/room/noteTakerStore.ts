import { createStore } from 'zustand/vanilla';
import type { HindsightApi } from '../../../shared/contract';
import type { Result } from '../../../shared/contract/errors';
import type { MeetingRecords } from '../../../shared/types';
import { createOutbox, type OutboxEntry, type OutboxFailure } from './outbox';
import { newRecordId } from './recordId';
import type { RoomConnection, RoomTransport } from './roomTransport';

/** The capture methods a note-taker's view writes through (the room's allowlist, add side). */
export type CaptureMethod = 'timeline.add' | 'actionItems.add' | 'parkingLot.add' | 'questionNotes.add';

export interface NoteTakerState {
  connection: RoomConnection;
  /** The meeting as the hub last answered it; null before the first answer. */
  records: MeetingRecords | null;
  /** Captures not yet confirmed by the hub, oldest first (they survive a reload). */
  waiting: OutboxEntry[];
  /** Captures the hub refused for good, with its reason. */
  refused: OutboxFailure[];
  /** Ids of what this browser captured, for "your captures". */
  mine: string[];
  capture(method: CaptureMethod, input: Record<string, unknown>): string;
}

/**
 * The note-taker page's state: the connection, the meeting read from the hub, and the outbox.
 * A capture goes to the outbox first (so it is kept before anything is said about it), then out
 * whenever the hub is reachable; the meeting is read again after each change event (and on every
 * reconnect), coalesced so a busy room costs one read in flight at a time.
 */
export function createNoteTakerStore(options: {
  api: HindsightApi;
  room: RoomTransport;
  meetingKey: string;
  storage: Storage;
}) {
  const { api, room, storage } = options;
  const outbox = createOutbox(storage, `hindsight.room.outbox.${options.meetingKey}`, (waiting) =>
    store.setState({ waiting }),
  );
  const mineKey = `hindsight.room.mine.${options.meetingKey}`;
  const readMine = (): string[] => {
    try {
      return JSON.parse(storage.getItem(mineKey) ?? '[]') as string[];
    } catch {
      return [];
    }
  };

  const store = createStore<NoteTakerState>()((set, get) => ({
    connection: room.connection(),
    records: null,
    waiting: outbox.entries(),
    refused: [],
    mine: readMine(),
    capture(method, input) {
      const id = newRecordId();
      outbox.add({ id, method, input: { ...input, id } });
      const mine = [...get().mine, id];
      storage.setItem(mineKey, JSON.stringify(mine));
      set({ mine });
      void flush();
      return id;
    },
  }));

  async function flush(): Promise<void> {
    if (store.getState().connection.state !== 'online') return;
    const refused = await outbox.flush((entry) =>
      (api[entry.method as CaptureMethod] as (input: unknown) => Promise<Result<unknown>>)(entry.input),
    );
    if (refused.length > 0) store.setState((state) => ({ refused: [...state.refused, ...refused] }));
  }

  let reading: Promise<void> | null = null;
  let readAgain = false;
  async function refresh(): Promise<void> {
    const connection = store.getState().connection;
    if (connection.state !== 'online') return;
    if (reading) {
      readAgain = true;
      return reading;
    }
    reading = (async () => {
      do {
        readAgain = false;
        const result = await api['meetings.get']({ id: connection.meetingId });
        if (result.ok) store.setState({ records: result.value });
      } while (readAgain);
    })().finally(() => {
      reading = null;
    });
    return reading;
  }

  room.onConnection((connection) => {
    store.setState({ connection });
    if (connection.state === 'online') {
      void flush();
      void refresh();
    }
  });
  api.on('meetingChanged', () => void refresh());

  return store;
}

export type NoteTakerStore = ReturnType<typeof createNoteTakerStore>;
