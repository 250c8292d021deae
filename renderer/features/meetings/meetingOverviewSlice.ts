import type { HindsightApi } from '../../../shared/contract';
import type { ContractError, Result } from '../../../shared/contract/errors';
import type { MeetingChange, RecordChange } from '../../../shared/contract/changes';
import {
  LISTS_AFTER_FIRST_PAINT,
  type ListsAfterFirstPaint,
  type TimelineCursor,
  type TimelinePage,
} from '../../../shared/contract/meetings';
import type { MeetingRecords } from '../../../shared/types';
import {
  applyChangeToRecords,
  applyRecordChanges,
  type LoadedMeeting,
} from '../../../shared/domain/meetings/applyRecordChanges';
import { settle } from '../../bridge/api';
import { withSavingKept } from '../../store/pendingRecords';
import type { SliceCreator } from '../../store/sliceCreator';
import type { ExportState } from '../../components/ExportStatus';
import type { MeetingSectionId } from './meetingSections';
import { afterPaint } from '../../components/afterPaint';

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
    /**
     * While the lists of `LISTS_AFTER_FIRST_PAINT` (action items, parking lot) are on their way
     * after the first paint: what shows them, or a figure from them, says "Loading…" meanwhile.
     */
    listsLoading: boolean;
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
  listsLoading: false,
};

/**
 * The events of the first page: more than the rows a tall screen shows, few enough to read, carry
 * and render in a frame or two, so the event log paints from it (issue 16).
 */
export const FIRST_PAGE_EVENTS = 200;

/** A page's events as the saved records `applyRecordChanges` merges. */
const asSaved = (events: TimelinePage['events']): RecordChange[] =>
  events.map((record) => ({ kind: 'timeline', record }));

/** The lists loaded after the first paint, as `records` shows them. */
const laterLists = (records: MeetingRecords): ListsAfterFirstPaint =>
  Object.fromEntries(LISTS_AFTER_FIRST_PAINT.map((kind) => [kind, records[kind]])) as ListsAfterFirstPaint;

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
        /** Runs `call`, noting the changes that arrive while its answer travels. */
        const noting = async <T>(call: Promise<T>): Promise<[T, MeetingChange[]]> => {
          const arrived: MeetingChange[] = [];
          loadsOnTheirWay.add(arrived);
          const answer = await call;
          loadsOnTheirWay.delete(arrived);
          return [answer, arrived];
        };
        // The first page travels beside the meeting, so the event log's first rows paint with it.
        const firstPage = settle(api['meetings.timelinePage']({ meetingId: id, after: null, limit: FIRST_PAGE_EVENTS }));
        const shown = get().overview.records;
        const [result, arrived] = await noting(settle(api['meetings.open']({ id })));
        if (superseded()) return;
        if (!result.ok) return patch({ error: result.error });
        const { records, timelineCount, listsIncluded } = result.value;
        const eventsLoading = timelineCount > 0 ? { total: timelineCount } : null;
        // A load again (after a merge, a failed write) keeps the lists shown until theirs are in:
        // a section reading them stays as it is, fields and all, rather than saying "Loading…".
        const again = !listsIncluded && shown?.meeting.id === id ? laterLists(get().overview.records ?? shown) : null;
        const loaded = {
          ...get().overview,
          records: withSavingKept({ ...records, ...again }, get().overview.records, get().savingIds),
          error: null,
          eventsLoading,
          listsLoading: !listsIncluded && again === null,
        };
        set({ overview: arrived.reduce(applyChangeToRecords, loaded) });
        // The events follow page by page, each merged as saved versions: a change arriving
        // meanwhile is applied to the shown meeting as usual (store/followChanges.ts), a page read
        // before it never undoes it, and an event a change already brought is not shown twice.
        const merged = (events: TimelinePage['events'], loading: Partial<MeetingOverviewSlice['overview']> = {}) =>
          set((state) => ({ overview: { ...applyRecordChanges(state.overview, asSaved(events)), ...loading } }));
        const first = await firstPage;
        if (superseded()) return;
        if (!first.ok) return patch({ error: first.error, eventsLoading: null });
        merged(first.value.events, first.value.next === null ? { eventsLoading: null } : {});
        if (!listsIncluded) {
          await afterPaint();
          if (superseded()) return;
          // The lists replace the shown ones, then the changes that arrived while they travelled
          // are applied on top (idempotently), as for the meeting itself.
          const [lists, arrivedMeanwhile] = await noting(settle(api['meetings.openLists']({ id })));
          if (superseded()) return;
          if (!lists.ok) return patch({ error: lists.error });
          set((state) => {
            const shownRecords = state.overview.records!;
            const records = withSavingKept({ ...shownRecords, ...lists.value }, shownRecords, state.savingIds);
            const withLists = { ...state.overview, records, listsLoading: false };
            return { overview: arrivedMeanwhile.reduce(applyChangeToRecords, withLists) };
          });
        }
        let after: TimelineCursor | null = first.value.next;
        while (after !== null) {
          const page: Result<TimelinePage> = await settle(api['meetings.timelinePage']({ meetingId: id, after }));
          if (superseded()) return;
          if (!page.ok) return patch({ error: page.error, eventsLoading: null });
          merged(page.value.events);
          after = page.value.next;
        }
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
