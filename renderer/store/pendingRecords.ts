import {
  compareRecords,
  LIST_KINDS,
  specOf,
  type CrudKind,
  type RecordOf,
} from '../../shared/contract/recordKinds';
import { newRecordId } from '../features/room/recordId';
import type { Result } from '../../shared/contract/errors';
import { applyRecordChanges, withNewRecord } from '../../shared/domain/meetings/applyRecordChanges';
import type { RecordChange } from '../../shared/contract/changes';
import type { MeetingRecords } from '../../shared/types';
import type { ChangeableState } from './applyMeetingChange';

/**
 * Ids of the records this window added and the core has not answered yet (issue #16): their rows
 * show "Saving…" until the answer, and only this window has them (other windows hear of a record
 * from its change event, after the commit).
 */
export type SavingIds = Readonly<Record<string, true>>;

export type PendingState = ChangeableState & { savingIds: SavingIds };

/**
 * Where a record still saving sorts in a list ordered by hand: after every saved one (the core
 * gives a new record the list's last place, counting deleted records too, so it can be beyond
 * what the window shows), and in the order they were typed. Never sent: the core places it.
 */
const PENDING_PLACE_FROM = 2 ** 50;

/** The place of a new pending record of `kind`: after the last pending one, or the first of them. */
function pendingPlace(list: readonly object[], order: string): number {
  let last = PENDING_PLACE_FROM;
  for (const record of list) last = Math.max(last, (record as Record<string, number>)[order]!);
  return last + 1;
}

/**
 * The record an add will save, as the window shows it until the core answers: the declared
 * defaults, the typed fields, the client-made id the add sends. `updatedAt` 0 is older than any
 * saved version, so the answer (or its change event) replaces it by id.
 */
function pendingRecord<K extends CrudKind>(
  kind: K,
  fields: object,
  shownList: readonly object[],
  ids: { id: string; meetingId: string },
  now: number,
): RecordOf<K> {
  const order = specOf(kind).order;
  return {
    ...specOf(kind).defaults,
    ...(order ? { [order]: pendingPlace(shownList, order) } : {}),
    ...fields,
    ...ids,
    createdAt: now,
    updatedAt: 0,
    deletedAt: null,
    createdBy: '',
  } as unknown as RecordOf<K>;
}

/** The state with the open meeting's `kind` list replaced by `list`. */
function withList<S extends PendingState>(state: S, kind: CrudKind, list: readonly object[]): S['overview'] {
  const records = state.overview.records!;
  return { ...state.overview, records: { ...records, [kind]: list } };
}

/**
 * The state with `record` shown at its place and marked saving. Its id was made here just now,
 * so it is in no list: placed by binary search, without a scan of the list for its id (a capture
 * costs the same at 50 and 50,000 events).
 */
function showPending<S extends PendingState>(state: S, kind: CrudKind, record: RecordOf<CrudKind>): S {
  const records = state.overview.records;
  if (!records || records.meeting.id !== record.meetingId) return state;
  const list = withNewRecord(records[kind] as readonly object[], record, compareRecords(kind));
  return {
    ...state,
    overview: withList(state, kind, list),
    savingIds: { ...state.savingIds, [record.id]: true },
  };
}

/** The record of `kind` with `id` the window shows, if any. */
function shown(state: PendingState, kind: CrudKind, id: string) {
  const list = state.overview.records?.[kind] as readonly { id: string }[] | undefined;
  return list?.find((record) => record.id === id);
}

/**
 * The add's answer applied: the saved record replaces the pending one (same id, so the same row)
 * and the mark goes. A refusal takes the pending row away, unless a committed version is shown
 * already (its change event came first: the add was saved, only its answer was lost), which
 * then stands as the answer.
 */
