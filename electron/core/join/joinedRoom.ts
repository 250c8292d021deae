import { z } from 'zod';
import type { EventName, EventPayload } from '../../../shared/contract';
import type { RecordChange } from '../../../shared/contract/changes';
import { eventChannelOf } from '../../../shared/contract/define';
import { fail, type Result } from '../../../shared/contract/errors';
import { HubChange, HubMeeting, hubRecordOf } from '../../../shared/contract/hubAnswers';
import {
  CAPTURE_KINDS,
  type CaptureMethod,
  type JoinCapture,
  type JoinStatus,
} from '../../../shared/contract/join';
import { LIST_KINDS, SINGLE_KINDS, specOf, type RecordKind } from '../../../shared/contract/recordKinds';
import { RoomJoin, RoomSession } from '../../../shared/contract/room';
import type { MeetingRecords } from '../../../shared/types';
import { changeRecorder, reloadChange, type ChangeRecorder } from '../handlers/changes';
import { HandlerError } from '../handlers/context';
import type { ChildRecord, Store } from '../repos/store';
import { liveIdsOf, removeGoneFromHub } from './goneFromHub';
import { connectToHub, type HubConnection, type HubState } from './hubConnection';

/** The room this app joined, kept in the database so a restart reaches it again. */
const Session = z.object({
  address: z.string(),
  code: z.string(),
  name: RoomJoin.shape.name,
  // Saved before joining as the facilitator was refused: comes back as a note-taker, still joined.
  role: RoomJoin.shape.role.catch('note-taker'),
  meetingId: z.string(),
  /** The hub's welcome's session: a restart comes back as the same person, code changed or not. */
  hubSession: RoomSession.nullable().default(null),
});
type Session = z.infer<typeof Session>;
const SESSION_KEY = 'join.session';

/** Answers that mean "not now", not "never": the capture stays in the outbox. */
const RETRYABLE = new Set(['transport', 'rate-limited', 'database-unavailable']);
const RATE_LIMITED_RETRY_MS = 1000;
/** How long joining waits for the room's first answer, the welcome or a refusal. */
const FIRST_ANSWER_MS = 15_000;

const kindOf = (method: CaptureMethod): RecordKind =>
  CAPTURE_KINDS.find((kind) => `${specOf(kind).domain}.add` === method)!;

