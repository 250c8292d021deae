import { EventEmitter } from 'node:events';
import path from 'node:path';
import { vi } from 'vitest';

/**
 * A stand-in for the `electron` module, which cannot run here (no Electron binary, DESIGN §6).
 * Use it with `vi.mock('electron', () => import('./electronMock'))` and call
 * `resetElectronMock()` in `beforeEach`. It keeps only what the glue touches, records what the
 * glue did (window options, IPC handlers, session hooks) and lets a test play Electron's part
 * (emit app or webContents events, invoke a handler as a given sender).
 */

export const REPO_ROOT = path.resolve(__dirname, '../../..');

let nextWebContentsId = 1;

export type NavigationEvent = 'will-navigate' | 'will-frame-navigate' | 'will-redirect';

export class FakeWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  destroyed = false;
  readonly send = vi.fn();
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null;
  readonly setWindowOpenHandler = vi.fn((handler: FakeWebContents['windowOpenHandler']) => {
    this.windowOpenHandler = handler;
  });
  readonly printToPDF = vi.fn(async (_options: Record<string, unknown>) => Buffer.from('%PDF-1.7 fake'));
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /**
   * Plays a navigation as Electron announces it (`will-navigate` by default, or `will-frame-navigate`
   * or `will-redirect`, in the main frame or a subframe); true when the glue prevented it.
   */
  navigate(
    url: string,
    { event = 'will-navigate', isMainFrame = true }: { event?: NavigationEvent; isMainFrame?: boolean } = {},
  ): boolean {
    let prevented = false;
    this.emit(
      event,
      { url, isMainFrame, isSameDocument: false, preventDefault: () => (prevented = true) },
      url,
    );
    return prevented;
  }
}

export class BrowserWindow extends EventEmitter {
  static readonly created: BrowserWindow[] = [];
  static focused: BrowserWindow | null = null;
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.created.filter((window) => !window.destroyed);
  }
  static getFocusedWindow(): BrowserWindow | null {
    return BrowserWindow.focused;
  }

  readonly webContents = new FakeWebContents();
  destroyed = false;
  readonly loadFile = vi.fn(async (_file: string) => {});
  readonly loadURL = vi.fn(async (_url: string) => {});
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly isMinimized = vi.fn(() => false);
  readonly destroy = vi.fn(() => {
    this.destroyed = true;
    this.webContents.destroyed = true;
  });
  readonly getBounds = vi.fn(() => ({ x: 100, y: 100, width: 1280, height: 800 }));

  constructor(readonly options: Record<string, unknown>) {
    super();
    BrowserWindow.created.push(this);
    // Electron announces every new webContents on the app, before the page loads.
    app.emit('web-contents-created', {}, this.webContents);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** Plays the user closing the window. */
  close(): void {
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}

export const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  getAppPath: vi.fn(() => REPO_ROOT),
  requestSingleInstanceLock: vi.fn(() => true),
  whenReady: vi.fn(async () => {}),
  quit: vi.fn(),
  exit: vi.fn(),
});

type IpcHandler = (event: { sender: { id: number } }, ...args: unknown[]) => unknown;
const ipcHandlers = new Map<string, IpcHandler>();

export const ipcMain = {
  handlers: ipcHandlers,
  handle: vi.fn((channel: string, handler: IpcHandler) => {
    if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcHandlers.set(channel, handler);
  }),
  removeHandler: vi.fn((channel: string) => ipcHandlers.delete(channel)),
  /** Plays a renderer's `ipcRenderer.invoke(channel, payload)` from `sender`. */
  async invoke(channel: string, sender: { id: number }, payload: unknown): Promise<unknown> {
    const handler = ipcHandlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler({ sender }, payload);
  },
};

type HeadersListener = (
  details: { url: string; responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
) => void;
type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
) => void;
type PermissionCheckHandler = (
  contents: unknown,
  permission: string,
  requestingOrigin: string,
  details: Record<string, unknown>,
) => boolean;

/** A session: records the CSP listener and the permission handlers the glue installs. */
export class FakeSession {
  headersListener: HeadersListener | null = null;
  permissionHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  readonly webRequest = {
    onHeadersReceived: vi.fn((listener: HeadersListener) => {
      this.headersListener = listener;
    }),
  };
  readonly setPermissionRequestHandler = vi.fn((handler: PermissionRequestHandler) => {
    this.permissionHandler = handler;
  });
  readonly setPermissionCheckHandler = vi.fn((handler: PermissionCheckHandler) => {
    this.permissionCheckHandler = handler;
  });
}

const partitions = new Map<string, FakeSession>();

export const session = {
  defaultSession: new FakeSession(),
  /** One session per partition name, as Electron keeps them. */
  fromPartition: vi.fn((partition: string) => {
    const existing = partitions.get(partition);
    if (existing) return existing;
    const created = new FakeSession();
    partitions.set(partition, created);
    return created;
  }),
};

type FakeDisplay = { id: number; bounds: Rectangle; workArea: Rectangle };
type Rectangle = { x: number; y: number; width: number; height: number };
const laptopDisplay: FakeDisplay = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1080 },
};

/** The displays Electron reports; a test pushes a second one to play a connected projector. */
export const screen = {
  displays: [laptopDisplay] as FakeDisplay[],
  getAllDisplays: vi.fn(() => screen.displays),
  getPrimaryDisplay: vi.fn(() => screen.displays[0]!),
};

export const shell = { openExternal: vi.fn(async (_url: string) => {}), showItemInFolder: vi.fn() };

/** The system clipboard: `writeText` is recorded, and `text` keeps what was written last. */
export const clipboard = {
  text: '',
  writeText: vi.fn((text: string) => {
    clipboard.text = text;
  }),
};

export const dialog = {
  showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
  showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
  showErrorBox: vi.fn(),
  /** The button index answered: 0 (the default button) unless a test sets another. */
  showMessageBoxSync: vi.fn((..._args: unknown[]) => 0),
};

/** The application menu: `built` keeps the template the glue handed to buildFromTemplate. */
export const Menu = {
  buildFromTemplate: vi.fn((template: unknown[]) => ({ built: template })),
  setApplicationMenu: vi.fn((_menu: { built: unknown[] } | null) => {}),
};

export const exposedInMainWorld = new Map<string, unknown>();
export const contextBridge = {
  exposeInMainWorld: vi.fn((key: string, api: unknown) => exposedInMainWorld.set(key, api)),
};

export const ipcRenderer = Object.assign(new EventEmitter(), {
  invoke: vi.fn(async (_channel: string, _payload: unknown): Promise<unknown> => undefined),
});

/** Forgets every window, handler, listener and recorded call: run it before each test. */
export function resetElectronMock(): void {
  vi.clearAllMocks();
  BrowserWindow.created.length = 0;
  BrowserWindow.focused = null;
  app.removeAllListeners();
  app.isPackaged = false;
  app.getAppPath.mockImplementation(() => REPO_ROOT);
  app.requestSingleInstanceLock.mockImplementation(() => true);
  app.whenReady.mockImplementation(async () => {});
  ipcHandlers.clear();
  session.defaultSession = new FakeSession();
  partitions.clear();
  exposedInMainWorld.clear();
  screen.displays = [laptopDisplay];
  clipboard.text = '';
  ipcRenderer.removeAllListeners();
  dialog.showMessageBoxSync.mockImplementation(() => 0);
}
