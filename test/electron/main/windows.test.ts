import type { WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, dialog, FakeWebContents, resetElectronMock, screen } from './electronMock';
import { BACKGROUND_COLOR, createWindows } from '../../../electron/main/windows';

vi.mock('electron', () => import('./electronMock'));

const files = { preload: '/app/dist/preload/index.cjs', rendererHtml: '/app/dist/renderer/index.html' };
const asSender = (contents: FakeWebContents) => contents as unknown as WebContents;

beforeEach(resetElectronMock);

describe('createWindows', () => {
  it('opens the console isolated, sandboxed, without Node and with the bundled preload', () => {
    createWindows(files).openConsole();
    expect(BrowserWindow.created).toHaveLength(1);
    expect(BrowserWindow.created[0]?.options.webPreferences).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: files.preload,
    });
  });

  it('opens hidden on the app’s background colour and shows the window once it is ready', () => {
    const window = createWindows(files).openConsole() as unknown as BrowserWindow;
    expect(window.options).toMatchObject({
      show: false,
      backgroundColor: BACKGROUND_COLOR,
      minWidth: 960,
      minHeight: 600,
    });
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });

  it('loads the built page from its file when no dev server is given', () => {
    const window = createWindows(files).openConsole() as unknown as BrowserWindow;
    expect(window.loadFile).toHaveBeenCalledWith(files.rendererHtml);
    expect(window.loadURL).not.toHaveBeenCalled();
  });

  it('loads the dev server when one is given', () => {
    const window = createWindows({
      ...files,
      rendererUrl: 'http://localhost:5173/',
    }).openConsole() as unknown as BrowserWindow;
    expect(window.loadURL).toHaveBeenCalledWith('http://localhost:5173/');
    expect(window.loadFile).not.toHaveBeenCalled();
  });

  it('trusts the console’s webContents and no other', () => {
    const windows = createWindows(files);
    const window = windows.openConsole() as unknown as BrowserWindow;
    expect(windows.isTrusted(asSender(window.webContents))).toBe(true);
    expect(windows.isTrusted(asSender(new FakeWebContents()))).toBe(false);
  });

  it('stops trusting and listing a window once it is closed', () => {
    const windows = createWindows(files);
    const window = windows.openConsole() as unknown as BrowserWindow;
    window.close();
    expect(windows.isTrusted(asSender(window.webContents))).toBe(false);
    expect(windows.all()).toEqual([]);
  });

  it('focuses the open console instead of opening a second one', () => {
    const windows = createWindows(files);
    const window = windows.openConsole() as unknown as BrowserWindow;
    window.isMinimized.mockReturnValue(true);
    windows.focusConsole();
    expect(BrowserWindow.created).toHaveLength(1);
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('opens a new console when asked to focus after the last one closed', () => {
    const windows = createWindows(files);
    (windows.openConsole() as unknown as BrowserWindow).close();
    windows.focusConsole();
    expect(BrowserWindow.created).toHaveLength(2);
    expect(windows.all()).toEqual([BrowserWindow.created[1]]);
  });
});

describe('createWindows().openProjector', () => {
  const meetingId = '00000000-0000-4000-8000-000000000001';

  it('opens the projector with the console’s secure webPreferences, on the meeting’s projector page', () => {
    const windows = createWindows(files);
    windows.openConsole();
    const projector = windows.openProjector(meetingId) as unknown as BrowserWindow;
    expect(projector.options.webPreferences).toEqual(BrowserWindow.created[0]?.options.webPreferences);
    expect(projector.options).toMatchObject({ show: false, fullscreen: false });
    expect(projector.loadFile).toHaveBeenCalledWith(files.rendererHtml, {
      hash: `projector?meeting=${meetingId}`,
    });
    expect(windows.isTrusted(asSender(projector.webContents))).toBe(true);
  });

  it('fills an external display when Electron reports one', () => {
    screen.displays.push({
      id: 2,
      bounds: { x: 1920, y: 0, width: 1280, height: 720 },
      workArea: { x: 1920, y: 0, width: 1280, height: 720 },
    });
    const windows = createWindows(files);
    windows.openConsole();
    const projector = windows.openProjector(meetingId) as unknown as BrowserWindow;
    expect(screen.getAllDisplays).toHaveBeenCalled();
    expect(projector.options).toMatchObject({ x: 1920, y: 0, width: 1280, height: 720, fullscreen: true });
  });

  it('opens beside the console when there is only one display', () => {
    const windows = createWindows(files);
    windows.openConsole();
    const projector = windows.openProjector(meetingId) as unknown as BrowserWindow;
    // The console (mocked at x 100, 1280 wide) leaves more room on its right; the window is
    // kept on the 1920-wide display, so it overlaps the console's edge rather than go off-screen.
    expect(projector.options).toMatchObject({ x: 1920 - 1024, width: 1024, fullscreen: false });
  });

  it('switches an open projector to the meeting instead of opening a second one', () => {
    const windows = createWindows({ ...files, rendererUrl: 'http://localhost:5173/' });
    windows.openProjector(meetingId);
    const projector = windows.openProjector(
      '00000000-0000-4000-8000-000000000002',
    ) as unknown as BrowserWindow;
    expect(BrowserWindow.created).toHaveLength(1);
    expect(projector.loadURL).toHaveBeenLastCalledWith(
      'http://localhost:5173/#projector?meeting=00000000-0000-4000-8000-000000000002',
    );
    expect(projector.focus).toHaveBeenCalled();
  });

  it('asks before the console closes over unsaved text, and lets it go only on Leave', () => {
    const window = createWindows(files).openConsole() as unknown as BrowserWindow;
    const unload = () => {
      const event = { preventDefault: vi.fn() };
      window.webContents.emit('will-prevent-unload', event);
      return event.preventDefault;
    };
    // Stay (the default button): the page's refusal stands and the window stays open.
    expect(unload()).not.toHaveBeenCalled();
    expect(dialog.showMessageBoxSync).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ buttons: ['Stay', 'Leave without saving'], defaultId: 0, cancelId: 0 }),
    );
    dialog.showMessageBoxSync.mockImplementation(() => 1);
    expect(unload()).toHaveBeenCalledTimes(1);
  });
});
