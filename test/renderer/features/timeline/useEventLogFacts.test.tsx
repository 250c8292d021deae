import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type * as order from '../../../../shared/domain/timeline/chronologicalOrder';
import * as metrics from '../../../../shared/domain/timeline/metrics';
import * as facts from '../../../../renderer/features/timeline/useEventLogFacts';
import { value } from '../../../helpers/testCore';
import { eventLog } from './openEventLog';

// Counted through the real render: the event log's derived data is worked out by these.
vi.mock('../../../../shared/domain/timeline/chronologicalOrder', async (original) => {
  const real = await original<typeof order>();
  return { ...real, chronologicalFollower: () => ordering.mockImplementation(real.chronologicalFollower()) };
});
/** The log's ordering, as the event log's hook got it: each call is a change of the list worked out. */
const ordering = vi.hoisted(() => vi.fn());
vi.mock('../../../../shared/domain/timeline/metrics', async (original) => {
  const real = await original<typeof metrics>();
  return { ...real, milestonesOf: vi.fn(real.milestonesOf) };
});

vi.mock('../../../../renderer/features/timeline/useEventLogFacts', async (original) => {
  const real = await original<typeof facts>();
  return { ...real, useEventLogFacts: vi.fn(real.useEventLogFacts) };
});
/** Whether the event log rendered with `count` action items in its records. */
const renderedWithItems = (count: number) =>
  vi.mocked(facts.useEventLogFacts).mock.calls.some(([records]) => records.actionItems.length === count);

describe('useEventLogFacts in the event log', () => {
  it('leaves the log\'s order and milestones be when an action item is added (issue 16)', async () => {
    const { core, meeting, type } = await eventLog();
    await type('09:05', 'Latency rises', 'first-signal');
    await screen.findByText('Latency rises');
    ordering.mockClear();
    vi.mocked(metrics.milestonesOf).mockClear();

    await value(core, 'actionItems.add', { meetingId: meeting.id, title: 'Page on consumer lag', type: 'detective' });
    // The event log rendered again with the new records…
    await waitFor(() => expect(renderedWithItems(1)).toBe(true));
    // …and the log's derived data was not worked out again.
    expect(ordering).not.toHaveBeenCalled();
    expect(metrics.milestonesOf).not.toHaveBeenCalled();

    await type('09:20', 'On-call paged', 'detection');
    await screen.findByText('On-call paged');
    expect(ordering).toHaveBeenCalled();
    expect(metrics.milestonesOf).toHaveBeenCalled();
  });
});
