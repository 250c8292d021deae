import type { HindsightApi } from '../../../shared/contract';
import type { ContractError } from '../../../shared/contract/errors';
import type { MeetingChange } from '../../../shared/contract/changes';
import type { MeetingRecords } from '../../../shared/types';
import { applyRecordChanges } from '../../store/applyMeetingChange';
import { settle } from '../../bridge/api';
import type { SliceCreator } from '../../store/sliceCreator';
import type { ExportState } from '../../components/ExportStatus';
import type { MeetingSectionId } from './meetingSections';

export interface MeetingOverviewSlice {
  overview: {
    /** The open meeting; null while the library is shown. */
    meetingId: string | null;
    /** Which part of the open meeting is shown (see meetingSections.ts). */
    section: MeetingSectionId;
    records: MeetingRecords | null;
    /** See `ChangeableState` (store/applyMeetingChange.ts). */
    removedAt: Record<string, number>;
    error: ContractError | null;
    exportState: ExportState;
  };
  openMeeting(id: string): Promise<void>;
  reloadOpenMeeting(): Promise<void>;
  /**
   * Tells the loads on their way about a change that just arrived (store/followChanges.ts): a
   * load answers the meeting as it was when the core read it, and the changes that arrived while
   * its answer travelled are applied on top (idempotently), so a late answer never shows less.
   */
  changeArrived(change: MeetingChange): void;
  /** Back to the library, with focus on the row of the meeting that was open. */
  closeMeeting(): void;
  exportBundle(): Promise<void>;
  showSection(section: MeetingSectionId): void;
}

const closed: MeetingOverviewSlice['overview'] = {
  meetingId: null,
  section: 'overview',
  records: null,
  removedAt: {},
  error: null,
  exportState: { state: 'idle' },
};

export function createMeetingOverviewSlice(api: HindsightApi): SliceCreator<MeetingOverviewSlice> {
  return (set, get) => {
    const patch = (overview: Partial<MeetingOverviewSlice['overview']>) =>
      set((state) => ({ overview: { ...state.overview, ...overview } }));
    /** For each load on its way, the changes that arrived since it was asked for. */
    const loadsOnTheirWay = new Set<MeetingChange[]>();

    return {
      overview: closed,

      async openMeeting(id) {
        get().selectMeeting(id);
        get().clearStatusNotices();
        set({ overview: { ...closed, meetingId: id } });
        await get().reloadOpenMeeting();
      },

      async reloadOpenMeeting() {
        const id = get().overview.meetingId;
        if (id === null) return;
        const arrived: MeetingChange[] = [];
        loadsOnTheirWay.add(arrived);
        const result = await settle(api['meetings.get']({ id }));
        loadsOnTheirWay.delete(arrived);
        // The person may have gone back, or opened another meeting, while this was loading.
        if (get().overview.meetingId !== id) return;
        if (!result.ok) return patch({ error: result.error });
        const loaded = { ...get().overview, records: result.value, error: null };
        set({
          overview: applyRecordChanges(
            loaded,
            arrived.flatMap((change) => change.records),
          ),
        });
      },

      changeArrived(change) {
        for (const arrived of loadsOnTheirWay) arrived.push(change);
      },

      closeMeeting() {
        const id = get().overview.meetingId;
        if (id === null) return;
        set({ overview: closed });
        get().clearStatusNotices();
        get().selectMeeting(id, { focus: true });
      },

      showSection(section) {
        patch({ section });
      },

      async exportBundle() {
        const id = get().overview.meetingId;
        if (id === null) return;
        patch({ exportState: { state: 'pending' } });
        const result = await settle(api['bundle.exportToFile']({ meetingId: id }));
        if (get().overview.meetingId !== id) return;
        if (!result.ok) return patch({ exportState: { state: 'failed', error: result.error } });
        patch({
          exportState:
            result.value === null
              ? { state: 'cancelled' }
              : { state: 'saved', filePath: result.value.filePath },
        });
      },
    };
  };
}
