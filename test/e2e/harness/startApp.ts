import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createCore, type Core } from '../../../electron/core/createCore';
import { eventChannelOf, methodNameOfChannel } from '../../../shared/contract/define';
import { CONTENT_SECURITY_POLICY } from '../../../shared/csp';
import { launchChromium } from '../../helpers/chromium';
import { loopbackRoomHost } from '../../helpers/roomHost';
import { EXAMPLES_DIR, scriptedHost } from '../../helpers/testCore';
import { tempDbPath } from '../../helpers/tempDb';
import { serveRenderer } from './serveRenderer';
import { projectorHash } from '../../../shared/projectorRoute';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const RENDERER_DIR = path.join(ROOT, 'dist/renderer');

/** The page-side bridge, bundled once per run from the same buildBridge the preload uses. */
let pageBridgeScript: Promise<string> | undefined;
function pageBridge(): Promise<string> {
  pageBridgeScript ??= build({
    entryPoints: [path.join(ROOT, 'test/e2e/harness/pageBridgeEntry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
  }).then((result) => result.outputFiles[0]!.text);
  return pageBridgeScript;
}

export interface AppUnderTest {
  core: Core;
  dialogs: ReturnType<typeof scriptedHost>;
  /** Opens another window on the same core; `hash` picks the page (`projector?meeting=…`). */
  openWindow(hash?: string): Promise<Page>;
  /** Projector pages opened through `windows.openProjector`, as Electron would open windows. */
  projectors: Page[];
  /**
   * A note-taker's own browser (a separate context, as another laptop) on the room's join link:
   * no bridge is injected, the page talks to the room server over its WebSocket.
   */
  openNoteTaker(joinUrl: string): Promise<{ context: BrowserContext; page: Page }>;
  /** Uncaught page errors and console errors (CSP violations among them) seen so far. */
  errors: string[];
  close(): Promise<void>;
}

/**
 * The app as Electron would run it, minus Electron: the real core on a SQLite file in this
 * process, the built renderer in Chromium, and IPC replaced by exposeBinding behind a bridge of
 * exactly the preload's shape. Events the core emits after a commit reach every open page.
 */
export async function startApp(
  options: {
    dbPath?: string;
    /** Lets the core open a room on loopback, serving the built renderer. */ room?: boolean;
  } = {},
): Promise<AppUnderTest> {
  const dialogs = scriptedHost();
  const projectors: Page[] = [];
  const core = await createCore({
    dbPath: options.dbPath ?? tempDbPath(),
    examplesDir: EXAMPLES_DIR,
    host: {
      ...dialogs.host,
      // Electron would open a second BrowserWindow; here it is a second page on the same core.
      async openProjector(meetingId) {
        await dialogs.host.openProjector?.(meetingId);
        projectors.push(await openWindow(projectorHash(meetingId)));
      },
      ...(options.room ? { room: loopbackRoomHost(RENDERER_DIR).host } : {}),
    },
  });
  const server = await serveRenderer(RENDERER_DIR, CONTENT_SECURITY_POLICY);
  const browser: Browser = await launchChromium();
  const pages: Page[] = [];
  const errors: string[] = [];

  const stopForwarding = core.onEvent((event, payload) => {
    for (const page of pages) {
      if (page.isClosed()) continue;
      void page
        .evaluate(
          ([channel, data]) =>
            (window as unknown as { __hindsightEmit(c: string, p: unknown): void }).__hindsightEmit(
              channel,
              data,
            ),
          [eventChannelOf(event), payload] as const,
        )
        .catch(() => undefined);
    }
  });

  async function newPage(viewport: { width: number; height: number }) {
    // A 24-hour computer (en-GB): the machine's own locale (C → en-US) would make every meeting
    // that follows the computer's clock 12-hour. The 12-hour clock is set on the meeting where tested.
    const context = await browser.newContext({ viewport, locale: 'en-GB' });
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    return { context, page };
  }

  async function openWindow(hash?: string): Promise<Page> {
    const { page } = await newPage({ width: 1440, height: 900 });
    await page.exposeBinding('__hindsightInvoke', (_source, channel: string, payload: unknown) =>
      core.call(methodNameOfChannel(channel), payload),
    );
    await page.addInitScript({ content: await pageBridge() });
    await page.goto(hash ? `${server.url}#${hash}` : server.url);
    pages.push(page);
    return page;
  }

  return {
    core,
    dialogs,
    openWindow,
    async openNoteTaker(joinUrl) {
      const opened = await newPage({ width: 1024, height: 900 });
      await opened.page.goto(joinUrl);
      return opened;
    },
    projectors,
    errors,
    async close() {
      stopForwarding();
      await browser.close();
      await server.close();
      await core.close();
    },
  };
}
