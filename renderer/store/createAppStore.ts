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
import { createActionReviewSlice, type ActionReviewSlice } from '../features/action-items/actionReviewSlice';
import { createTimelineSlice, type TimelineSlice } from '../features/timeline/timelineSlice';
import { createEventWalkSlice, type EventWalkSlice } from '../features/timeline/eventWalkSlice';
import { createReportSlice, type ReportSlice } from '../features/report/reportSlice';
import { createMergeSlice, type MergeSlice } from '../features/merge/mergeSlice';
import {
  createFollowThroughSlice,
  type FollowThroughSlice,
} from '../features/follow-through/followThroughSlice';
import { createAgendaSlice, type AgendaSlice } from '../features/agenda/agendaSlice';
import { createParkingLotSlice, type ParkingLotSlice } from '../features/parking-lot/parkingLotSlice';
import { createWorkspacesSlice, type WorkspacesSlice } from '../features/workspaces/workspacesSlice';
import { createTemplatesSlice, type TemplatesSlice } from '../features/templates/templatesSlice';
import { createCoachSlice, type CoachSlice } from '../features/coach/coachSlice';
import { createRecordActionsSlice, type RecordActionsSlice } from './recordActionsSlice';
import { createTextDraftsSlice, type TextDraftsSlice } from './textDraftsSlice';
import { createRoomSlice, type RoomSlice } from '../features/room/roomSlice';
import { createJoinSlice, type JoinSlice } from '../features/join/joinSlice';
import { createClockSlice, thisComputersClock, type ClockSlice } from '../features/clock/clockSlice';
import type { ClockFormat } from '../../shared/domain/format/clock';

export type AppState = DatabaseSlice &
  MeetingsSlice &
  MeetingOverviewSlice &
  LibrarySlice &
  NoticesSlice &
  LiveSlice &
  ActionItemsSlice &
  ActionReviewSlice &
  TimelineSlice &
  EventWalkSlice &
  ReportSlice &
  MergeSlice &
  FollowThroughSlice &
  AgendaSlice &
  ParkingLotSlice &
  WorkspacesSlice &
  TemplatesSlice &
  CoachSlice &
  RecordActionsSlice &
  TextDraftsSlice &
  RoomSlice &
  JoinSlice &
  ClockSlice;

/**
 * One store per window (zustand's DI pattern): made by this factory, provided by context. Tests
 * make a fresh one per test over a real core, so no global reset is needed. `systemClock` is the
 * computer's 12/24-hour clock (read from the window's locale unless a test names it).
 */
export function createAppStore(api: HindsightApi, systemClock: ClockFormat = thisComputersClock()) {
  return createStore<AppState>()((...args) => ({
    ...createDatabaseSlice(api)(...args),
    ...createMeetingsSlice(api)(...args),
    ...createMeetingOverviewSlice(api)(...args),
    ...createLibrarySlice(api)(...args),
    ...createNoticesSlice(...args),
    ...createLiveSlice(api)(...args),
    ...createActionItemsSlice(api)(...args),
    ...createActionReviewSlice(api)(...args),
    ...createTimelineSlice(api)(...args),
    ...createEventWalkSlice(api)(...args),
    ...createReportSlice(api)(...args),
    ...createMergeSlice(api)(...args),
    ...createFollowThroughSlice(api)(...args),
    ...createAgendaSlice(api)(...args),
    ...createParkingLotSlice()(...args),
    ...createWorkspacesSlice(api)(...args),
    ...createTemplatesSlice(api)(...args),
    ...createCoachSlice(api)(...args),
    ...createRecordActionsSlice(api)(...args),
    ...createTextDraftsSlice()(...args),
    ...createRoomSlice(api)(...args),
    ...createJoinSlice(api)(...args),
    ...createClockSlice(systemClock)(...args),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;
