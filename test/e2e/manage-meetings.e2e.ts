import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createCore } from '../../electron/core/createCore';
import type { MeetingSummary } from '../../shared/types';
import { EXAMPLES_DIR, scriptedHost } from '../helpers/testCore';
import { tempDbPath, tempDir } from '../helpers/tempDb';
import { startApp, type AppUnderTest } from './harness/startApp';
import { screenshot } from './harness/screenshots';

let app: AppUnderTest | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const meetingRow = (page: Page, title: string) => page.getByRole('button', { name: title, exact: true });

async function createMeeting(page: Page, fields: { title: string; incidentId: string; severity: string }) {
  await page.getByRole('button', { name: /New meeting/ }).click();
  const dialog = page.getByRole('dialog', { name: 'New meeting' });
  await dialog.getByLabel('Title').fill(fields.title);
  await dialog.getByLabel(/Incident id/).fill(fields.incidentId);
  await dialog.getByLabel('Severity').selectOption(fields.severity);
  return dialog;
}

/**
 * The labels of selects whose chosen option is wider than the box shows (a select draws its text
 * cut, with no ellipsis to find), measured in the select's own font beside its arrow and padding.
 */
function cutSelects(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLSelectElement>('.screen select')]
      .filter((select) => {
        const style = getComputedStyle(select);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const text = context.measureText(select.selectedOptions[0]?.text ?? '').width;
        const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return text > room;
      })
      .map((select) => select.labels[0]?.textContent ?? select.name),
  );
}

async function listedTitles(dbPath: string): Promise<string[]> {
  // A second, independent core on the same file: what is there is what was committed.
  const core = await createCore({ dbPath, examplesDir: EXAMPLES_DIR, host: scriptedHost().host });
  try {
    const result = await core.call('meetings.list', {});
    if (!result.ok) throw new Error(result.error.message);
    return (result.value as MeetingSummary[]).map((meeting) => meeting.title);
  } finally {
    await core.close();
  }
}

describe('managing meetings in Chromium', () => {
  it('keeps a created meeting across a reload, because it was committed', async () => {
    const dbPath = tempDbPath();
    app = await startApp({ dbPath });
    const page = await app.openWindow();

    const dialog = await createMeeting(page, {
      title: 'Checkout outage',
      incidentId: 'INC-2041',
      severity: 'SEV-1',
    });
    await dialog.getByRole('button', { name: 'Create meeting' }).click();
    // A created meeting opens, ready to be filled in.
    await page.getByRole('heading', { level: 1, name: 'Checkout outage' }).waitFor();

    await page.reload();
    await meetingRow(page, 'Checkout outage').waitFor();
    expect(await page.getByText('INC-2041').count()).toBe(1);
    expect(await listedTitles(dbPath)).toEqual(['Checkout outage']);
    expect(app.errors).toEqual([]);
  });

  it('imports both shipped examples, from the examples list and from a bundle file', async () => {
    app = await startApp();
    const page = await app.openWindow();

    await page
      .getByRole('button', { name: 'Open example Stale product data after cache TTL change' })
      .click();
    await meetingRow(page, 'Stale product data after cache TTL change').waitFor();

    await page
      .locator('input[type=file]')
      .setInputFiles(path.join(EXAMPLES_DIR, 'firmware-packet-drop.json'));
    await meetingRow(page, 'Packet drops after top-of-rack switch firmware upgrade').waitFor();
    expect(await page.getByText('INC-3107').count()).toBe(1);
    await screenshot(page, 'library');

    await meetingRow(page, 'Packet drops after top-of-rack switch firmware upgrade').press('Enter');
    await page.getByRole('heading', { name: /Agenda/ }).waitFor();
    // The Overview's selects show their whole choice: the clock's was cut to "As this computer sho".
    expect(await cutSelects(page)).toEqual([]);
    await screenshot(page, 'overview');
    expect(app.errors).toEqual([]);
  });

  it('shows the core’s answer to a bad payload next to its field and creates nothing', async () => {
    const dbPath = tempDbPath();
    app = await startApp({ dbPath });
    const page = await app.openWindow();

    const dialog = await createMeeting(page, {
      title: 'Late detection',
      incidentId: 'INC-7',
      severity: 'SEV-3',
    });
    await dialog.getByLabel('Incident started', { exact: true }).fill('2026-03-05T10:00:00');
    await dialog.getByLabel('Detected', { exact: true }).fill('2026-03-05T09:00:00');
    await dialog.getByRole('button', { name: 'Create meeting' }).click();

    await dialog.getByText('Detected: is before the incident start').waitFor();
    expect(await dialog.getByLabel('Title').inputValue()).toBe('Late detection');
    await screenshot(page, 'create-error');
    expect(await listedTitles(dbPath)).toEqual([]);

    // The same boundary refuses a payload no form would send: the bridge reaches the core's schema.
    const answer = await page.evaluate(() =>
      (window as unknown as { hindsight: Record<string, (input: unknown) => Promise<unknown>> }).hindsight[
        'meetings.create'
      ]!({ title: 42, severity: 'SEV-9' }),
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await listedTitles(dbPath)).toEqual([]);
  });

  it('lists every problem of a bad bundle with its JSON path and imports nothing', async () => {
    const dbPath = tempDbPath();
    app = await startApp({ dbPath });
    const page = await app.openWindow();
    const bundle = JSON.parse(fs.readFileSync(path.join(EXAMPLES_DIR, 'firmware-packet-drop.json'), 'utf8'));
    bundle.timeline[3].at = 'yesterday morning';
    bundle.actionItems[0].type = 'blame';
    const file = path.join(tempDir(), 'broken.hindsight.json');
    fs.writeFileSync(file, JSON.stringify(bundle));

    await page.locator('input[type=file]').setInputFiles(file);

    const problems = page
      .getByRole('alertdialog', { name: 'broken.hindsight.json was not imported' })
      .getByRole('listitem');
    await problems.first().waitFor();
    expect(await problems.allInnerTexts()).toEqual([
      expect.stringMatching(/^timeline\[3\]\.at\s?: not a date/),
      expect.stringMatching(/^actionItems\[0\]\.type\s?: Invalid option/),
    ]);
    await screenshot(page, 'import-problems');
    expect(await listedTitles(dbPath)).toEqual([]);
  });

  it('shows a meeting created in one window in the other without a reload', async () => {
    app = await startApp();
    const console1 = await app.openWindow();
    const console2 = await app.openWindow();

    const dialog = await createMeeting(console1, {
      title: 'Stale search index',
      incidentId: 'INC-2050',
      severity: 'SEV-3',
    });
    await dialog.getByRole('button', { name: 'Create meeting' }).click();

    await meetingRow(console2, 'Stale search index').waitFor();
    expect(app.errors).toEqual([]);
  });
});
