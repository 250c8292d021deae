import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReportModel } from '../../../../shared/domain/report/reportModel';
import { renderReportHtml } from '../../../../shared/domain/report/toHtml';
import type { Paper } from '../../../../shared/domain/report/reportCss';
import type { MeetingRecords } from '../../../../shared/types';
import type { CoachState } from '../../../../shared/domain/coach/reflectionAspects';
import { launchChromium, canPrintPdf } from '../../../helpers/chromium';
import { EXAMPLE_IDS, exampleRecords } from '../../../helpers/exampleRecords';
import { HOSTILE, hostileRecords } from '../../../helpers/hostileRecords';
import { tempDir } from '../../../helpers/tempDb';

/** Written to test-results/ on every run; to the README's images only by `npm run screenshots`. */
const SCREENSHOT_DIRS = [path.resolve('test-results/report'), process.env.HINDSIGHT_SCREENSHOTS_DIR].filter(
  (dir): dir is string => !!dir,
);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Prints the report as Electron's printToPDF does (JavaScript off, CSS page size preferred,
 * backgrounds on) and reads the text back with poppler's pdftotext, whitespace folded.
 */
async function printReport(records: MeetingRecords, paper: Paper = 'A4', coach: CoachState | null = null) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.setContent(renderReportHtml(records, { paper }, coach));
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await context.close();
  const file = path.join(tempDir('hindsight-pdf-'), 'report.pdf');
  fs.writeFileSync(file, pdf);
  const text = (args: string[] = []) =>
    execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  return { file, text: text(['-raw']), info: execFileSync('pdfinfo', [file], { encoding: 'utf8' }) };
}

describe.runIf(canPrintPdf)('the printed report', () => {
  it.each(EXAMPLE_IDS)('carries every section heading and every action item of %s', async (id) => {
    const records = exampleRecords(id);
    const { text } = await printReport(records);
    for (const section of buildReportModel(records).sections) expect(text).toContain(section.title);
    // Compared without whitespace: a long title may wrap anywhere inside a table cell.
    const squeezed = (value: string) => value.replace(/\s/g, '');
    for (const item of records.actionItems.filter((i) => i.deletedAt === null))
      expect(squeezed(text)).toContain(squeezed(item.title));
  });

  it('keeps the severity on one line beside a long unbroken title in the running header', async () => {
    const records = exampleRecords('firmware-packet-drop');
    records.meeting.title = 'W'.repeat(180);
    records.meeting.severity = 'SEV-2';
    const { file } = await printReport(records);
    // The header of page 2 (page 1 also shows the title as the heading) as laid out, line by line.
    const header = execFileSync('pdftotext', ['-layout', '-f', '2', '-l', '2', file, '-'], {
      encoding: 'utf8',
    })
      .split('\n')
      .slice(0, 6);
    expect(header.some((line) => /SEV-2\s*$/.test(line))).toBe(true);
    expect(header.join('\n')).not.toMatch(/SEV-\s*\n\s*2/);
  });

  it('numbers the pages and repeats the title and severity at the top of each', async () => {
    const { text, info } = await printReport(exampleRecords('firmware-packet-drop'));
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(text.split('INC-3107 · Packet drops after top-of-rack switch firmware upgrade').length - 1).toBe(
      pages,
    );
    expect(info).toMatch(/Page size:\s+59\d(\.\d+)? x 84\d(\.\d+)? pts \(A4\)/);
  });

  it('prints on Letter paper when asked', async () => {
    const { info } = await printReport(exampleRecords('firmware-packet-drop'), 'Letter');
    expect(info).toMatch(/Page size:\s+612 x 792 pts/);
  });

  it('prints hostile notes as text', async () => {
    const { text } = await printReport(hostileRecords());
    expect(text).toContain(HOSTILE.script);
    expect(text).toContain('<img src=x onerror="alert(1)">');
    expect(text).toContain('Title "quoted" \\ back');
  });

  it('prints the reflection’s notes and checks, escaped, and shows it on its page', async () => {
    const records = exampleRecords('firmware-packet-drop');
    const coach: CoachState = {
      meetingId: records.meeting.id,
      dismissed: [],
      notes: { recoverability: 'Draining took 40 minutes.', culture: HOSTILE.script },
    };
    const { file, text } = await printReport(records, 'A4', coach);
    const reflection = text.slice(text.indexOf('Reflection Root-cause analysis'));
    expect(reflection).toContain('Recoverability Draining took 40 minutes.');
    expect(reflection).toContain(`Culture ${HOSTILE.script}`);
    expect(reflection).toContain('At least two contributing factors Met 6 contributing factors recorded.');
    // The page that carries the reflection, as an image to look at (test-results/report).
    const page = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
      .split('\f')
      .findIndex((pageText) => pageText.includes('Root-cause analysis'));
    const prefix = path.join(path.dirname(file), 'reflection');
    const number = String(page + 1);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', number, '-l', number, '-singlefile', file, prefix]);
    expect(fs.statSync(`${prefix}.png`).size).toBeGreaterThan(10_000);
    for (const dir of SCREENSHOT_DIRS) {
      fs.mkdirSync(dir, { recursive: true });
      fs.copyFileSync(`${prefix}.png`, path.join(dir, 'report-reflection.png'));
    }
  });

  it('renders page 1 for the README', async () => {
    const { file } = await printReport(exampleRecords('firmware-packet-drop'));
    const prefix = path.join(path.dirname(file), 'page');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, prefix]);
    expect(fs.statSync(`${prefix}.png`).size).toBeGreaterThan(10_000);
    for (const dir of SCREENSHOT_DIRS) {
      fs.mkdirSync(dir, { recursive: true });
      fs.copyFileSync(`${prefix}.png`, path.join(dir, 'report-page-1.png'));
    }
  });
});
