import { useEffect, useState, type ReactNode } from 'react';
import type { HindsightApi } from '../../shared/contract';
import { createAppStore } from './createAppStore';
import { AppStoreContext } from './useApp';

/**
 * Creates this window's store once, and holds the one subscription to what main pushes: another
 * window (or a merge, or recovery) changed data, so reload what is affected. Our own writes also
 * come back through here, which keeps every window on the same committed state.
 */
export function StoreProvider({ api, children }: { api: HindsightApi; children: ReactNode }) {
  const [store] = useState(() => createAppStore(api));

  useEffect(() => {
    const stopMeetings = api.on('meetingChanged', ({ meetingId }) => {
      const state = store.getState();
      if (state.database.status?.state !== 'open') return;
      void state.loadMeetings();
      if (state.overview.meetingId === meetingId) void state.reloadOpenMeeting();
      if (state.followThrough.open) void state.loadFollowThrough();
    });
    const stopDatabase = api.on('databaseChanged', () => {
      const state = store.getState();
      state.closeMeeting();
      void state.checkDatabase().then(() => {
        if (store.getState().database.status?.state === 'open') void store.getState().loadMeetings();
      });
    });
    const stopRoom = api.on('roomChanged', () => void store.getState().loadRoom());
    void store.getState().loadRoom();
    return () => {
      stopMeetings();
      stopDatabase();
      stopRoom();
    };
  }, [api, store]);

  return <AppStoreContext.Provider value={store}>{children}</AppStoreContext.Provider>;
}
