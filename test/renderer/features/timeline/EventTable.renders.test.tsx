import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import * as coach from '../../../../shared/domain/coach/meetingFindings';
import { eventLog } from './openEventLog';

// Counted through the real render (issue #16): whose wording the coach read, one call per field
// rendered. Keyed on the whole records, every row in view was checked again on any add.
vi.mock('../../../../shared/domain/coach/meetingFindings', async (original) => {
  const real = await original<typeof coach>();
  return { ...real, findingsOfField: vi.fn(real.findingsOfField) };
});

const coached = () =>
  [...new Set(vi.mocked(coach.findingsOfField).mock.calls.map(([field]) => field.text))].sort();

describe('typing an event into the log', () => {
  it('reads the new event\'s wording only, not that of the rows already shown', async () => {
    const { type } = await eventLog();
    await type('09:05', 'Latency rises', 'first-signal');
    await type('09:10', 'Pager fires', 'detection');
    await screen.findByText('Pager fires');
    await waitFor(() => expect(document.querySelector('.saving-mark')).toBeNull());
    vi.mocked(coach.findingsOfField).mockClear();

    await type('09:20', 'Rollback started', 'mitigation-attempt');
    await screen.findByText('Rollback started');
    await waitFor(() => expect(document.querySelector('.saving-mark')).toBeNull());
    expect(coached()).toEqual(['Rollback started']);
  });
});
