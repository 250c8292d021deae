import type { HindsightApi, Input, MethodName } from '../../shared/contract';
import type { RecordChange } from '../../shared/contract/changes';
import type { Result } from '../../shared/contract/errors';
import {
  compareRecords,
  specOf,
  type CrudKind,
  type OrderedKind,
  type RecordKinds,
  type RecordOf,
} from '../../shared/contract/recordKinds';
import { applyRecordChanges } from '../../shared/domain/meetings/applyRecordChanges';
import { settle } from '../bridge/api';
import { callRecordMethod, type RecordVerb } from './callRecordMethod';
import { createPendingAdds, type SavingIds } from './pendingRecords';
import type { SliceCreator } from './sliceCreator';

type Domain<K extends CrudKind> = RecordKinds[K]['domain'];
type MethodOf<K extends CrudKind, V extends RecordVerb> = `${Domain<K>}.${V}` & MethodName;

/** What `add` of a kind takes, without the meeting (always the open one). */
export type NewRecord<K extends CrudKind> = Omit<Input<MethodOf<K, 'add'>>, 'meetingId'>;
/** The fields `update` of a kind may change. */
export type RecordPatch<K extends CrudKind> =
  Input<MethodOf<K, 'update'>> extends { patch: infer P } ? P : never;

export interface RecordActionsSlice {
  /** The records added here that the core has not answered yet (their rows say "Saving…"). */
  savingIds: SavingIds;
  /** Shows records a write answered in the open meeting, exactly as their change event will. */
  showSaved(changes: readonly RecordChange[]): void;
  /** Appends a record of `kind` to the open meeting; the saved record, or the error (shown nowhere). */
  writeNewRecord<K extends CrudKind>(kind: K, fields: NewRecord<K>): Promise<Result<RecordOf<K>>>;
  /** Saves a change to one record; the saved record, or the error (shown nowhere). */
  writeRecordPatch<K extends CrudKind>(
    kind: K,
    id: string,
    patch: RecordPatch<K>,
  ): Promise<Result<RecordOf<K>>>;
  /**
   * Capture at the speed of typing (issue #16): shows the new record at once, marked saving, with
   * the client-made id its add sends, then saves it. The answer replaces it (same id, same row)
   * and the mark goes; a refusal takes it away. The saved record, or the error (shown nowhere).
   */
  captureNewRecord<K extends CrudKind>(kind: K, fields: NewRecord<K>): Promise<Result<RecordOf<K>>>;
  /**
   * Adds a record; true once it is saved, false (with a notice) when refused. `atOnce` shows it
   * while it saves, as `captureNewRecord` does.
   */
  addRecord<K extends CrudKind>(kind: K, fields: NewRecord<K>, options?: { atOnce: boolean }): Promise<boolean>;
  /** Saves a change to one record; true once it is saved, false (with a notice) when refused. */
  updateRecord<K extends CrudKind>(kind: K, id: string, patch: RecordPatch<K>): Promise<boolean>;
  /** Deletes a record (soft) and offers Undo, saying what was deleted (and restored, if asked). */
  removeRecord<K extends CrudKind>(kind: K, id: string, say: RecordNotices<K>): Promise<boolean>;
  /** Brings a removed record back; with `say.restored`, says so. */
  restoreRecord<K extends CrudKind>(
    kind: K,
    id: string,
    say?: Pick<RecordNotices<K>, 'restored'>,
  ): Promise<RecordOf<K> | null>;
  /** Shows the new order at once and saves it; puts the saved order back when the save fails. */
  reorderRecords(kind: OrderedKind, orderedIds: readonly string[]): Promise<boolean>;
}

/** The notices of a remove and its undo, naming the record (“Deleted action item “X”.”). */
export interface RecordNotices<K extends CrudKind> {
  removed: (record: RecordOf<K>) => string;
  restored?: (record: RecordOf<K>) => string;
}

type AnyRecord = { id: string; meetingId: string } & Record<string, unknown>;

/**
 * The record actions every kind shares (STYLE.md B5), derived from the record declarations: one
 * call each, and the answer shown at once through the same code that applies change events, so
 * the event that follows (the same record) changes nothing and no window reloads the meeting.
 */
