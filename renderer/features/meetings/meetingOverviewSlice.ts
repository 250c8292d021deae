import type { HindsightApi } from '../../../shared/contract';
import type { ContractError, Result } from '../../../shared/contract/errors';
import type { MeetingChange } from '../../../shared/contract/changes';
import type { TimelineCursor, TimelinePage } from '../../../shared/contract/meetings';
import {
  applyChangeToRecords,
  applyRecordChanges,
  type LoadedMeeting,
} from '../../../shared/domain/meetings/applyRecordChanges';
import { settle } from '../../bridge/api';
import type { SliceCreator } from '../../store/sliceCreator';
import type { ExportState } from '../../components/ExportStatus';
import type { MeetingSectionId } from './meetingSections';

export interface MeetingOverviewSlice {
  overview: LoadedMeeting & {
    /** The open meeting; null while the library is shown. */
    meetingId: string | null;
    /** Which part of the open meeting is shown (see meetingSections.ts). */
    section: MeetingSectionId;
    /** Why the last load failed; `loadsAfter` (store/applyMeetingChange.ts) loads again after it. */
    error: ContractError | null;
    exportState: ExportState;
    /**
     * While the event log comes in pages after the rest of the meeting: how many events it held
     * when it was opened. Null once every page is in (or the meeting has none).
     */
    eventsLoading: { total: number } | null;
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
  eventsLoading: null,
};

export function createMeetingOverviewSlice(api: HindsightApi): SliceCreator<MeetingOverviewSlice> {
  return (set, get) => {
    const patch = (overview: Partial<MeetingOverviewSlice['overview']>) =>
      set((state) => ({ overview: { ...state.overview, ...overview } }));
    /** For each load on its way, the changes that arrived since it was asked for. */
    const loadsOnTheirWay = new Set<MeetingChange[]>();
    /** Counts the loads started, so a load's pages stop when a newer one began. */
    let latestLoad = 0;

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
        const load = ++latestLoad;
        // The person may have gone back, opened another meeting, or a newer load started.
        const superseded = () => get().overview.meetingId !== id || load !== latestLoad;
        const arrived: MeetingChange[] = [];
        loadsOnTheirWay.add(arrived);
        const result = await settle(api['meetings.open']({ id }));
        loadsOnTheirWay.delete(arrived);
        if (superseded()) return;
        if (!result.ok) return patch({ error: result.error });
        const { records, timelineCount } = result.value;
        const eventsLoading = timelineCount > 0 ? { total: timelineCount } : null;
        const loaded = { ...get().overview, records, error: null, eventsLoading };
        set({ overview: arrived.reduce(applyChangeToRecords, loaded) });
        // The events follow page by page, the event loop free between them. Changes arriving
        // meanwhile are applied to the shown meeting as usual (store/followChanges.ts); a page is
        // merged as saved versions, so one read before a change never undoes it, and an event a
        // change already brought is not shown twice.
        if (!eventsLoading) return;
        let after: TimelineCursor | null = null;
        do {
          const page: Result<TimelinePage> = await settle(api['meetings.timelinePage']({ meetingId: id, after }));
          if (superseded()) return;
          if (!page.ok) return patch({ error: page.error, eventsLoading: null });
          const saved = page.value.events.map((record) => ({ kind: 'timeline' as const, record }));
          set((state) => ({ overview: applyRecordChanges(state.overview, saved) }));
          after = page.value.next;
        } while (after !== null);
        patch({ eventsLoading: null });
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
