import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { HindsightApi } from '../../../shared/contract';
import type { MeetingChange } from '../../../shared/contract/changes';
import type { Result } from '../../../shared/contract/errors';
import { applyChangeToRecords, type LoadedMeeting } from '../../../shared/domain/meetings/applyRecordChanges';
import { meetingSnapshot } from './meetingSnapshot';
import { createOutbox, type OutboxEntry, type OutboxFailure } from './outbox';
import { newCapture } from './recordId';
import { storedRefusals } from './refusedCaptures';
import type { RoomConnection, RoomTransport } from './roomTransport';
import { readStoredJson, writeStoredJson } from './storedJson';
import type { CaptureMethod } from '../../../shared/contract/join';

/**
 * The page's state. Its meeting (`LoadedMeeting`) is as the hub last answered it (or, after a
 * reload, as this browser last kept it: meetingSnapshot.ts); `records` is null before anything
 * was seen.
 */
export interface NoteTakerState extends LoadedMeeting {
  connection: RoomConnection;
  /** Captures not yet confirmed by the hub, oldest first (they survive a reload). */
  waiting: OutboxEntry[];
  /** Captures the hub refused for good, with its reason (they survive a reload, until discarded). */
  refused: OutboxFailure[];
  /** Ids of what this browser captured, for "your captures". */
  mine: string[];
  capture(method: CaptureMethod, input: Record<string, unknown>): string;
  /** Forgets a refused capture: discarded, or its text taken back into its form. */
  discard(id: string): void;
}

/**
 * The note-taker page's state: the connection, the meeting read from the hub, and the outbox.
 * A capture goes to the outbox first (so it is kept before anything is said about it), then out
 * whenever the hub is reachable; one the hub refuses for good moves to the kept refusals
 * (refusedCaptures.ts), written there before it leaves the outbox. The meeting is read once on
 * every (re)connection; after that the hub's change events carry the saved records, which are
 * applied as they come.
 */
export function createNoteTakerStore(options: {
  api: HindsightApi;
  room: RoomTransport;
  meetingKey: string;
  storage: Storage;
}) {
  const { api, room, storage } = options;
  const refusals = storedRefusals(storage, options.meetingKey);
  const outbox = createOutbox(storage, `hindsight.room.outbox.${options.meetingKey}`, () => show());
  // A refusal storage could not keep stays in the outbox too: it is shown as refused only.
  const waitingNow = () => outbox.entries().filter((entry) => !refusals.has(entry.id));
  const show = () => store.setState({ waiting: waitingNow(), refused: refusals.list() });
  const mineKey = `hindsight.room.mine.${options.meetingKey}`;
  const isIdList = (value: unknown): value is string[] =>
    Array.isArray(value) && value.every((id) => typeof id === 'string');
  const snapshot = meetingSnapshot(storage, `hindsight.room.meeting.${options.meetingKey}`);

  const store = createStore<NoteTakerState>()((set, get) => ({
    connection: room.connection(),
    records: snapshot.read(),
    removedAt: {},
    waiting: waitingNow(),
    refused: refusals.list(),
    mine: readStoredJson(storage, mineKey, isIdList, []),
    capture(method, input) {
      const entry = newCapture(get().records, method, input);
      outbox.add(entry);
      const mine = [...get().mine, entry.id];
      // Storage full: the capture is in the outbox all the same; only "yours" is not kept.
      writeStoredJson(storage, mineKey, mine);
      set({ mine });
      void flush();
      return entry.id;
    },
    discard(id) {
      refusals.discard(id);
      outbox.remove(id);
      show();
    },
  }));

  // Kept at most once a second: a busy room changes the meeting many times a second.
  let snapshotTimer: ReturnType<typeof setTimeout> | undefined;
  store.subscribe((state, previous) => {
    if (state.records === previous.records || !state.records || snapshotTimer) return;
    snapshotTimer = setTimeout(() => {
      snapshotTimer = undefined;
      const { records, mine } = store.getState();
      if (records) snapshot.write(records, new Set(mine));
    }, 1000);
  });

  async function flush(): Promise<void> {
    if (store.getState().connection.state !== 'online') return;
    await outbox.flush(
      (entry) =>
        (api[entry.method as CaptureMethod] as (input: unknown) => Promise<Result<unknown>>)(entry.input),
      (failure) => {
        const kept = refusals.keep(failure);
        show();
        return kept;
      },
    );
  }

  // Changes that arrive while the meeting is being read: applied to what the read answers, since
  // the read may have been taken before or after them (applying one twice changes nothing).
  let arrivedDuringRead: MeetingChange[] | null = null;
  async function load(): Promise<void> {
    const connection = store.getState().connection;
    if (connection.state !== 'online' || arrivedDuringRead) return;
    arrivedDuringRead = [];
    try {
      const result = await api['meetings.get']({ id: connection.meetingId });
      if (result.ok)
        store.setState(
          arrivedDuringRead.reduce<LoadedMeeting>(applyChangeToRecords, {
            records: result.value,
            removedAt: {},
          }),
        );
    } finally {
      arrivedDuringRead = null;
    }
  }

  /** A committed change from the hub: applied to the shown meeting, never a reload unless it says so. */
  function receive(change: MeetingChange): void {
    if (arrivedDuringRead) {
      arrivedDuringRead.push(change);
      return;
    }
    const { records } = store.getState();
    if (!records || change.reload) void load();
    else store.setState((state) => applyChangeToRecords(state, change));
  }

  room.onConnection((connection) => {
    store.setState({ connection });
    if (connection.state === 'online') {
      void flush();
      // Changes made while this page was away were not sent to it: read the meeting once.
      void load();
    }
  });
  api.on('meetingChanged', receive);

  return store;
}

/** The note-taker view's store: a browser's (this file) or the app's joined room's (features/join). */
export type NoteTakerStore = StoreApi<NoteTakerState>;
