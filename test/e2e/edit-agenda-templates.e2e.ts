import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AgendaTemplate } from '../../shared/contract/templates';
import type { Meeting, MeetingRecords } from '../../shared/types';
import { value } from '../helpers/testCore';
import { startApp, type AppUnderTest } from './harness/startApp';
import { screenshot } from './harness/screenshots';
import { pickUpByKeyboard } from './harness/keyboardDrag';

let app: AppUnderTest | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const steps = (page: Page) => page.getByRole('list', { name: /^Steps of/ });
// Only the template's steps have "Move …" handles on this screen.
const handle = (page: Page, title: string) =>
  page.getByRole('button', { name: new RegExp(`^Move “${title}”`) });
const stepField = (page: Page, title: string, label: string) =>
  steps(page)
    .locator('li', { has: handle(page, title) })
    .getByRole('textbox', { name: label });

/** The step titles as the page shows them, first to last. */
function shownSteps(page: Page): Promise<string[]> {
  return steps(page)
    .locator('.agenda-editor__title input')
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
}

describe('editing an agenda template in Chromium', () => {
  it('edits a template on its own and creates a meeting that gets the edited steps', async () => {
    app = await startApp();
    const source = await value<Meeting>(app.core, 'meetings.create', { title: 'Checkout outage' });
    for (const name of ['Standard', 'Zero-downtime migration']) {
      await value(app.core, 'templates.saveFromMeeting', { meetingId: source.id, name });
    }
    const page = await app.openWindow();

    await page.getByRole('button', { name: 'Agenda templates' }).focus();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 2 });
    await expect.poll(() => heading.textContent()).toBe('Standard 8 steps, 60 min planned');

    const name = page.getByRole('textbox', { name: 'Template name' });
    await name.fill('Short SEV-3 review');
    await name.press('Enter');
    await expect.poll(() => heading.textContent()).toBe('Short SEV-3 review 8 steps, 60 min planned');

    // Keyboard drag with dnd-kit's keyboard sensor: pick up, one place down, drop.
    await handle(page, 'Impact').focus();
    // Each key waits for dnd-kit's announcement of the previous one instead of a fixed sleep
    // (picking up announces the step over its own place at once).
    await pickUpByKeyboard(page, 'Step “Impact” would move to position 3 of 8.');
    await page.keyboard.press('ArrowDown');
    await page.getByText('Step “Impact” would move to position 4 of 8.').waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    await page.getByText('Step “Impact” dropped at position 4 of 8.').waitFor({ state: 'attached' });
    await expect
      .poll(async () => (await shownSteps(page)).slice(2, 4))
      .toEqual(['Remediate faster', 'Impact']);

    const minutes = stepField(page, 'Event log', 'Minutes');
    await minutes.fill('15');
    await minutes.press('Enter');
    const prompt = stepField(page, 'Impact', 'Prompt');
    await prompt.fill('Who was hit, and how hard?');
    await prompt.press('Enter');
    await steps(page).getByRole('button', { name: 'Remove “Wrap-up”' }).click();
    const add = page.getByRole('form', { name: 'Add a step' });
    await add.getByRole('textbox', { name: 'New step' }).fill('Customer call');
    await add.getByRole('textbox', { name: 'Minutes' }).fill('4');
    await add.getByRole('button', { name: 'Add step' }).click();
    await handle(page, 'Customer call').waitFor();
    await expect.poll(() => heading.textContent()).toBe('Short SEV-3 review 8 steps, 64 min planned');
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await page.locator('.app-scroll').evaluate((box) => box.scrollTo(0, 0));
    await screenshot(page, 'templates');

    const template = (await value<AgendaTemplate[]>(app.core, 'templates.list', {})).find(
      (candidate) => candidate.name === 'Short SEV-3 review',
    );
    await page.getByRole('button', { name: 'Back to meetings' }).click();
    await page.getByRole('button', { name: /New meeting/ }).click();
    const dialog = page.getByRole('dialog', { name: 'New meeting' });
    await dialog.getByLabel('Title').fill('Cache stampede');
    await dialog
      .getByRole('combobox', { name: 'Agenda' })
      .selectOption({ label: 'Short SEV-3 review (8 steps, 64 min)' });
    await dialog.getByRole('button', { name: 'Create meeting' }).click();
    await dialog.waitFor({ state: 'detached' });

    const meetings = await value<{ id: string; title: string }[]>(app.core, 'meetings.list', {});
    const created = meetings.find((meeting) => meeting.title === 'Cache stampede')!;
    const { meeting, agenda } = await value<MeetingRecords>(app.core, 'meetings.get', { id: created.id });
    expect(meeting.templateId).toBe(template!.id);
    expect(agenda.map((step) => [step.title, step.plannedSeconds / 60, step.prompt])).toEqual(
      template!.steps.map((step) => [step.title, step.plannedSeconds / 60, step.prompt]),
    );
    expect(agenda.map((step) => step.title)).toEqual([
      'Opening',
      'Event log',
      'Remediate faster',
      'Impact',
      'Detect earlier',
      'Prevent',
      'Action review',
      'Customer call',
    ]);
    expect(agenda[1]!.plannedSeconds).toBe(15 * 60);
    expect(agenda[3]!.prompt).toBe('Who was hit, and how hard?');
    expect(app.errors).toEqual([]);
  });
});
