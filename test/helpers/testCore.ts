import path from 'node:path';
import { createCore, type Core, type CoreOptions } from '../../electron/core/createCore';
import type { Host } from '../../electron/core/handlers/context';
import { tempDbPath } from './tempDb';
import { afterEach } from 'vitest';

export const EXAMPLES_DIR = path.resolve(__dirname, '../../resources/examples');

const open: Core[] = [];
// Awaited: a core's background copy must let go of the temp folder before it is removed.
afterEach(async () => {
  await Promise.all(open.splice(0).map((core) => core.close()));
});

/**
 * Stands in for the native dialogs, windows and clipboard, which only Electron has: answers are
 * queued by the test (a path, or null for "cancelled"), each request (a projector too) is
 * recorded, and `clipboard` keeps every text written to the clipboard, oldest first.
 */
export function scriptedHost() {
  const savePaths: (string | null)[] = [];
  const databaseFiles: (string | null)[] = [];
  const clipboard: string[] = [];
  const requests: {
    kind: 'save' | 'open-database' | 'projector' | 'print-pdf' | 'show-in-folder';
    defaultName?: string;
    meetingId?: string;
    paper?: string;
    filePath?: string;
  }[] = [];
  const host: Host = {
    async chooseSavePath(options) {
      requests.push({ kind: 'save', defaultName: options.defaultName });
      return savePaths.shift() ?? null;
    },
    async chooseDatabaseFile() {
      requests.push({ kind: 'open-database' });
      return databaseFiles.shift() ?? null;
    },
    async openProjector(meetingId) {
      requests.push({ kind: 'projector', meetingId });
    },
    async printToPdf(html, options) {
      requests.push({ kind: 'print-pdf', paper: options.paper });
      // Loaded on demand: most tests never print, and need not load playwright-core.
      const { printPdfWithChromium } = await import('./printPdf');
      return printPdfWithChromium(html, options);
    },
    async showItemInFolder(filePath) {
      requests.push({ kind: 'show-in-folder', filePath });
    },
    async writeClipboard(text) {
      clipboard.push(text);
    },
  };
  return { host, savePaths, databaseFiles, requests, clipboard };
}

/** A real core on a real SQLite file in a temp folder, closed after the test. */
export async function testCore(overrides: Partial<CoreOptions> = {}) {
  const dialogs = scriptedHost();
  const core = await createCore({
    dbPath: tempDbPath(),
    examplesDir: EXAMPLES_DIR,
    host: dialogs.host,
    ...overrides,
  });
  open.push(core);
  return { core, dialogs };
}

/** Calls a method and returns its value, failing the test with the error when it is not ok. */
export async function value<T = unknown>(core: Core, name: string, input: unknown): Promise<T> {
  const result = await core.call(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}
