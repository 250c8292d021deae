import { launchChromium } from './chromium';

/**
 * The desktop app's printToPdf, played by Debian's Chromium: the same options as
 * electron/main/pdf.ts (JavaScript off, the document's CSS page size preferred, backgrounds
 * printed), so core tests write real PDFs that pdftotext can read back.
 */
export async function printPdfWithChromium(
  html: string,
  options: { paper: 'A4' | 'Letter' },
): Promise<Uint8Array> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.setContent(html);
    return await page.pdf({ format: options.paper, preferCSSPageSize: true, printBackground: true });
  } finally {
    await browser.close();
  }
}
