import { useEffect, useState, type ReactNode } from 'react';
import type { HindsightApi } from '../../shared/contract';
import { createAppStore } from './createAppStore';
import { followChanges } from './followChanges';
import { AppStoreContext } from './useApp';

/** Creates this window's store once, and holds its one subscription to what main pushes. */
export function StoreProvider({ api, children }: { api: HindsightApi; children: ReactNode }) {
  const [store] = useState(() => createAppStore(api));
  useEffect(() => followChanges(api, store), [api, store]);
  // The room's state (open, who joined) is the core's, and changes without a meeting write.
  useEffect(() => {
    const stopRoom = api.on('roomChanged', () => void store.getState().loadRoom());
    void store.getState().loadRoom();
    return stopRoom;
  }, [api, store]);
  return <AppStoreContext.Provider value={store}>{children}</AppStoreContext.Provider>;
}
