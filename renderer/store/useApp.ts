import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { AppState, AppStore } from './createAppStore';

export const AppStoreContext = createContext<AppStore | null>(null);

/**
 * Reads a slice of the window's store. A selector is required: a bare `useApp()` would re-render
 * on every change anywhere. Selectors that build arrays or objects go through `useShallow`.
 */
export function useApp<T>(selector: (state: AppState) => T): T {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('useApp must be used inside <StoreProvider>.');
  return useStore(store, selector);
}
