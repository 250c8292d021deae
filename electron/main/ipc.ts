import { ipcMain, type BrowserWindow, type IpcMain, type WebContents } from 'electron';
import { methodNames } from '../../shared/contract';
import { channelOf, eventChannelOf } from '../../shared/contract/define';
import { fail } from '../../shared/contract/errors';
import type { Core } from '../core/createCore';

/**
 * The whole IPC story: one handler per contract method, registered in a loop (STYLE B2). The
 * handler passes the raw payload to `core.call`, which validates it against the contract and
 * always answers a Result, so nothing is ever thrown across IPC. A sender we did not create is
 * refused before the core sees anything. Returns the function that removes the handlers.
 */
export function registerContract(
  ipc: Pick<IpcMain, 'handle' | 'removeHandler'>,
  core: Pick<Core, 'call'>,
  isTrusted: (sender: WebContents) => boolean,
): () => void {
  for (const name of methodNames) {
    ipc.handle(channelOf(name), (event, raw: unknown) =>
      isTrusted(event.sender)
        ? core.call(name, raw)
        : fail(
            'transport',
            `Refused ${name}: the call did not come from a Hindsight window (untrusted sender).`,
          ),
    );
  }
  return () => {
    for (const name of methodNames) ipc.removeHandler(channelOf(name));
  };
}

/**
 * Sends every committed change to every open window, each event on its own channel, so the
 * console and the projector stay in step. Returns the function that stops forwarding.
 */
export function forwardEvents(core: Pick<Core, 'onEvent'>, getWindows: () => BrowserWindow[]): () => void {
  return core.onEvent((event, payload) => {
    for (const window of getWindows()) {
      if (window.isDestroyed() || window.webContents.isDestroyed()) continue;
      window.webContents.send(eventChannelOf(event), payload);
    }
  });
}

/** Connects a core to Electron's ipcMain and to the app's windows; returns the disconnect. */
export function connectIpc(
  core: Pick<Core, 'call' | 'onEvent'>,
  windows: { isTrusted(sender: WebContents): boolean; all(): BrowserWindow[] },
): () => void {
  const unregister = registerContract(ipcMain, core, windows.isTrusted);
  const stopForwarding = forwardEvents(core, windows.all);
  return () => {
    stopForwarding();
    unregister();
  };
}
