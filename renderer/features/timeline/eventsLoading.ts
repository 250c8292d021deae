import type { AppState } from '../../store/createAppStore';

/**
 * What a view of the events says while the log's pages load (see `reloadOpenMeeting`): how many
 * are in of how many there are. Null once every page is in.
 */
export function selectEventsLoadingText(state: AppState): string | null {
  const loading = state.overview.eventsLoading;
  if (loading === null) return null;
  const loaded = state.overview.records?.timeline.length ?? 0;
  return `Loading events… ${loaded.toLocaleString('en-US')} of ${loading.total.toLocaleString('en-US')}`;
}
