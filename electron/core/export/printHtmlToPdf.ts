import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeFileAtomic } from '../files';

/** Where a Chromium-based browser usually lives, tried in order when none is named. */
const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/microsoft-edge',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

/** A problem finding or running Chromium, with a message a person can act on. */
export class ChromiumError extends Error {
  override name = 'ChromiumError';
}

/** The browser to print with: the one named (flag or HINDSIGHT_CHROMIUM), else the first found. */
export function findChromium(named: string | undefined, exists = fs.existsSync): string {
  if (named) {
    if (!exists(named))
      throw new ChromiumError(`No browser at ${named}: give the path of a Chromium-based browser.`);
    return named;
  }
  const found = CHROMIUM_CANDIDATES.find((candidate) => exists(candidate));
  if (!found) {
    throw new ChromiumError(
      'No Chromium-based browser found to print the PDF. Install Chromium (Debian/Ubuntu: ' +
        'apt-get install chromium) or set HINDSIGHT_CHROMIUM to the path of Chrome, Chromium or Edge.',
    );
  }
  return found;
}

/**
 * Prints a report document to a PDF file with headless Chromium, outside Electron (the CLI's
 * `export --format pdf`). The page size, running header and page numbers come from the
 * document's own @page CSS, which headless printing honours. Scripts cannot run: the document's
 * own policy is `default-src 'none'` (switching JavaScript off by flag makes headless Chromium
 * silently skip printing). A throwaway profile keeps it apart from a browser the person has open;
 * the PDF is printed into it, then moved into place atomically.
 */
export async function printHtmlToPdf(
  html: string,
  outFile: string,
  options: { chromiumPath?: string; timeoutMs?: number } = {},
): Promise<void> {
  const chromium = findChromium(options.chromiumPath);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hindsight-print-'));
  try {
    const source = path.join(work, 'report.html');
    const printed = path.join(work, 'report.pdf');
    fs.writeFileSync(source, html, { encoding: 'utf8', mode: 0o600 });
    const args = [
      '--headless',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-pdf-header-footer',
      `--user-data-dir=${path.join(work, 'profile')}`,
      `--print-to-pdf=${printed}`,
      // Chromium refuses to start its sandbox as root (containers, CI); only then is it turned off.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      pathToFileURL(source).href,
    ];
    await new Promise<void>((resolve, reject) => {
      execFile(chromium, args, { timeout: options.timeoutMs ?? 60_000 }, (error, _stdout, stderr) => {
        if (error)
          reject(new ChromiumError(`${chromium} could not print the PDF: ${stderr.trim() || error.message}`));
        else resolve();
      });
    });
    if (!fs.existsSync(printed)) throw new ChromiumError(`${chromium} finished without writing a PDF.`);
    writeFileAtomic(outFile, fs.readFileSync(printed));
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
