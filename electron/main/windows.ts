import { BrowserWindow, dialog, type BrowserWindowConstructorOptions, type WebContents } from 'electron';
import { projectorPlacement } from './displays';
import { projectorHash } from '../../shared/projectorRoute';

export interface WindowOptions {
  /** The bundled preload (dist/preload/index.cjs). */
  preload: string;
  /** The built page (dist/renderer/index.html), loaded with loadFile. */
  rendererHtml: string;
  /** Vite's dev server, in development only; the built page is loaded when absent. */
  rendererUrl?: string;
}

/** The page's background (`--color-bg` in renderer/styles/base.css), so opening never flashes. */
export const BACKGROUND_COLOR = '#f6f5f1';
/** The projector's background (renderer/styles/projector.css). */
export const PROJECTOR_BACKGROUND_COLOR = '#0d1117';

/**
 * The app's windows, and the set of webContents allowed to call the contract (STYLE B2 rule 6):
 * only pages we created and loaded with our own preload are trusted; anything else that might
 * get a webContents (a devtools page, a future PDF window) is refused by ipc.ts.
 */
export function createWindows(options: WindowOptions) {
  const trusted = new Set<number>();
  const open = new Set<BrowserWindow>();
  let consoleWindow: BrowserWindow | null = null;
  let projectorWindow: BrowserWindow | null = null;

  /** A window with the one set of secure webPreferences, trusted until it closes. */
  function secureWindow(windowOptions: BrowserWindowConstructorOptions, onClosed: () => void): BrowserWindow {
    const window = new BrowserWindow({
      ...windowOptions,
      show: false,
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        preload: options.preload,
      },
    });
    // Read the id now: once 'closed' fires, window.webContents is already destroyed.
    const id = window.webContents.id;
    trusted.add(id);
    open.add(window);
    window.once('ready-to-show', () => window.show());
    window.on('closed', () => {
      trusted.delete(id);
      open.delete(window);
      onClosed();
    });
    return window;
  }

  function openConsole(): BrowserWindow {
    if (consoleWindow && !consoleWindow.isDestroyed()) {
      focus(consoleWindow);
      return consoleWindow;
    }
    const window = secureWindow(
      {
        title: 'Hindsight',
        width: 1280,
        height: 800,
        minWidth: 960,
        minHeight: 600,
        backgroundColor: BACKGROUND_COLOR,
      },
      () => {
        if (consoleWindow === window) consoleWindow = null;
      },
    );
    consoleWindow = window;
    // The page refuses its unload while typed text is unsaved (renderer/components/unsavedDrafts.ts):
    // closing, reloading or quitting then asks, and only Leave lets the page go.
    window.webContents.on('will-prevent-unload', (event) => {
      if (askToLeaveUnsaved(window)) event.preventDefault();
    });
    report(load(window), 'the console');
    return window;
  }

  /**
   * Opens the audience view of a meeting (the same page at `#projector?meeting=<id>`), placed
   * on an external display when there is one; an open projector switches to the meeting.
   */
  function openProjector(meetingId: string): BrowserWindow {
    const hash = projectorHash(meetingId);
    if (projectorWindow && !projectorWindow.isDestroyed()) {
      report(load(projectorWindow, hash), 'the projector');
      focus(projectorWindow);
      return projectorWindow;
    }
    const consoleBounds = consoleWindow && !consoleWindow.isDestroyed() ? consoleWindow.getBounds() : null;
    const placement = projectorPlacement(consoleBounds);
    const window = secureWindow(
      {
        title: 'Hindsight — projector',
        ...placement.bounds,
        fullscreen: placement.fullscreen,
        autoHideMenuBar: true,
        backgroundColor: PROJECTOR_BACKGROUND_COLOR,
      },
      () => {
        if (projectorWindow === window) projectorWindow = null;
      },
    );
    projectorWindow = window;
    report(load(window, hash), 'the projector');
    return window;
  }

  function load(window: BrowserWindow, hash?: string): Promise<void> {
    if (options.rendererUrl)
      return window.loadURL(hash ? `${options.rendererUrl}#${hash}` : options.rendererUrl);
    return hash ? window.loadFile(options.rendererHtml, { hash }) : window.loadFile(options.rendererHtml);
  }

  /** Brings the console forward, e.g. when Hindsight is launched a second time. */
  function focusConsole(): void {
    if (consoleWindow && !consoleWindow.isDestroyed()) focus(consoleWindow);
    else openConsole();
  }

  return {
    openConsole,
    openProjector,
    focusConsole,
    isTrusted: (sender: WebContents): boolean => trusted.has(sender.id),
    /** Every open window, for pushing events. */
    all: (): BrowserWindow[] => [...open],
  };
}

export type Windows = ReturnType<typeof createWindows>;

function report(loading: Promise<void>, what: string): void {
  loading.catch((error: unknown) => console.error(`[hindsight] ${what} could not load its page`, error));
}

function focus(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/** The unsaved-text question; true when the person chose to leave (the text is then dropped). */
function askToLeaveUnsaved(window: BrowserWindow): boolean {
  const choice = dialog.showMessageBoxSync(window, {
    type: 'warning',
    buttons: ['Stay', 'Leave without saving'],
    defaultId: 0,
    cancelId: 0,
    message: 'Some text you typed is not saved yet.',
    detail:
      'A line in a capture box, a field being edited or a change that could not be saved. Stay to save it (Enter, or leave the field); leaving drops it.',
  });
  return choice === 1;
}
