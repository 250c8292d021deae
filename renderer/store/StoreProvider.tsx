import { useEffect, useState, type ReactNode } from 'react';
import type { HindsightApi } from '../../shared/contract';
import type { ClockFormat } from '../../shared/domain/format/clock';
import { createAppStore } from './createAppStore';
import { followChanges } from './followChanges';
import { AppStoreContext } from './useApp';

/**
 * Creates this window's store once, and holds its one subscription to what main pushes.
 * `systemClock` stands in for the computer's 12/24-hour clock (tests); a window reads its locale's.
 */
export function StoreProvider({
  api,
  systemClock,
  children,
}: {
  api: HindsightApi;
  systemClock?: ClockFormat;
  children: ReactNode;
}) {
  const [store] = useState(() => createAppStore(api, systemClock));
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
