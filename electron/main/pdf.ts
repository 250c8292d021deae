import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BrowserWindow } from 'electron';

/**
 * The print window's own in-memory session. The app's CSP (which allows only the hashed preview
 * stylesheet) would block the printed document's print-only page styles, so desktopApp.ts gives
 * this session the report's policy instead, and the same refusals of every permission.
 */
export const PRINT_PARTITION = 'hindsight-print';

/**
 * The print window runs nothing: no JavaScript, no preload, sandboxed and isolated (DESIGN §4).
 * The report HTML is escaped anyway; this makes a missed escape harmless.
 */
const PRINT_WEB_PREFERENCES = {
  partition: PRINT_PARTITION,
  javascript: false,
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  webSecurity: true,
} as const;

/**
 * Prints a report document to PDF in a hidden, JavaScript-less window, then destroys it. The
 * document is loaded from a private temp file rather than a data: URL, whose 2 MB limit a long
 * event log could pass. Page size, header and page numbers come from the document's @page CSS
 * (`preferCSSPageSize`); `pageSize` is the fallback and `printBackground` keeps the badges.
 */
export async function printHtmlToPdfInWindow(
  html: string,
  options: { paper: 'A4' | 'Letter' },
): Promise<Uint8Array> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hindsight-print-'));
  const file = path.join(work, 'report.html');
  fs.writeFileSync(file, html, { encoding: 'utf8', mode: 0o600 });
  const window = new BrowserWindow({ show: false, webPreferences: PRINT_WEB_PREFERENCES });
  try {
    await window.loadFile(file);
    return await window.webContents.printToPDF({
      pageSize: options.paper,
      printBackground: true,
      preferCSSPageSize: true,
      generateDocumentOutline: true,
    });
  } finally {
    window.destroy();
    fs.rmSync(work, { recursive: true, force: true });
  }
}
