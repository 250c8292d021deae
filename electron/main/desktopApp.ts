import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { app, dialog, session } from 'electron';
import { createCore, type Core } from '../core/createCore';
import { pickNativeBinding } from '../core/nativeBinding';
import {
  CONTENT_SECURITY_POLICY,
  DEV_SERVER_CONTENT_SECURITY_POLICY,
  REPORT_CONTENT_SECURITY_POLICY,
} from '../../shared/csp';
import { lanRoomHost } from '../core/room/lanRoomHost';
import { bonjourListener, mdnsRoomBrowser } from '../core/room/roomBrowser';
import { appPaths, databasePath, roomHostFlag } from './appPaths';
import { createDialogHost } from './dialogs';
import { connectIpc } from './ipc';
import { installApplicationMenu } from './menu';
import { PRINT_PARTITION } from './pdf';
import { applySessionSecurity, guardWebContents } from './security';
import { createWindows } from './windows';

/** What the app needs to know about its process; index.ts passes the real `process`'s. */
export interface ProcessFacts {
  argv: readonly string[];
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  arch: string;
  versions: Readonly<Record<string, string | undefined>>;
  resourcesPath: string;
  homedir: string;
  cwd: string;
}

/**
 * The desktop app: one object owning the windows and the core, so nothing lives in module state
 * (STYLE B3) and tests build it against a mocked `electron`. It holds no knowledge of meetings:
 * it opens the core, connects it to IPC, and manages windows and the app's lifetime.
 */
export function createDesktopApp(facts: ProcessFacts) {
  const packaged = app.isPackaged;
  const appPath = app.getAppPath();
  const paths = appPaths({ appPath, resourcesPath: facts.resourcesPath, packaged });
  // Vite's dev server is for development only: a packaged app always loads its own files.
  const rendererUrl = packaged ? undefined : facts.env.HINDSIGHT_RENDERER_URL || undefined;
  const entryUrl = rendererUrl ?? pathToFileURL(paths.rendererHtml).href;
  const windows = createWindows({ preload: paths.preload, rendererHtml: paths.rendererHtml, rendererUrl });
  let core: Core | null = null;
  let disconnect: (() => void) | null = null;

  /**
   * Starts the app: resolves true once the console window is open, false when another
   * Hindsight is already running (that one is focused and this one quits).
   */
  async function start(): Promise<boolean> {
    if (!app.requestSingleInstanceLock()) {
      app.quit();
      return false;
    }
    app.on('second-instance', () => windows.focusConsole());
    app.on('web-contents-created', (_event, contents) => guardWebContents(contents, entryUrl));
    app.on('window-all-closed', () => {
      // macOS apps stay in the dock with no window; 'activate' opens the console again.
      if (facts.platform !== 'darwin') app.quit();
    });
    app.on('activate', () => {
      if (core && windows.all().length === 0) windows.openConsole();
    });
    app.on('will-quit', (event) => {
      // The core's close resolves once its background copy has let go of the files: the app
      // quits after that, or a copy being checked is cut off and its partial file left behind.
      if (core === null) return;
      event.preventDefault();
      void shutdown().then(() => app.quit());
    });
    try {
      await app.whenReady();
      await open();
      return true;
    } catch (error) {
      dialog.showErrorBox('Hindsight could not start', (error as Error).message ?? String(error));
      app.exit(1);
      return false;
    }
  }

  async function open(): Promise<void> {
    applySessionSecurity(
      session.defaultSession,
      rendererUrl ? DEV_SERVER_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY,
    );
    applySessionSecurity(session.fromPartition(PRINT_PARTITION), REPORT_CONTENT_SECURITY_POLICY);
    core = await createCore({
      dbPath: databasePath(facts),
      examplesDir: paths.examplesDir,
      host: {
        ...createDialogHost(),
        openProjector: async (meetingId) => void windows.openProjector(meetingId),
        room: lanRoomHost({ host: roomHostFlag(facts.argv), rendererDir: paths.rendererDir }),
        roomBrowser: mdnsRoomBrowser(bonjourListener),
      },
      nativeBinding: pickNativeBinding({
        versions: facts.versions,
        platform: facts.platform,
        arch: facts.arch,
        rootDir: appPath,
        resourcesPath: facts.resourcesPath,
        packaged,
        exists: (file) => fs.existsSync(file),
      }),
    });
    disconnect = connectIpc(core, windows);
    installApplicationMenu({
      platform: facts.platform,
      developerTools: !packaged,
      isOurs: (window) => windows.all().includes(window),
    });
    windows.openConsole();
  }

  /** Disconnects IPC and closes the core; resolves once the core has let go of the database's files. */
  async function shutdown(): Promise<void> {
    disconnect?.();
    disconnect = null;
    const closing = core?.close();
    core = null;
    await closing;
  }

  return { start, shutdown, windows };
}

export type DesktopApp = ReturnType<typeof createDesktopApp>;
