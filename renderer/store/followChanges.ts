import type { HindsightApi } from '../../shared/contract';
import { applyMeetingChange, loadsAfter } from './applyMeetingChange';
import type { AppStore } from './createAppStore';

/**
 * Keeps one window's store on the committed state: a `meetingChanged` carries the saved records
 * (shared/contract/changes.ts) and they are applied as they are, this window's own writes too
 * (idempotently: the write's answer already showed them), so no write is followed by a reload of
 * the meeting. Only what a change does not carry is loaded (`loadsAfter`). Returns the unsubscribe.
 */
export function followChanges(api: HindsightApi, store: AppStore): () => void {
  const stopMeetings = api.on('meetingChanged', (change) => {
    const state = store.getState();
    if (state.database.status?.state !== 'open') return;
    const loads = loadsAfter(state, change);
    state.changeArrived(change);
    state.libraryChangeArrived();
    store.setState((current) => applyMeetingChange(current, change));
    if (loads.library) void state.loadMeetings();
    if (loads.meeting) void state.reloadOpenMeeting();
    if (state.followThrough.open) void state.loadFollowThrough();
  });
  const stopDatabase = api.on('databaseChanged', () => {
    const state = store.getState();
    state.closeMeeting();
    void state.checkDatabase().then(() => {
      if (store.getState().database.status?.state === 'open') void store.getState().loadMeetings();
    });
  });
  return () => {
    stopMeetings();
    stopDatabase();
  };
}
