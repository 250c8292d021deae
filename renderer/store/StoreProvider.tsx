import { useEffect, useState, type ReactNode } from 'react';
import type { HindsightApi } from '../../shared/contract';
import { createAppStore } from './createAppStore';
import { followChanges } from './followChanges';
import { AppStoreContext } from './useApp';

/** Creates this window's store once, and holds its one subscription to what main pushes. */
export function StoreProvider({ api, children }: { api: HindsightApi; children: ReactNode }) {
  const [store] = useState(() => createAppStore(api));
  useEffect(() => followChanges(api, store), [api, store]);
  // The room's state (open, who joined) and the joined room's are the core's, and change
  // without a meeting write.
  useEffect(() => {
    const stopRoom = api.on('roomChanged', () => void store.getState().loadRoom());
    const stopJoin = api.on('joinChanged', () => void store.getState().loadJoin());
    void store.getState().loadRoom();
    void store.getState().loadJoin();
    return () => {
      stopRoom();
      stopJoin();
    };
  }, [api, store]);
  return <AppStoreContext.Provider value={store}>{children}</AppStoreContext.Provider>;
}