export function createRecordActionsSlice(api: HindsightApi): SliceCreator<RecordActionsSlice> {
  return (set, get) => {
    const call = <K extends CrudKind>(kind: K, verb: RecordVerb, input: object) => callRecordMethod(api, kind, verb, input);
    const pending = createPendingAdds((kind, input) => call(kind, 'add', input), get, set);
    /**
     * Calls `<domain>.<verb>` of `kind` on the record `input.id` and shows the record it answers.
     * A record still being added is written once its add is answered; when that add was refused,
     * this write answers the same refusal (the record never existed).
     */
    async function write<K extends CrudKind>(
      kind: K,
      verb: Exclude<RecordVerb, 'add'>,
      input: { id: string; patch?: unknown },
    ): Promise<Result<RecordOf<K>>> {
      const added = await pending.answerOf(input.id);
      if (added && !added.ok) return added;
      return shown(kind, await call(kind, verb, input));
    }
    /** `result` after showing the record it saved. */
    function shown<K extends CrudKind>(kind: K, result: Result<RecordOf<K>>): Result<RecordOf<K>> {
      if (result.ok) get().showSaved([{ kind, record: result.value } as RecordChange]);
      return result;
    }
    /** `result`'s record, or null after showing its error. */
    const savedOrReport = <T>(result: Result<T>): T | null => {
      if (result.ok) return result.value;
      get().reportError(result.error);
      return null;
    };
    const setList = (kind: OrderedKind, meetingId: string, list: readonly AnyRecord[]) =>
      set((state) => {
        const records = state.overview.records;
        if (!records || records.meeting.id !== meetingId) return {};
        return { overview: { ...state.overview, records: { ...records, [kind]: list } } };
      });

    return {
      savingIds: {},

      showSaved(changes) {
        set((state) => {
          const overview = applyRecordChanges(state.overview, changes);
          return overview === state.overview ? {} : { overview };
        });
      },

      async writeNewRecord(kind, fields) {
        const meetingId = get().overview.meetingId;
        if (meetingId === null)
          return { ok: false, error: { code: 'not-found', message: 'No meeting is open.' } };
        return shown(kind, await call(kind, 'add', { ...fields, meetingId }));
      },

      async captureNewRecord(kind, fields) {
        return (await pending.capture(kind, fields)) ?? get().writeNewRecord(kind, fields);
      },

      writeRecordPatch: (kind, id, patch) => write(kind, 'update', { id, patch }),

      async addRecord(kind, fields, options) {
        const add = options?.atOnce ? get().captureNewRecord : get().writeNewRecord;
        return savedOrReport(await add(kind, fields)) !== null;
      },

      async updateRecord(kind, id, patch) {
        return savedOrReport(await get().writeRecordPatch(kind, id, patch)) !== null;
      },

      async removeRecord(kind, id, say) {
        const removed = savedOrReport(await write(kind, 'remove', { id }));
        if (removed === null) return false;
        get().notify({
          tone: 'status',
          message: say.removed(removed),
          action: {
            label: 'Undo',
            run: async () => {
              await get().restoreRecord(kind, id, say);
            },
          },
        });
        return true;
      },

      async restoreRecord(kind, id, say) {
        const restored = savedOrReport(await write(kind, 'restore', { id }));
        if (restored && say?.restored) get().notify({ tone: 'status', message: say.restored(restored) });
        return restored;
      },

      async reorderRecords(kind, orderedIds) {
        // A record still being added has no place in the core's list yet: the move waits for it.
        await pending.settled(kind);
        const records = get().overview.records;
        if (!records) return false;
        const meetingId = records.meeting.id;
        const order = specOf(kind).order!;
        const before = records[kind] as unknown as AnyRecord[];
        // Optimistic (STYLE B5): the record lands where it was dropped at once. `basedOn` lets the
        // core refuse the move when another window changed the list first.
        const place = new Map(orderedIds.map((id, index) => [id, index]));
        setList(
          kind,
          meetingId,
          before
            .map((record) => ({
              ...record,
              [order]: place.get(record.id) ?? orderedIds.length + Number(record[order]),
            }))
            .sort(compareRecords(kind)),
        );
        const call = api[`${specOf(kind).domain}.reorder` as 'actionItems.reorder'];
        const result = await settle(
          call({ meetingId, orderedIds: [...orderedIds], basedOn: before.map((record) => record.id) }),
        );
        if (result.ok) {
          setList(kind, meetingId, result.value as unknown as AnyRecord[]);
          return true;
        }
        setList(kind, meetingId, before);
        get().reportError(result.error);
        // What we rolled back to may itself be stale (that is what a conflict means): fetch it.
        await get().reloadOpenMeeting();
        return false;
      },
    };
  };
}
