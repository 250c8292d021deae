import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChromium, printHtmlToPdf } from '../../../../electron/core/export/printHtmlToPdf';
import { renderReportHtml } from '../../../../shared/domain/report/toHtml';
import { CHROMIUM_PATH, canPrintPdf } from '../../../helpers/chromium';
import { exampleRecords } from '../../../helpers/exampleRecords';
import { HOSTILE, hostileRecords } from '../../../helpers/hostileRecords';
import { tempDir } from '../../../helpers/tempDb';

describe.runIf(canPrintPdf)('printHtmlToPdf', () => {
  it('prints a report with headless Chromium on the paper its CSS sets, page numbers included', async () => {
    const outFile = path.join(tempDir(), 'report.pdf');
    const html = renderReportHtml(exampleRecords('cache-invalidation-misconfiguration'), { paper: 'Letter' });
    await printHtmlToPdf(html, outFile, { chromiumPath: CHROMIUM_PATH });
    expect(execFileSync('pdfinfo', [outFile], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792 pts/);
    const text = execFileSync('pdftotext', [outFile, '-'], { encoding: 'utf8' });
    expect(text).toContain('Stale product data after cache TTL change');
    expect(text).toMatch(/Page 1 of \d+/);
  });

  it('prints hostile notes as text, never running them', async () => {
    const outFile = path.join(tempDir(), 'hostile.pdf');
    await printHtmlToPdf(renderReportHtml(hostileRecords(), { paper: 'A4' }), outFile, {
      chromiumPath: CHROMIUM_PATH,
    });
    expect(execFileSync('pdftotext', [outFile, '-'], { encoding: 'utf8' })).toContain(HOSTILE.script);
  });
});

describe('findChromium', () => {
  it('names the missing browser when the given path does not exist', () => {
    expect(() => findChromium('/nowhere/chrome')).toThrow('No browser at /nowhere/chrome');
  });

  it('explains how to get a browser when none is installed', () => {
    expect(() => findChromium(undefined, () => false)).toThrow(/Install Chromium .* HINDSIGHT_CHROMIUM/);
  });

  it('takes the first browser found', () => {
    expect(findChromium(undefined, (file) => file === '/usr/bin/google-chrome')).toBe(
      '/usr/bin/google-chrome',
    );
  });

  it.runIf(canPrintPdf)('accepts a browser that exists at the given path', () => {
    expect(fs.existsSync(findChromium(CHROMIUM_PATH))).toBe(true);
  });
});
