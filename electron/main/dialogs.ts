import { BrowserWindow, clipboard, dialog, shell } from 'electron';
import type { Host } from '../core/handlers/context';
import { printHtmlToPdfInWindow } from './pdf';

/**
 * The core's Host over Electron's native dialogs, shell and clipboard. Dialogs only answer a
 * path (or null when the person cancels): the core reads and writes the files itself, so all
 * file work stays testable in plain Node. Each dialog is attached to the focused window, so it
 * opens in front of it. The clipboard is written here, in main, because the renderer's
 * clipboard permission is denied (security.ts).
 */
export function createDialogHost(): Host {
  return {
    async chooseSavePath({ title, defaultName, filters }) {
      const options = {
        title,
        defaultPath: defaultName,
        filters,
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      };
      const window = BrowserWindow.getFocusedWindow();
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },

    async chooseDatabaseFile() {
      const options = {
        title: 'Open a Hindsight database',
        properties: ['openFile' as const],
        filters: [
          { name: 'Hindsight database', extensions: ['sqlite', 'sqlite3', 'db'] },
          { name: 'All files', extensions: ['*'] },
        ],
      };
      const window = BrowserWindow.getFocusedWindow();
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },

    printToPdf: printHtmlToPdfInWindow,

    async showItemInFolder(filePath) {
      shell.showItemInFolder(filePath);
    },

    async writeClipboard(text) {
      clipboard.writeText(text);
    },
  };
}
