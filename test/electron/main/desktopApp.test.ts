import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BrowserWindow,
  Menu,
  REPO_ROOT,
  app,
  clipboard,
  dialog,
  ipcMain,
  resetElectronMock,
  session,
} from './electronMock';
import { createDesktopApp, type DesktopApp, type ProcessFacts } from '../../../electron/main/desktopApp';
import { channelOf, eventChannelOf } from '../../../shared/contract/define';
import { methodNames } from '../../../shared/contract';
import { PRINT_PARTITION } from '../../../electron/main/pdf';
import {
  CONTENT_SECURITY_POLICY,
  DEV_SERVER_CONTENT_SECURITY_POLICY,
  REPORT_CONTENT_SECURITY_POLICY,
} from '../../../shared/csp';
import { tempDir } from '../../helpers/tempDb';

vi.mock('electron', () => import('./electronMock'));

/** Stands in for bonjour-service, so no test multicasts: records what a room would announce. */
const mdns = vi.hoisted(() => ({ published: [] as { type: string; port: number }[], destroyed: 0 }));
vi.mock('bonjour-service', () => ({
  Bonjour: class {
    publish(config: { type: string; port: number }) {
      mdns.published.push(config);
      return { stop: () => undefined };
    }
    destroy() {
      mdns.destroyed += 1;
    }
  },
}));

const started: DesktopApp[] = [];

/** Server sockets this process listens on (Node's TCPServerWrap handles), whatever their port. */
const listeningServers = () =>
  process.getActiveResourcesInfo().filter((resource) => resource === 'TCPServerWrap').length;

function desktopApp(overrides: Partial<ProcessFacts> = {}) {
  const folder = tempDir();
  const facts: ProcessFacts = {
    argv: ['electron', '.', '--db', path.join(folder, 'hindsight.sqlite')],
    env: {},
    platform: 'linux',
    arch: 'x64',
    versions: { node: process.versions.node },
    resourcesPath: path.join(folder, 'resources'),
    homedir: folder,
    cwd: folder,
    ...overrides,
  };
  const created = createDesktopApp(facts);
  started.push(created);
  return created;
}

const consoleWindow = () => {
  const window = BrowserWindow.created[0];
  if (!window) throw new Error('no window was opened');
  return window;
};

beforeEach(resetElectronMock);
afterEach(async () => {
  // Closes the cores the tests opened, as quitting does.
  await Promise.all(started.splice(0).map((created) => created.shutdown()));
});

