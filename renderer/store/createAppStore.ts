import { createStore } from 'zustand/vanilla';
import type { HindsightApi } from '../../shared/contract';
import { createDatabaseSlice, type DatabaseSlice } from '../features/database/databaseSlice';
import { createLibrarySlice, type LibrarySlice } from '../features/library/librarySlice';
import { createMeetingsSlice, type MeetingsSlice } from '../features/meetings/meetingsSlice';
import {
  createMeetingOverviewSlice,
  type MeetingOverviewSlice,
} from '../features/meetings/meetingOverviewSlice';
import { createNoticesSlice, type NoticesSlice } from '../features/notices/noticesSlice';
import { createLiveSlice, type LiveSlice } from '../features/live/liveSlice';
import { createActionItemsSlice, type ActionItemsSlice } from '../features/action-items/actionItemsSlice';
import { createTimelineSlice, type TimelineSlice } from '../features/timeline/timelineSlice';
import { createReportSlice, type ReportSlice } from '../features/report/reportSlice';
import { createMergeSlice, type MergeSlice } from '../features/merge/mergeSlice';

export type AppState = DatabaseSlice &
  MeetingsSlice &
  MeetingOverviewSlice &
  LibrarySlice &
  NoticesSlice &
  LiveSlice &
  ActionItemsSlice &
  TimelineSlice &
  ReportSlice &
  MergeSlice;

/**
 * One store per window (zustand's DI pattern): made by this factory, provided by context. Tests
 * make a fresh one per test over a real core, so no global reset is needed.
 */
export function createAppStore(api: HindsightApi) {
  return createStore<AppState>()((...args) => ({
    ...createDatabaseSlice(api)(...args),
    ...createMeetingsSlice(api)(...args),
    ...createMeetingOverviewSlice(api)(...args),
    ...createLibrarySlice(api)(...args),
    ...createNoticesSlice(...args),
    ...createLiveSlice(api)(...args),
    ...createActionItemsSlice(api)(...args),
    ...createTimelineSlice(api)(...args),
    ...createReportSlice(api)(...args),
    ...createMergeSlice(api)(...args),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;
