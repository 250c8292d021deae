import type { ReactNode } from 'react';
import { StoreProvider } from '../../renderer/store/StoreProvider';
import { inProcessBridge } from './inProcessBridge';
import { testCore } from './testCore';

/**
 * A window's store over a real core, for a component rendered on its own rather than in the App:
 * `wrapper` goes to `render` (and so to `rerender` too).
 */
export async function inStore() {
  const { core } = await testCore();
  const api = inProcessBridge(core);
  function wrapper({ children }: { children: ReactNode }) {
    return <StoreProvider api={api}>{children}</StoreProvider>;
  }
  return { core, api, wrapper };
}