function settlePending<S extends PendingState, K extends CrudKind>(
  state: S,
  kind: K,
  pending: RecordOf<K>,
  result: Result<RecordOf<K>>,
): { state: S; result: Result<RecordOf<K>> } {
  const savingIds = { ...state.savingIds };
  delete savingIds[pending.id];
  if (result.ok) {
    const overview = applyRecordChanges(state.overview, [{ kind, record: result.value } as RecordChange]);
    return { state: { ...state, overview, savingIds }, result };
  }
  const current = shown(state, kind, pending.id);
  if (current && current !== pending) {
    return { state: { ...state, savingIds }, result: { ok: true, value: current as RecordOf<K> } };
  }
  const records = state.overview.records;
  if (!records || !current) return { state: { ...state, savingIds }, result };
  const list = (records[kind] as readonly { id: string }[]).filter((record) => record !== pending);
  return { state: { ...state, overview: withList(state, kind, list), savingIds }, result };
}

/** Calls `<domain>.add` of `kind` with `input`, settled. */
type AddCall = <K extends CrudKind>(kind: K, input: object) => Promise<Result<RecordOf<K>>>;

/**
 * The adds this window sent and the core has not answered (issue #16), over the store's `get` and
 * `set`: `capture` shows a record at once and saves it; a later write to such a record, or a move
 * in its list, waits for its add's answer (`answerOf`, `settled`).
 */
export function createPendingAdds<S extends PendingState>(
  add: AddCall,
  get: () => S,
  set: (update: (state: S) => S) => void,
) {
  const adding = new Map<string, { kind: CrudKind; answer: Promise<Result<unknown>> }>();
  return {
    /**
     * Shows the new record at once, marked saving, with the client-made id its add sends, then
     * saves it. The answer replaces it (same id, same row) and the mark goes; a refusal takes it
     * away. The saved record, or the error; null when no meeting is shown.
     */
    async capture<K extends CrudKind>(kind: K, fields: object): Promise<Result<RecordOf<K>> | null> {
      const records = get().overview.records;
      if (records === null) return null;
      const ids = { id: (fields as { id?: string }).id ?? newRecordId(), meetingId: records.meeting.id };
      const pending = pendingRecord(kind, fields, records[kind], ids, Date.now());
      set((state) => showPending(state, kind, pending));
      const answer = add(kind, { ...fields, ...ids });
      adding.set(ids.id, { kind, answer });
      const result = await answer;
      adding.delete(ids.id);
      let settled = result;
      set((state) => {
        const next = settlePending(state, kind, pending, result);
        settled = next.result;
        return next.state;
      });
      return settled;
    },
    /** The answer of the add of record `id` while it is on its way. */
    answerOf: (id: string): Promise<Result<unknown>> | undefined => adding.get(id)?.answer,
    /** Resolves once every add of `kind` now on its way is answered. */
    async settled(kind: CrudKind): Promise<void> {
      await Promise.all(
        [...adding.values()].filter((entry) => entry.kind === kind).map((entry) => entry.answer),
      );
    },
  };
}

/**
 * Records loaded from the core, with the records `shown` still saving kept, each at its place in
 * its list's order (as `showPending` put it): a load that travelled while an add did must not take
 * the typed row away, nor its "Saving…" mark, before the add is answered. Every list stays in its
 * kind's order, which the event log relies on (chronologicalOrder.ts takes a log in time order as
 * it is).
 */
export function withSavingKept(
  loaded: MeetingRecords,
  shown: MeetingRecords | null,
  savingIds: SavingIds,
): MeetingRecords {
  if (!shown || shown.meeting.id !== loaded.meeting.id) return loaded;
  let kept = loaded;
  for (const kind of LIST_KINDS) {
    const list = loaded[kind] as readonly { id: string }[];
    const saving = (shown[kind] as readonly { id: string }[]).filter(
      (record) => savingIds[record.id] && !list.some((other) => other.id === record.id),
    );
    if (saving.length === 0) continue;
    const compare = compareRecords(kind);
    kept = { ...kept, [kind]: saving.reduce((placed, record) => withNewRecord(placed, record, compare), list) };
  }
  return kept;
}

/**
 * A capture box's text after its add was refused: the refused text comes back, before whatever
 * was typed into the box since (nothing typed is lost, and the person sees both).
 */
export function withRefusedText(refused: string, typedSince: string): string {
  if (typedSince === '' || typedSince === refused) return refused;
  return refused === '' ? typedSince : `${refused} ${typedSince}`;
}
