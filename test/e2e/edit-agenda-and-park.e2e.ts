import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
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

/** The step titles in the editor as the page shows them, first to last. */
function shownSteps(page: Page): Promise<string[]> {
  return page
    .locator('.agenda-editor__title input')
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
}

async function stored(app: AppUnderTest, meetingId: string) {
  return value<MeetingRecords>(app.core, 'meetings.get', { id: meetingId });
}

const handle = (page: Page, title: string) =>
  page.getByRole('button', { name: new RegExp(`^Move “${title}”`) });

describe('editing the agenda and parking remarks in Chromium', () => {
  it('reorders steps by keyboard drag, edits a timebox, and parks a remark on the current step', async () => {
    app = await startApp();
    const meeting = await value<Meeting>(app.core, 'meetings.create', {
      title: 'Checkout outage',
      incidentId: 'INC-2041',
    });
    const page = await app.openWindow();
    await page.getByRole('button', { name: 'Checkout outage', exact: true }).click();
    await page.getByRole('tab', { name: 'Run the meeting' }).click();
    await page.getByRole('button', { name: 'Edit agenda' }).click();
    const dialog = page.getByRole('dialog', { name: /Edit agenda/ });
    await dialog.waitFor();
    expect(await dialog.getByRole('heading').first().textContent()).toBe('Edit agenda 60 min planned');

    // Keyboard drag with dnd-kit's keyboard sensor: pick up, one place down, drop.
    await handle(page, 'Impact').focus();
    await pickUpByKeyboard(page, 'Step “Impact” would move to position 3 of 8.');
    await page.keyboard.press('ArrowDown');
    await page.getByText('Step “Impact” would move to position 4 of 8.').waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    await page.getByText('Step “Impact” dropped at position 4 of 8.').waitFor({ state: 'attached' });
    const expected = ['Opening', 'Event log', 'Remediate faster', 'Impact', 'Detect earlier'];
    await expect.poll(async () => (await shownSteps(page)).slice(0, 5)).toEqual(expected);
    await expect
      .poll(async () => (await stored(app!, meeting.id)).agenda.map((step) => step.title).slice(0, 5))
      .toEqual(expected);

    // Alt+↑ on the same handle puts it back.
    await handle(page, 'Impact').focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(async () => (await shownSteps(page))[2]).toBe('Impact');

    const minutes = page
      .locator('li', { has: handle(page, 'Event log') })
      .getByRole('textbox', { name: 'Minutes' });
    await minutes.fill('15');
    await minutes.press('Enter');
    await expect
      .poll(async () => dialog.getByRole('heading').first().textContent())
      .toBe('Edit agenda 63 min planned');
    await page.getByRole('button', { name: 'Skip “Wrap-up”' }).click();
    await page.getByRole('button', { name: 'Unskip “Wrap-up”' }).waitFor();
    await screenshot(page, 'agenda-editor');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'detached' });

    // Start the walk, then park a remark from the keyboard while the console has focus.
    await page.keyboard.press('Space');
    await page.getByText('Step 1 of 8').waitFor();
    await page.keyboard.press('Control+Shift+P');
    const box = page.getByRole('textbox', { name: 'Parked with the step “Opening”' });
    await box.waitFor();
    await box.fill('Is the pager rota fair to the night shift?');
    await box.press('Enter');
    await page.getByRole('dialog', { name: 'Park a remark' }).waitFor({ state: 'detached' });
    const parked = page.getByRole('region', { name: /Parking lot/ });
    await parked.getByRole('textbox', { name: 'Parked in Opening' }).waitFor();
    const records = await stored(app, meeting.id);
    expect(records.parkingLot).toMatchObject([
      { text: 'Is the pager rota fair to the night shift?', stepId: records.agenda[0]!.id },
    ]);
    await screenshot(page, 'parking-lot');
    expect(app.errors).toEqual([]);
  });
});
