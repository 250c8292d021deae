import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, Menu, resetElectronMock } from './electronMock';
import { installApplicationMenu } from '../../../electron/main/menu';
import type { MenuItemSpec } from '../../../electron/core/menuTemplate';
import { eventChannelOf } from '../../../shared/contract/define';

vi.mock('electron', () => import('./electronMock'));

beforeEach(resetElectronMock);

/** The template the glue handed to Menu.buildFromTemplate, as set on the application. */
function installedTemplate(): MenuItemSpec[] {
  const menu = Menu.setApplicationMenu.mock.calls[0]?.[0];
  if (!menu) throw new Error('no application menu was set');
  return menu.built as MenuItemSpec[];
}

function menuItem(id: string): MenuItemSpec {
  const all = (items: MenuItemSpec[]): MenuItemSpec[] =>
    items.flatMap((item) => [item, ...all(item.submenu ?? [])]);
  const found = all(installedTemplate()).find((item) => item.id === id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
}

function install(ours: BrowserWindow[]) {
  installApplicationMenu({
    platform: 'linux',
    developerTools: false,
    isOurs: (window) => ours.includes(window as unknown as BrowserWindow),
  });
}

describe('installApplicationMenu', () => {
  it('sets the application menu for the platform it is given, without developer tools when asked', () => {
    install([]);
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    const template = installedTemplate();
    expect(template.map((item) => item.role ?? item.label)).toEqual([
      'fileMenu',
      'editMenu',
      'View',
      'Meeting',
      'windowMenu',
      'help',
    ]);
    const roles = template.flatMap((item) => (item.submenu ?? []).map((entry) => entry.role));
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).not.toContain('reload');
    expect(menuItem('timer.toggle')).toMatchObject({ accelerator: 'Space', registerAccelerator: false });
  });

  it('sends a chosen command to the focused window only', () => {
    const consoleWindow = new BrowserWindow({});
    const projector = new BrowserWindow({});
    install([consoleWindow, projector]);
    BrowserWindow.focused = consoleWindow;

    menuItem('agenda.jump.3').click?.();

    expect(consoleWindow.webContents.send).toHaveBeenCalledWith(eventChannelOf('menuCommandChosen'), {
      id: 'agenda.jump',
      stepNumber: 3,
    });
    expect(projector.webContents.send).not.toHaveBeenCalled();
  });

  it('sends nothing when no window of ours has the focus', () => {
    const ours = new BrowserWindow({});
    const stranger = new BrowserWindow({});
    install([ours]);

    menuItem('timer.toggle').click?.();
    BrowserWindow.focused = stranger;
    menuItem('timer.toggle').click?.();
    BrowserWindow.focused = ours;
    ours.close();
    menuItem('timer.toggle').click?.();

    expect(ours.webContents.send).not.toHaveBeenCalled();
    expect(stranger.webContents.send).not.toHaveBeenCalled();
  });
});