describe('createDesktopApp', () => {
  it('quits at once when another Hindsight holds the single-instance lock', async () => {
    app.requestSingleInstanceLock.mockReturnValue(false);
    expect(await desktopApp().start()).toBe(false);
    expect(app.quit).toHaveBeenCalled();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(BrowserWindow.created).toEqual([]);
  });

  it('opens the console on a real core, serving every contract method to it', async () => {
    expect(await desktopApp().start()).toBe(true);
    expect([...ipcMain.handlers.keys()].sort()).toEqual(methodNames.map(channelOf).sort());
    const window = consoleWindow();
    expect(window.loadFile).toHaveBeenCalledWith(path.join(REPO_ROOT, 'dist', 'renderer', 'index.html'));
    const result = await ipcMain.invoke(channelOf('meetings.create'), window.webContents, {
      title: 'Checkout outage',
    });
    expect(result).toMatchObject({ ok: true, value: { title: 'Checkout outage' } });
    const meetingId = (result as { value: { id: string } }).value.id;
    expect(window.webContents.send).toHaveBeenCalledWith(
      eventChannelOf('meetingChanged'),
      expect.objectContaining({ meetingId }),
    );
  });

  it('listens on nothing until the room opens; opens it on --host, announces it by mDNS, and quitting stops the server', async () => {
    const folder = tempDir();
    const app = desktopApp({
      argv: ['electron', '.', '--db', path.join(folder, 'hindsight.sqlite'), '--host', '127.0.0.1'],
    });
    const listening = listeningServers();
    await app.start();
    const window = consoleWindow();
    const created = (await ipcMain.invoke(channelOf('meetings.create'), window.webContents, {
      title: 'Checkout outage',
    })) as { value: { id: string } };
    // The app running with a meeting open, and no room: no server socket, no announcement.
    expect(listeningServers()).toBe(listening);
    expect(mdns.published).toEqual([]);
    const room = (await ipcMain.invoke(channelOf('room.open'), window.webContents, {
      meetingId: created.value.id,
    })) as { ok: true; value: { address: string } };
    expect(room.value.address).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(mdns.published).toEqual([expect.objectContaining({ type: 'hindsight' })]);
    expect(window.webContents.send).toHaveBeenCalledWith(eventChannelOf('roomChanged'), { open: true });
    expect(listeningServers()).toBe(listening + 1);
    app.shutdown();
    await expect
      .poll(() =>
        fetch(room.value.address).then(
          () => 'listening',
          () => 'closed',
        ),
      )
      .toBe('closed');
    expect(mdns.destroyed).toBe(1);
    await expect.poll(listeningServers).toBe(listening);
  });

  it('opens the projector window when the console asks through the contract', async () => {
    await desktopApp().start();
    const window = consoleWindow();
    const created = (await ipcMain.invoke(channelOf('meetings.create'), window.webContents, {
      title: 'Checkout outage',
    })) as { value: { id: string } };
    const meetingId = created.value.id;
    const result = await ipcMain.invoke(channelOf('windows.openProjector'), window.webContents, {
      meetingId,
    });
    expect(result).toEqual({ ok: true, value: null });
    const projector = BrowserWindow.created[1]!;
    expect(projector.loadFile).toHaveBeenCalledWith(expect.stringContaining('index.html'), {
      hash: `projector?meeting=${meetingId}`,
    });
    // The projector hears meetingChanged like the console, so it follows every step.
    await ipcMain.invoke(channelOf('agenda.next'), window.webContents, { meetingId });
    expect(projector.webContents.send).toHaveBeenCalledWith(
      eventChannelOf('meetingChanged'),
      expect.objectContaining({ meetingId }),
    );
  });

  it('copies an action item to the system clipboard when the console asks through the contract', async () => {
    await desktopApp().start();
    const sender = consoleWindow().webContents;
    const call = async <T>(name: string, input: object) =>
      ((await ipcMain.invoke(channelOf(name), sender, input)) as { value: T }).value;
    const meeting = await call<{ id: string }>('meetings.create', { title: 'Checkout outage' });
    const item = await call<{ id: string }>('actionItems.add', {
      meetingId: meeting.id,
      title: 'Page on stale price age',
      type: 'detective',
    });
    const result = await ipcMain.invoke(channelOf('actionItems.copyAsIssue'), sender, { id: item.id });
    expect(result).toEqual({ ok: true, value: { text: clipboard.text } });
    expect(clipboard.text).toContain('From the postmortem “Checkout outage”.');
  });

  it('installs the application menu, whose commands reach the focused console', async () => {
    await desktopApp().start();
    const window = consoleWindow();
    BrowserWindow.focused = window;
    const [menu] = Menu.setApplicationMenu.mock.calls[0]!;
    const meetingMenu = (
      menu!.built as { label?: string; submenu?: { id?: string; click?(): void }[] }[]
    ).find((item) => item.label === 'Meeting');
    meetingMenu?.submenu?.find((item) => item.id === 'timer.toggle')?.click?.();
    expect(window.webContents.send).toHaveBeenCalledWith(eventChannelOf('menuCommandChosen'), {
      id: 'timer.toggle',
    });
  });

  it('focuses the open console when Hindsight is launched again', async () => {
    await desktopApp().start();
    app.emit('second-instance', {}, ['hindsight'], REPO_ROOT);
    expect(BrowserWindow.created).toHaveLength(1);
    expect(consoleWindow().focus).toHaveBeenCalled();
  });

  it('sends the strict policy and guards the console’s navigation', async () => {
    await desktopApp().start();
    const callback = vi.fn();
    session.defaultSession.headersListener?.({ url: 'file:///x', responseHeaders: {} }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
    expect(consoleWindow().webContents.navigate('https://example.com/')).toBe(true);
    expect(consoleWindow().webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    });
  });

  it('gives the print window’s session the report’s policy and the same refusals', async () => {
    await desktopApp().start();
    const printSession = session.fromPartition(PRINT_PARTITION);
    expect(printSession).not.toBe(session.defaultSession);
    const callback = vi.fn();
    printSession.headersListener?.({ url: 'file:///tmp/report.html', responseHeaders: {} }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Security-Policy': [REPORT_CONTENT_SECURITY_POLICY] },
    });
    const granted = vi.fn();
    printSession.permissionHandler?.({}, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
    expect(printSession.permissionCheckHandler?.(null, 'clipboard-read', 'file:///', {})).toBe(false);
  });

  it('loads the dev server, with the development policy, only when not packaged', async () => {
    await desktopApp({ env: { HINDSIGHT_RENDERER_URL: 'http://localhost:5173/' } }).start();
    expect(consoleWindow().loadURL).toHaveBeenCalledWith('http://localhost:5173/');
    const callback = vi.fn();
    session.defaultSession.headersListener?.(
      { url: 'http://localhost:5173/', responseHeaders: {} },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Security-Policy': [DEV_SERVER_CONTENT_SECURITY_POLICY] },
    });
    expect(consoleWindow().webContents.navigate('http://localhost:5173/#/meetings')).toBe(false);
  });

  it('ignores the dev server when packaged', async () => {
    app.isPackaged = true;
    await desktopApp({ env: { HINDSIGHT_RENDERER_URL: 'http://localhost:5173/' } }).start();
    expect(consoleWindow().loadURL).not.toHaveBeenCalled();
    expect(consoleWindow().loadFile).toHaveBeenCalled();
  });

  it('puts reload and developer tools in the menu only when not packaged', async () => {
    const viewRoles = () => {
      const [menu] = Menu.setApplicationMenu.mock.calls[0]!;
      const view = (menu!.built as { label?: string; submenu?: { role?: string }[] }[]).find(
        (item) => item.label === 'View',
      );
      return (view?.submenu ?? []).map((item) => item.role);
    };
    await desktopApp().start();
    expect(viewRoles()).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));

    resetElectronMock();
    app.isPackaged = true;
    await desktopApp().start();
    expect(viewRoles()).toContain('togglefullscreen');
    expect(viewRoles()).not.toContain('reload');
    expect(viewRoles()).not.toContain('toggleDevTools');
  });

  it('quits when the last window closes, except on macOS', async () => {
    await desktopApp().start();
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalledTimes(1);

    resetElectronMock();
    await desktopApp({ platform: 'darwin' }).start();
    app.emit('window-all-closed');
    expect(app.quit).not.toHaveBeenCalled();
    consoleWindow().close();
    app.emit('activate');
    expect(BrowserWindow.created).toHaveLength(2);
  });

  it('disconnects IPC and closes the core when quitting, and quits once the core has closed', async () => {
    await desktopApp().start();
    const window = consoleWindow();
    const quitting = { preventDefault: vi.fn() };
    app.emit('will-quit', quitting);
    expect(quitting.preventDefault).toHaveBeenCalledTimes(1);
    expect(app.quit).not.toHaveBeenCalled();
    expect(ipcMain.handlers.size).toBe(0);
    await expect(ipcMain.invoke(channelOf('meetings.list'), window.webContents, {})).rejects.toThrow(
      'No handler',
    );
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    // Quitting again, the core closed: nothing holds it back.
    const again = { preventDefault: vi.fn() };
    app.emit('will-quit', again);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });

  it('tells the person why it cannot start and exits when the Electron SQLite build is missing', async () => {
    // Under Electron (versions.electron set) in development, with no .native build for this version.
    expect(await desktopApp({ versions: { electron: '0.0.0-missing' } }).start()).toBe(false);
    expect(dialog.showErrorBox).toHaveBeenCalledWith(
      'Hindsight could not start',
      expect.stringContaining('node electron/build/ensureElectronNative.mjs'),
    );
    expect(app.exit).toHaveBeenCalledWith(1);
    expect(BrowserWindow.created).toEqual([]);
  });
});
