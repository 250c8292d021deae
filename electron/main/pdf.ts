import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BrowserWindow } from 'electron';

/**
 * The print window runs nothing: no JavaScript, no preload, sandboxed and isolated (DESIGN §4).
 * The report HTML is escaped anyway; this makes a missed escape harmless. Its own in-memory
 * session keeps the app's CSP header (which allows only the hashed preview stylesheet) off the
 * printed document, whose own meta policy allows its print-only page styles and nothing else.
 */
const PRINT_WEB_PREFERENCES = {
  partition: 'hindsight-print',
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
