import { BrowserWindow, type WebContents } from 'electron';

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

/**
 * The app's windows, and the set of webContents allowed to call the contract (STYLE B2 rule 6):
 * only pages we created and loaded with our own preload are trusted; anything else that might
 * get a webContents (a devtools page, a future PDF window) is refused by ipc.ts.
 */
export function createWindows(options: WindowOptions) {
  const trusted = new Set<number>();
  const open = new Set<BrowserWindow>();
  let consoleWindow: BrowserWindow | null = null;

  function openConsole(): BrowserWindow {
    if (consoleWindow && !consoleWindow.isDestroyed()) {
      focus(consoleWindow);
      return consoleWindow;
    }
    const window = new BrowserWindow({
      title: 'Hindsight',
      width: 1280,
      height: 800,
      minWidth: 960,
      minHeight: 600,
      show: false,
      backgroundColor: BACKGROUND_COLOR,
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
    consoleWindow = window;
    window.once('ready-to-show', () => window.show());
    window.on('closed', () => {
      trusted.delete(id);
      open.delete(window);
      if (consoleWindow === window) consoleWindow = null;
    });
    load(window).catch((error: unknown) =>
      console.error('[hindsight] the console could not load its page', error),
    );
    return window;
  }

  function load(window: BrowserWindow): Promise<void> {
    return options.rendererUrl ? window.loadURL(options.rendererUrl) : window.loadFile(options.rendererHtml);
  }

  /** Brings the console forward, e.g. when Hindsight is launched a second time. */
  function focusConsole(): void {
    if (consoleWindow && !consoleWindow.isDestroyed()) focus(consoleWindow);
    else openConsole();
  }

  return {
    openConsole,
    focusConsole,
    isTrusted: (sender: WebContents): boolean => trusted.has(sender.id),
    /** Every open window, for pushing events. */
    all: (): BrowserWindow[] => [...open],
  };
}

export type Windows = ReturnType<typeof createWindows>;

function focus(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
