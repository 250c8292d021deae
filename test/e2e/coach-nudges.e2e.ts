import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tempDb';
import { projectorHash } from '../../shared/projectorRoute';
import type { CoachState } from '../../shared/domain/coach/reflectionAspects';
import type { Meeting } from '../../shared/types';
import { openConsole } from './harness/console';
import { screenshot } from './harness/screenshots';
import { startApp, type AppUnderTest } from './harness/startApp';

let app: AppUnderTest | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const BLAME = 'Dave forgot to check which host he was on, which was human error';

describe('the blameless coach in Chromium', () => {
  it('nudges a blaming question note and event on the console, never on the projector, and forgets a dismissed one', async () => {
    app = await startApp();
    const created = await app.core.call('meetings.create', {
      title: 'Checkout outage',
      autoStartNextStep: false,
    });
    if (!created.ok) throw new Error(created.error.message);
    const meeting = created.value as Meeting;
    await app.core.call('participants.add', {
      meetingId: meeting.id,
      name: 'Dave Morgan',
      role: 'responder',
    });
    const page = await app.openWindow();

    await openConsole(page, 'Checkout outage');
    await page.keyboard.press('Digit5');
    await page.getByRole('heading', { level: 2, name: 'Detect earlier' }).waitFor();
    await page.getByLabel('Add note').fill(BLAME);
    await page.keyboard.press('Enter');
    const hint = page.getByRole('list', { name: 'Blameless wording' });
    await hint.waitFor();
    expect(await hint.getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringContaining('A person as the cause.'),
      expect.stringContaining('Hindsight.'),
      expect.stringContaining('“Human error” as a conclusion.'),
    ]);
    await page.locator('.step-workspace').evaluate((element) => element.scrollIntoView());
    await screenshot(page, 'coach-question-note');

    const projector = await app.openWindow(projectorHash(meeting.id));
    await projector.getByText(BLAME).waitFor();
    expect(await projector.locator('.coach-hint, .coach-mark').count()).toBe(0);
    expect(await projector.getByText('This is fine here').count()).toBe(0);

    await page.getByRole('button', { name: 'This is fine here: “forgot to”' }).click();
    await page.getByText('Marked fine here: “forgot to”.').waitFor();
    expect(await hint.getByRole('listitem').count()).toBe(2);
    const coach = await app.core.call('coach.get', { meetingId: meeting.id });
    expect(coach.ok && (coach.value as CoachState).dismissed).toEqual([
      expect.stringContaining(':text:counterfactual:forgot to'),
    ]);

    // An event typed in the log is underlined where it blames.
    await page.getByRole('button', { name: /Back to meetings/ }).click();
    await openConsole(page, 'Checkout outage');
    await page.keyboard.press('Digit2');
    await page.getByRole('heading', { level: 2, name: 'Event log' }).waitFor();
    const capture = page.getByRole('form', { name: 'Add an event' });
    await capture.getByLabel('Time', { exact: true }).fill('09:40');
    await capture.getByLabel('What happened').fill('The operator error took the primary down');
    await capture.getByLabel('What happened').press('Enter');
    await page.locator('.coach-mark', { hasText: 'operator error' }).waitFor();
    await page
      .locator('.coach-mark')
      .first()
      .evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'coach-event-log');
    expect(app.errors).toEqual([]);
  });

  it('fills the reflection, shows what publishing leaves open, and finds it in the Markdown and PDF', async () => {
    app = await startApp();
    const page = await app.openWindow();
    const folder = tempDir('hindsight-reflection-');
    const markdown = path.join(folder, 'report.md');
    const pdf = path.join(folder, 'report.pdf');
    app.dialogs.savePaths.push(markdown, pdf);
    const title = 'Packet drops after top-of-rack switch firmware upgrade';
    await page.getByRole('button', { name: `Open example ${title}` }).click();
    await page.getByRole('button', { name: title, exact: true }).press('Enter');

    await page.getByRole('tab', { name: 'Reflection' }).click();
    await page.getByRole('heading', { level: 2, name: 'Reflection' }).waitFor();
    const recoverability = page.getByRole('list', { name: 'Checks: Recoverability' });
    expect(await recoverability.getByRole('listitem').first().innerText()).toContain('Open:');
    const notes = {
      'Note on recoverability': 'Draining the zone took 40 minutes; nobody had rehearsed it.',
      'Note on culture': 'People said what they saw without hedging.',
    };
    for (const [label, text] of Object.entries(notes)) {
      await page.getByLabel(label).fill(text);
      await page.getByLabel(label).press('Tab');
      await page.getByLabel(label).locator('..').getByText('Saved').waitFor();
    }
    await screenshot(page, 'reflection');

    await page.getByRole('button', { name: 'Mark as published…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Publish this meeting?' });
    await dialog.getByRole('list', { name: 'Still open' }).waitFor();
    await screenshot(page, 'reflection-publish');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('tab', { name: 'Report' }).click();
    await page.frameLocator('iframe').getByRole('heading', { name: 'Reflection' }).waitFor();
    await page.getByRole('button', { name: 'Export Markdown…' }).click();
    await page.getByText(markdown).waitFor();
    const text = fs.readFileSync(markdown, 'utf8');
    expect(text).toContain('## Reflection');
    expect(text).toContain(`### Recoverability\n\n${notes['Note on recoverability']}`);
    expect(text).toContain('| At least two contributing factors | Met |');

    await page.getByRole('button', { name: 'Export PDF…' }).click();
    await page.getByText(pdf).waitFor({ timeout: 30_000 });
    const pdfText = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(pdfText).toContain('Reflection');
    expect(pdfText).toContain(notes['Note on culture']);
    expect(app.errors).toEqual([]);
  });
});
