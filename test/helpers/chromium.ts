import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium); Playwright's own browser download is not available here. */
export const CHROMIUM_PATH = process.env.HINDSIGHT_CHROMIUM ?? '/usr/bin/chromium';

/** Flags that keep Chromium from reaching for the network this machine does not have. */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ARGS });
}

function hasPoppler(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

/**
 * Whether the tests that print and read back PDFs can run here: they need Chromium and
 * poppler-utils, which a developer's fresh machine may lack (npm test must still pass there, so
 * those tests are skipped and say why). CI sets HINDSIGHT_REQUIRE_CHROMIUM=1: a missing browser
 * fails the run instead of quietly skipping what it is meant to prove.
 */
export const canPrintPdf: boolean = (() => {
  const available = fs.existsSync(CHROMIUM_PATH) && hasPoppler();
  if (!available && process.env.HINDSIGHT_REQUIRE_CHROMIUM) {
    throw new Error(
      `Chromium (${CHROMIUM_PATH}) and poppler-utils are required: apt-get install chromium poppler-utils`,
    );
  }
  return available;
})();
