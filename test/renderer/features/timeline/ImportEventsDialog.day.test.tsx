import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { eventLog } from './openEventLog';

const DAY_MS = 86_400_000;

describe('ImportEventsDialog and the day a time of day is read on', () => {
  it('imports times of day on the day the preview showed, though Import is pressed after midnight', async () => {
    // The core's clock is the computer's until Import: then it is ten minutes past midnight.
    let coreNow = () => Date.now();
    const app = await eventLog(
      { timeZone: 'UTC', startedAt: null, resolvedAt: null },
      { core: { now: () => coreNow() } },
    );
    const previewDay = Math.floor(Date.now() / DAY_MS) * DAY_MS;
    await app.user.click(screen.getByRole('button', { name: 'Import events…' }));
    const dialog = screen.getByRole('dialog', { name: 'Import events' });
    await app.user.click(within(dialog).getByLabelText('Paste the events'));
    await app.user.paste('09:30 Primary disk alert fired');
    coreNow = () => previewDay + DAY_MS + 10 * 60_000;
    await app.user.click(within(dialog).getByRole('button', { name: 'Import 1 event' }));
    await screen.findByText(/Imported 1 event/);
    expect((await app.storedEvents()).map((event) => new Date(event.at).toISOString())).toEqual([
      new Date(previewDay + 9.5 * 3_600_000).toISOString(),
    ]);
  });
});
