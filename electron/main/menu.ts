import { BrowserWindow, Menu } from 'electron';
import type { MenuCommandChoice } from '../../shared/contract';
import { eventChannelOf } from '../../shared/contract/define';
import { buildMenuTemplate } from '../core/menuTemplate';

/**
 * Installs the application menu built by electron/core/menuTemplate.ts. A command chosen from it
 * goes to the focused window only, as `menuCommandChosen`: the console there runs it exactly as
 * it runs the same keys. A window that is not ours (or none) gets nothing.
 */
export function installApplicationMenu(options: {
  platform: NodeJS.Platform;
  developerTools: boolean;
  isOurs(window: BrowserWindow): boolean;
}): void {
  const template = buildMenuTemplate({
    platform: options.platform,
    developerTools: options.developerTools,
    onCommand(choice: MenuCommandChoice) {
      const window = BrowserWindow.getFocusedWindow();
      if (!window || window.isDestroyed() || !options.isOurs(window)) return;
      window.webContents.send(eventChannelOf('menuCommandChosen'), choice);
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
