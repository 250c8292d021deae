import { expect } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import type { Meeting, MeetingRecords } from '../../../../shared/types';
import { renderApp } from '../../../helpers/renderApp';
import { value } from '../../../helpers/testCore';

/** Autosave waits ~600 ms of quiet; give each save room within waitFor. */
export const SAVED = { timeout: 4000 };

/**
 * The app over a real core, on the console of a fresh meeting at agenda step `stepNumber`
 * (1 = Opening … 8 = Wrap-up), jumped to with its digit key as a facilitator would.
 */
export async function openStep(
  stepNumber: number,
  stepTitle: string,
  meetingInput: Record<string, unknown> = {},
  appOptions: Parameters<typeof renderApp>[0] = {},
) {
  const app = await renderApp(appOptions);
  const meeting = await value<Meeting>(app.core, 'meetings.create', {
    title: 'Checkout outage',
    autoStartNextStep: false,
    ...meetingInput,
  });
  await app.user.click(await screen.findByRole('button', { name: 'Checkout outage' }));
  await app.user.click(await screen.findByRole('tab', { name: 'Run the meeting' }));
  await screen.findByRole('heading', { name: 'Ready to start' });
  (document.activeElement as HTMLElement | null)?.blur();
  await app.user.keyboard(String(stepNumber));
  await screen.findByRole('heading', { level: 2, name: stepTitle });
  const records = () => value<MeetingRecords>(app.core, 'meetings.get', { id: meeting.id });
  /** Leaves the console for the Overview tab and comes back: the workspace re-reads the records. */
  async function remount() {
    await app.user.click(screen.getByRole('tab', { name: 'Overview' }));
    await app.user.click(screen.getByRole('tab', { name: 'Run the meeting' }));
    await screen.findByRole('heading', { level: 2, name: stepTitle });
  }
  /** Waits until the field says its text is committed. */
  async function saved(label: string) {
    const field = screen.getByLabelText(label);
    await waitFor(() => expect(field.parentElement).toHaveTextContent('Saved'), SAVED);
  }
  return { ...app, meeting, records, remount, saved };
}
