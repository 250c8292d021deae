import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildBridge } from '../../shared/contract/bridge';

// The page gets `window.hindsight` and nothing else: one function per contract method and `on`
// for the contract's events, both built from the contract by buildBridge. Validation happens
// in main, not here. Bundled to ONE CommonJS file, since a sandboxed preload can only require
// electron (electron/build/build.mjs).
contextBridge.exposeInMainWorld(
  'hindsight',
  buildBridge({
    invoke: (channel, payload) => ipcRenderer.invoke(channel, payload),
    subscribe(channel, listener) {
      // The IpcRendererEvent (with its `sender`, an ipcRenderer) never reaches the page.
      const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, forward);
      return () => {
        ipcRenderer.removeListener(channel, forward);
      };
    },
  }),
);
