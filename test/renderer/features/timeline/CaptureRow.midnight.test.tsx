import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { eventLog } from './openEventLog';

/** An event at 23:27 on 31 January (UTC), then `00:36` typed in the capture row's time. */
async function typeAfterMidnight() {
  const log = await eventLog({ timeZone: 'UTC', startedAt: Date.UTC(2017, 0, 31, 18, 0), resolvedAt: null });
  await log.type('23:27', 'Replication lag alert');
  await screen.findByText('Replication lag alert');
  await log.user.type(log.field('Time'), '00:36');
  return log;
}

describe('CaptureRow over midnight and DST', () => {
  it('stores 00:36 typed after 23:27 on the next day and says so before saving', async () => {
    const { field, user, storedEvents } = await typeAfterMidnight();
    expect(screen.getByText(/taken as 2017-02-01/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '2017-02-01 (next day)' })).toBeChecked();
    await user.type(field('What happened'), 'Primary deleted{Enter}');
    await screen.findByText('Primary deleted');
    const deleted = (await storedEvents()).find((event) => event.description === 'Primary deleted');
    expect(deleted?.at).toBe(Date.UTC(2017, 1, 1, 0, 36));
    expect(screen.queryByText(/taken as 2017-02-01/)).not.toBeInTheDocument();
  });

  it('lets the person keep a rolled-over time on the same day instead', async () => {
    const { field, user, storedEvents } = await typeAfterMidnight();
    await user.click(screen.getByRole('radio', { name: '2017-01-31 (same day)' }));
    await user.type(field('What happened'), 'Backup started{Enter}');
    await screen.findByText('Backup started');
    const backup = (await storedEvents()).find((event) => event.description === 'Backup started');
    expect(backup?.at).toBe(Date.UTC(2017, 0, 31, 0, 36));
  });

  it('takes the second 02:10 after a 02:40 event in the DST fall-back hour, and offers the first', async () => {
    const { type, field, user, storedEvents } = await eventLog({
      timeZone: 'Europe/Berlin',
      startedAt: Date.UTC(2026, 9, 24, 23, 0), // 01:00 CEST on 25 October
      resolvedAt: null,
    });
    await type('02:40', 'Disk full');
    await screen.findByText('Disk full');
    await user.type(field('Time'), '02:10');
    expect(screen.getByText(/happened twice on 2026-10-25/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Second 02:10:00 (UTC+01:00)' })).toBeChecked();
    await user.type(field('What happened'), 'Failover{Enter}');
    await screen.findByText('Failover');
    const failover = (await storedEvents()).find((event) => event.description === 'Failover');
    expect(failover?.at).toBe(Date.UTC(2026, 9, 25, 1, 10));
  });
});
