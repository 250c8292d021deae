import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { createCore, type Core } from '../../../electron/core/createCore';
import { CONTENT_SECURITY_POLICY } from '../../../shared/csp';
import { launchChromium } from '../../helpers/chromium';
import { EXAMPLES_DIR, scriptedHost } from '../../helpers/testCore';
import { tempDbPath } from '../../helpers/tempDb';
import { RENDERER_DIR } from '../../e2e/harness/startApp';
import { serveRenderer } from '../../e2e/harness/serveRenderer';
import { attachSocketBridge } from './socketBridge';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** The given modules of this folder as one init script for a page. */
function pageScript(modules: readonly string[]): Promise<string> {
  return build({
    stdin: { contents: modules.map((module) => `import './${module}';`).join(' '), resolveDir: HERE, loader: 'ts' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
  }).then((result) => result.outputFiles[0]!.text);
}

export interface BenchApp {
  core: Core;
  dbPath: string;
  page: Page;
  cdp: CDPSession;
  /** Reloads the page (a fresh renderer and heap), back at the library. */
  reload(): Promise<void>;
  /**
   * A second page in the same browser holding `html` and the paint probe only, no app: the
   * control that shows what the browser and display cost by themselves.
   */
  openBarePage(html: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * The built renderer in Chromium over the real core on a SQLite file, as the e2e harness runs
 * it, but with the contract carried by a same-origin WebSocket (see socketBridge.ts).
 */
export async function startBenchApp(): Promise<BenchApp> {
  const dbPath = tempDbPath();
  const core = await createCore({ dbPath, examplesDir: EXAMPLES_DIR, host: scriptedHost().host });
  const server = await serveRenderer(RENDERER_DIR, CONTENT_SECURITY_POLICY);
  const bridge = attachSocketBridge(server.server, core);
  const browser: Browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`pageerror: ${error.message}`));
  await page.addInitScript({ content: await pageScript(['pageSocketEntry', 'paintProbe']) });
  await page.goto(server.url);
  const cdp = await context.newCDPSession(page);
  return {
    core,
    dbPath,
    page,
    cdp,
    async reload() {
      // In front again after the bare page: a page behind another gets no frames.
      await page.bringToFront();
      await page.reload();
    },
    async openBarePage(html) {
      const bare = await context.newPage();
      await bare.addInitScript({ content: await pageScript(['paintProbe']) });
      // Fulfilled by Playwright in the browser: the page is never fetched from anywhere.
      await bare.route('http://bare.invalid/', (route) => route.fulfill({ contentType: 'text/html', body: html }));
      await bare.goto('http://bare.invalid/');
      await bare.bringToFront();
      return bare;
    },
    async close() {
      bridge.close();
      await browser.close();
      await server.close();
      await core.close();
    },
  };
}
