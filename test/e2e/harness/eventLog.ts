import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** One fact as a note-taker types it into the capture row. */
export interface TypedEvent {
  time: string;
  kind: string;
  text: string;
  outcome?: string;
}

/** The capture row ("Add an event") and its time field. */
export function captureRow(page: Page) {
  const capture = page.getByRole('form', { name: 'Add an event' });
  return { capture, time: capture.getByLabel('Time', { exact: true }) };
}

/** Fills the capture row by keyboard from its time field, which must already have the focus, without saving. */
export async function fillEvent(page: Page, event: TypedEvent): Promise<void> {
  const { capture, time } = captureRow(page);
  // The focus must already be in the time field: that is the whole point of the capture row.
  expect(await time.evaluate((element) => element === document.activeElement)).toBe(true);
  await page.keyboard.type(event.time);
  await capture.getByLabel('Kind').selectOption(event.kind);
  if (event.outcome) await capture.getByLabel('Outcome').selectOption(event.outcome);
  await capture.getByLabel('What happened').fill(event.text);
}

/** Types one fact into the capture row and saves it with Enter; the time field is empty and focused again. */
export async function typeEvent(page: Page, event: TypedEvent): Promise<void> {
  await fillEvent(page, event);
  await saveEvent(page, event.text);
}

/** Enter in the filled capture row: waits until the fact is in the log and the time field is empty again. */
export async function saveEvent(page: Page, text: string): Promise<void> {
  const { capture, time } = captureRow(page);
  await capture.getByLabel('What happened').press('Enter');
  await page.getByRole('cell', { name: text, exact: true }).waitFor();
  await expect.poll(() => time.inputValue()).toBe('');
}