export interface JoinedRoomOptions {
  store(): Store;
  now(): number;
  /** This device's id: its own captures in the copy carry it, until the hub's version replaces them. */
  deviceId(): string;
  /** Sends an event to this app's windows. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

/**
 * This app as a note-taker in another Hindsight's room. The meeting is copied into this app's
 * database and kept up to date from the hub's change events (the hub's versions win: it orders
 * every write); a capture is saved here together with its outbox entry, then sent whenever the
 * hub is reachable, once, since the hub's add is idempotent by record id. Everything the hub
 * sends is validated (hubAnswers.ts) before it is written.
 */
export function createJoinedRoom(options: JoinedRoomOptions) {
  let session: Session | null = null;
  let hub: HubConnection | null = null;
  let flushing = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  /** One set per `meetings.get` in flight: the ids that events brought meanwhile. */
  const heardDuringLoad = new Set<Set<string>>();

  const changed = () => options.emit('joinChanged', { joined: session !== null });

  function readSession(): Session | null {
    const text = options.store().readSetting(SESSION_KEY);
    if (!text) return null;
    try {
      const parsed = Session.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  /** Whether the stored record is this app's capture, not yet replaced by the hub's version. */
  function ownUnconfirmed(record: ChildRecord): boolean {
    return record.createdBy === options.deviceId();
  }

  /**
   * Writes the hub's saved records into the copy: a record the hub has newer (by the hub's own
   * clock, so never two laptops' clocks compared) replaces the stored one, and the hub's version
   * of one of this app's captures replaces the capture. Windows get the change as records.
   */
  function applyHubRecords(
    changes: readonly RecordChange[],
    meetingId: string,
    after?: (store: Store, change: ChangeRecorder) => void,
  ): void {
    const store = options.store();
    const change = changeRecorder(store, options.now);
    store.transaction(() => {
      for (const incoming of changes) {
        if (incoming.kind === 'meeting') {
          const stored = store.tables.meetings.get(incoming.record.id);
          if (stored && incoming.record.id === meetingId && incoming.record.updatedAt >= stored.updatedAt) {
            store.tables.meetings.update(stored.id, incoming.record);
            change.meeting(incoming.record);
          }
          continue;
        }
        const record = incoming.record as ChildRecord;
        if (record.meetingId !== meetingId) continue;
        const table = store.child(incoming.kind);
        const stored = table.get(record.id);
        if (!stored) table.insert(record);
        else if (stored.meetingId !== meetingId) continue;
        else if (ownUnconfirmed(stored) || record.updatedAt >= stored.updatedAt)
          table.update(record.id, record);
        else continue;
        change.record(incoming.kind, record as never, (stored ?? null) as never);
      }
      after?.(store, change);
    });
    const payload = change.payload();
    if (payload) options.emit('meetingChanged', payload);
  }

  /** This app's captures of the meeting that the hub has not confirmed: it may not have them yet. */
  function unconfirmedCaptures(meetingId: string): Set<string> {
    const rows = options.store().roomOutbox.rows(meetingId);
    return new Set(rows.filter((row) => !row.sent || row.refusal !== null).map((row) => row.entry.id));
  }

  /**
   * The whole meeting from the hub, into the copy (added to the library the first time). The
   * answer is the hub's every live record, so the copy then drops what it holds besides (the
   * deletions made while this app was offline), except the captures not confirmed when the
   * call went out or when it came back, and the records events brought meanwhile (written
   * after the hub read the meeting, a frame that may be handled before the answer's await ends).
   */
  async function load(current: Session, connection: HubConnection): Promise<Result<null>> {
    const keep = unconfirmedCaptures(current.meetingId);
    const heard = new Set<string>();
    heardDuringLoad.add(heard);
    const answer = await connection
      .call('meetings.get', { id: current.meetingId })
      .finally(() => heardDuringLoad.delete(heard));
    if (!answer.ok) return answer;
    const parsed = HubMeeting.safeParse(answer.value);
    if (!parsed.success || parsed.data.meeting.id !== current.meetingId) {
      return fail('invalid-input', 'The room sent a meeting this app cannot read; nothing was copied.');
    }
    const records = parsed.data;
    const store = options.store();
    if (!store.tables.meetings.get(records.meeting.id)) {
      store.transaction(() => store.insertMeetingRecords(records));
      options.emit('meetingChanged', reloadChange(records.meeting.id));
    } else {
      const hubLive = liveIdsOf(records);
      applyHubRecords(recordChangesOf(records), records.meeting.id, (store, change) => {
        for (const id of [...heard, ...unconfirmedCaptures(current.meetingId)]) keep.add(id);
        removeGoneFromHub(store, change, records.meeting.id, hubLive, keep, options.now());
      });
    }
    return { ok: true, value: null };
  }

  /** Sends what waits, oldest first, one at a time; stops at the first "not now". */
  async function flush(): Promise<void> {
    const current = session;
    const connection = hub;
    if (flushing || !current || !connection || connection.state().state !== 'online') return;
    flushing = true;
    try {
      for (;;) {
        const entry = options
          .store()
          .roomOutbox.rows(current.meetingId)
          .find((row) => !row.sent)?.entry;
        if (!entry || session !== current) return;
        const result = await connection.call(entry.method, entry.input);
        if (!result.ok && RETRYABLE.has(result.error.code)) {
          if (result.error.code === 'rate-limited')
            retry = setTimeout(() => void flush(), RATE_LIMITED_RETRY_MS);
          return;
        }
        confirm(current.meetingId, entry, result);
        changed();
      }
    } finally {
      flushing = false;
    }
  }

  /** The hub answered a capture: its version replaces the capture, or its refusal is kept. */
  function confirm(meetingId: string, entry: JoinCapture, result: Result<unknown>): void {
    const outbox = options.store().roomOutbox;
    const now = options.now();
    if (!result.ok) {
      options.store().transaction(() => outbox.markRefused(entry.id, result.error, now));
      return;
    }
    const saved = hubRecordOf(kindOf(entry.method)).safeParse(result.value);
    const records = saved.success ? [{ kind: kindOf(entry.method), record: saved.data } as RecordChange] : [];
    applyHubRecords(records, meetingId, () => outbox.markSent(entry.id, now));
  }

  function onEvent(current: Session, connection: HubConnection, channel: string, payload: unknown): void {
    if (channel !== eventChannelOf('meetingChanged')) return;
    const parsed = HubChange.safeParse(payload);
    if (!parsed.success || parsed.data.meetingId !== current.meetingId) return;
    if (parsed.data.reload) void load(current, connection);
    else {
      for (const heard of heardDuringLoad) for (const { record } of parsed.data.records) heard.add(record.id);
      applyHubRecords(parsed.data.records, current.meetingId);
    }
  }

  function onState(current: Session, connection: HubConnection, state: HubState): void {
    changed();
    // Back online after a drop: what changed meanwhile was not sent here; read it, then send.
    if (state.state === 'online' && session === current && hub === connection) {
      void load(current, connection).then(() => flush());
    }
  }

  function connect(current: Session): HubConnection {
    const connection: HubConnection = connectToHub({
      address: current.address,
      code: current.code,
      session: current.hubSession,
      join: { name: current.name, role: current.role },
      now: options.now,
      onSession: (hubSession) => {
        current.hubSession = hubSession;
        if (session === current) options.store().writeSetting(SESSION_KEY, JSON.stringify(current));
      },
      onState: (state) => onState(current, connection, state),
      onEvent: (channel, payload) => onEvent(current, connection, channel, payload),
    });
    return connection;
  }

  function stop(): void {
    clearTimeout(retry);
    hub?.stop();
    hub = null;
  }

  function status(): JoinStatus | null {
    if (!session) return null;
    const rows = options.store().roomOutbox.rows(session.meetingId);
    const state = hub?.state() ?? { state: 'offline', message: 'Not connected.' };
    return {
      address: session.address,
      meetingId: session.meetingId,
      name: session.name,
      role: session.role,
      connection:
        state.state === 'online'
          ? { state: 'online', participantId: state.participantId }
          : state.state === 'connecting'
            ? { state: 'connecting' }
            : state,
      waiting: rows.filter((row) => !row.sent).map((row) => row.entry),
      refused: rows.flatMap((row) => (row.refusal ? [{ entry: row.entry, error: row.refusal }] : [])),
      mine: rows.map((row) => row.entry.id),
      hubOffsetMs: state.state === 'online' ? state.hubOffsetMs : 0,
    };
  }

  /** Waits for the first connection's outcome: welcomed, refused, or nobody answering. */
  function firstOutcome(
    connection: HubConnection,
    address: string,
  ): Promise<Exclude<HubState, { state: 'connecting' }>> {
    // A peer that takes the socket but never answers the join (not a Hindsight room, or one that
    // speaks another version) must not hold the join open for good: after a while it is nobody.
    const giveUpAt = Date.now() + FIRST_ANSWER_MS;
    return new Promise((resolve) => {
      const check = () => {
        const state = connection.state();
        if (state.state === 'connecting' && Date.now() < giveUpAt) return setTimeout(check, 20);
        resolve(
          state.state === 'offline' || state.state === 'connecting'
            ? {
                state: 'offline',
                message: `Nobody answers at ${address}: check the address, and ask the facilitator whether the room is open.`,
              }
            : state,
        );
      };
      check();
    });
  }

  return {
    status,
    /** Reaches the room joined before this app last quit (its outbox is still in the database). */
    resume(): void {
      session = readSession();
      if (session) {
        hub = connect(session);
        hub.start();
      }
    },
    async open(input: { address: string; code: string; name: string; role: Session['role'] }) {
      stop();
      const joining: Session = { ...input, meetingId: '', hubSession: null };
      const connection = connect(joining);
      connection.start();
      const outcome = await firstOutcome(connection, input.address);
      if (outcome.state !== 'online') {
        connection.stop();
        throw new HandlerError(outcome.state === 'refused' ? 'forbidden' : 'transport', outcome.message);
      }
      joining.meetingId = outcome.meetingId;
      const loaded = await load(joining, connection);
      if (!loaded.ok) {
        connection.stop();
        throw new HandlerError(loaded.error.code, `Not joined: ${loaded.error.message}`);
      }
      session = joining;
      hub = connection;
      options.store().writeSetting(SESSION_KEY, JSON.stringify(session));
      changed();
      void flush();
      return status()!;
    },
    /** Saved here with its outbox entry in the caller's transaction, then sent. */
    capture(meetingId: string, entry: JoinCapture, save: () => void): void {
      if (!session) throw new HandlerError('not-found', 'Join a room before capturing into it.');
      if (meetingId !== session.meetingId) {
        throw new HandlerError('forbidden', 'Refused: that is not the joined room’s meeting.');
      }
      const store = options.store();
      store.transaction(() => {
        const hubRevision = store.tables.meetings.get(meetingId)!.updatedAt;
        save();
        // The copy's meeting row is the hub's version, compared by the hub's revisions: the save
        // touched it with this laptop's clock, which (ahead of the hub's) would make the copy
        // ignore the hub's later meeting changes (the step, the timer) and carry a meeting
        // "edited" now into a bundle, whose merge would roll back the facilitator's edits.
        store.touchMeeting(meetingId, hubRevision);
        store.roomOutbox.add(meetingId, entry, options.now());
      });
      changed();
      void flush();
    },
    leave(): void {
      stop();
      session = null;
      options.store().writeSetting(SESSION_KEY, '');
      changed();
    },
    /** The core is closing: the connection goes, the room stays joined for the next start. */
    close: stop,
  };
}

export type JoinedRoom = ReturnType<typeof createJoinedRoom>;

/** A whole meeting as saved records, for the same rule as a change event's. */
function recordChangesOf(records: MeetingRecords): RecordChange[] {
  const changes: RecordChange[] = [{ kind: 'meeting', record: records.meeting }];
  for (const kind of LIST_KINDS) {
    for (const record of records[kind]) changes.push({ kind, record } as RecordChange);
  }
  for (const kind of SINGLE_KINDS) {
    const record = records[kind];
    if (record) changes.push({ kind, record } as RecordChange);
  }
  return changes;
}
