import type { HindsightApi, Input } from '../../../shared/contract';
import type { ContractError, Result } from '../../../shared/contract/errors';
import type { Meeting, MeetingSummary } from '../../../shared/types';
import { formatDay } from '../../../shared/domain/actionItems/parseDueDate';
import { settle } from '../../bridge/api';
import type { SliceCreator } from '../../store/sliceCreator';

/** Which meeting dialog is open; at most one at a time. */
export type MeetingDialog =
  { kind: 'create' } | { kind: 'rename'; id: string } | { kind: 'delete'; id: string };

export interface MeetingsSlice {
  meetings: {
    byId: Record<string, MeetingSummary>;
    /** Newest change first, as `meetings.list` answers. */
    ids: string[];
    /** What is typed in the search box. */
    searchText: string;
    /** The query the shown list was loaded with (the search text after the debounce). */
    query: string;
    loaded: boolean;
    error: ContractError | null;
  };
  /** The row that holds the list's single tab stop; `focusRequest` changes to move focus to it. */
  selection: { id: string | null; focusRequest: number };
  meetingDialog: MeetingDialog | null;
  loadMeetings(): Promise<void>;
  /**
   * A change arrived (store/followChanges.ts): a list load on its way may answer the library as
   * it was before it, so the list is loaded once more when that load lands.
   */
  libraryChangeArrived(): void;
  setSearchText(text: string): void;
  selectMeeting(id: string | null, options?: { focus?: boolean }): void;
  openMeetingDialog(dialog: MeetingDialog): void;
  closeMeetingDialog(): void;
  createMeeting(input: Input<'meetings.create'>): Promise<Result<Meeting>>;
  renameMeeting(id: string, title: string): Promise<Result<Meeting>>;
  duplicateMeeting(id: string): Promise<void>;
  deleteMeeting(id: string): Promise<Result<Meeting>>;
  restoreMeeting(id: string): Promise<void>;
  /** Shows a meeting that just arrived (created, imported): clears a search that could hide it. */
  revealMeeting(id: string): Promise<void>;
}

/** Typing pauses shorter than this do not start a search, so each keystroke is not a query. */
const SEARCH_DEBOUNCE_MS = 150;

export function createMeetingsSlice(api: HindsightApi): SliceCreator<MeetingsSlice> {
  return (set, get) => {
    // Loads can overlap (typing, events from other windows); only the newest one may land.
    let latestLoad = 0;
    let loadsOnTheirWay = 0;
    let changedDuringLoad = false;
    let searchTimer: ReturnType<typeof setTimeout> | undefined;

    const patchMeetings = (meetings: Partial<MeetingsSlice['meetings']>) =>
      set((state) => ({ meetings: { ...state.meetings, ...meetings } }));

    /** After a write: reload the list, then put the selection (and focus) on `id`. */
    const reloadAndSelect = async (id: string | null) => {
      await get().loadMeetings();
      get().selectMeeting(id, { focus: true });
    };

    return {
      meetings: { byId: {}, ids: [], searchText: '', query: '', loaded: false, error: null },
      selection: { id: null, focusRequest: 0 },
      meetingDialog: null,

      async loadMeetings() {
        const load = ++latestLoad;
        const query = get().meetings.query;
        // The viewer's own day, for the rows' overdue counts (the core takes no clock reading for it).
        const today = formatDay(new Date());
        loadsOnTheirWay += 1;
        const result = await settle(api['meetings.list'](query ? { query, today } : { today }));
        loadsOnTheirWay -= 1;
        if (changedDuringLoad && loadsOnTheirWay === 0) {
          changedDuringLoad = false;
          return get().loadMeetings();
        }
        if (load !== latestLoad) return;
        if (!result.ok) return patchMeetings({ error: result.error, loaded: true });
        patchMeetings({
          byId: Object.fromEntries(result.value.map((summary) => [summary.id, summary])),
          ids: result.value.map((summary) => summary.id),
          loaded: true,
          error: null,
        });
      },

      libraryChangeArrived() {
        if (loadsOnTheirWay > 0) changedDuringLoad = true;
      },

      setSearchText(text) {
        patchMeetings({ searchText: text });
        clearTimeout(searchTimer);
        searchTimer = setTimeout(() => {
          patchMeetings({ query: text.trim() });
          void get().loadMeetings();
        }, SEARCH_DEBOUNCE_MS);
      },

      selectMeeting(id, options) {
        set((state) => ({
          selection: {
            id,
            focusRequest: state.selection.focusRequest + (options?.focus ? 1 : 0),
          },
        }));
      },

      openMeetingDialog: (dialog) => set({ meetingDialog: dialog }),
      closeMeetingDialog: () => set({ meetingDialog: null }),

      async createMeeting(input) {
        const result = await settle(api['meetings.create'](input));
        if (!result.ok) return result;
        set({ meetingDialog: null });
        // A new meeting is made to be filled in: open it on its Overview, not back in the library.
        await get().openMeeting(result.value.id);
        get().notify({ tone: 'status', message: `Created “${result.value.title}”.` });
        return result;
      },

      async renameMeeting(id, title) {
        const result = await settle(api['meetings.update']({ id, patch: { title } }));
        if (!result.ok) return result;
        set({ meetingDialog: null });
        await reloadAndSelect(id);
        get().notify({ tone: 'status', message: `Renamed to “${result.value.title}”.` });
        return result;
      },

      async duplicateMeeting(id) {
        const result = await settle(api['meetings.duplicate']({ id }));
        if (!result.ok) return get().reportError(result.error);
        await reloadAndSelect(result.value.id);
        get().notify({ tone: 'status', message: `Duplicated as “${result.value.title}”.` });
      },

      async deleteMeeting(id) {
        const { ids } = get().meetings;
        const index = ids.indexOf(id);
        const neighbour = ids[index + 1] ?? ids[index - 1] ?? null;
        const result = await settle(api['meetings.delete']({ id }));
        if (!result.ok) return result;
        set({ meetingDialog: null });
        await reloadAndSelect(neighbour);
        get().notify({
          tone: 'status',
          message: `Deleted “${result.value.title}”.`,
          action: { label: 'Undo', run: () => get().restoreMeeting(id) },
        });
        return result;
      },

      async restoreMeeting(id) {
        const result = await settle(api['meetings.restore']({ id }));
        if (!result.ok) return get().reportError(result.error);
        await reloadAndSelect(id);
        get().notify({ tone: 'status', message: `Restored “${result.value.title}”.` });
      },

      async revealMeeting(id) {
        clearTimeout(searchTimer);
        patchMeetings({ searchText: '', query: '' });
        await reloadAndSelect(id);
      },
    };
  };
}
