import { buildBridge } from '../../../shared/contract/bridge';

/**
 * Runs in the page before the app's own scripts: installs `window.hindsight` built by the same
 * `buildBridge` as the preload, over Playwright's exposeBinding instead of ipcRenderer.
 */
interface TestWindow {
  __hindsightInvoke(channel: string, payload: unknown): Promise<unknown>;
  __hindsightEmit(channel: string, payload: unknown): void;
  hindsight: unknown;
}

const testWindow = window as unknown as TestWindow;
const listeners = new Map<string, Set<(payload: unknown) => void>>();

testWindow.__hindsightEmit = (channel, payload) => {
  for (const listener of listeners.get(channel) ?? []) listener(payload);
};

Object.defineProperty(window, 'hindsight', {
  value: buildBridge({
    invoke: (channel, payload) => testWindow.__hindsightInvoke(channel, payload),
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
