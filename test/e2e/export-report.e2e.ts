import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_AGENDA } from '../../shared/domain/agenda/defaults';
import { tempDir } from '../helpers/tempDb';
import { startApp, type AppUnderTest } from './harness/startApp';
import { screenshot } from './harness/screenshots';
import { focusConsole } from './harness/console';

let app: AppUnderTest | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const TITLE = 'Packet drops after top-of-rack switch firmware upgrade';

describe('exporting the report from the app', () => {
  it('walks the meeting through its agenda, then writes the Markdown and the PDF', async () => {
    app = await startApp();
    const page = await app.openWindow();
    const folder = tempDir('hindsight-report-');
    const markdown = path.join(folder, 'report.md');
    const pdf = path.join(folder, 'report.pdf');
    app.dialogs.savePaths.push(markdown, pdf);

    await page.getByRole('button', { name: `Open example ${TITLE}` }).click();
    await page.getByRole('button', { name: TITLE, exact: true }).press('Enter');

    // Run the meeting from the keyboard: Space starts the first step, → walks every step.
    await page.getByRole('tab', { name: 'Run the meeting' }).click();
    await focusConsole(page);
    await page.keyboard.press('Space');
    await page.locator('#live-step-title').filter({ hasText: DEFAULT_AGENDA[0]!.title }).waitFor();
    for (const step of DEFAULT_AGENDA.slice(1)) {
      await page.keyboard.press('ArrowRight');
      await page.locator('#live-step-title').filter({ hasText: step.title }).waitFor();
    }

    await page.getByRole('tab', { name: 'Report' }).click();
    await page.frameLocator('iframe').getByRole('heading', { name: TITLE }).waitFor();

    await page.getByRole('button', { name: 'Export Markdown…' }).click();
    await page.getByText(markdown).waitFor();
    const text = fs.readFileSync(markdown, 'utf8');
    expect(text.startsWith(`# Postmortem: ${TITLE}`)).toBe(true);
    expect(text).toContain('INC-3107');

    await page.getByRole('radio', { name: 'US Letter' }).check();
    await page.getByRole('button', { name: 'Export PDF…' }).click();
    await page.getByText(pdf).waitFor({ timeout: 30_000 });
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+612 x 792 pts/);
    const pdfText = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(pdfText).toContain('INC-3107');
    expect(pdfText).toContain('Action items');
    await screenshot(page, 'report');
    expect(app.errors).toEqual([]);
  });
});
