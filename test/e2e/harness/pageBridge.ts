import { buildBridge } from '../../../shared/contract/bridge';

/** How a page's calls reach the test's core: Playwright's exposeBinding, or the bench's WebSocket. */
export type PageInvoke = (channel: string, payload: unknown) => Promise<unknown>;

/**
 * Installs `window.hindsight` in a page before the app's own scripts, built by the same
 * `buildBridge` as the preload, with `invoke` carrying the calls instead of ipcRenderer. Answers
 * the function that delivers an event the core pushed to the page's listeners of its channel.
 */
export function installPageBridge(invoke: PageInvoke): (channel: string, payload: unknown) => void {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  Object.defineProperty(window, 'hindsight', {
    value: buildBridge({
      invoke,
      subscribe(channel, listener) {
        const set = listeners.get(channel) ?? new Set();
        set.add(listener);
        listeners.set(channel, set);
        return () => set.delete(listener);
      },
    }),
    writable: false,
    configurable: false,
  });
  return (channel, payload) => {
    for (const listener of listeners.get(channel) ?? []) listener(payload);
  };
}
