import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../../../shared/types';
import { measuredRun } from '../../../../../renderer/features/projector/content/ProjectorEventList';

const log = (count: number) =>
  Array.from({ length: count }, (_, index) => ({ id: `event-${index}` }) as TimelineEvent);

describe('measuredRun', () => {
  it('measures the newest 40 events, anchored at the newest, when nothing is walked', () => {
    expect(measuredRun(log(100), null)).toEqual({ from: 60, to: 100, anchor: 39, walked: false });
    expect(measuredRun(log(3), 'event-gone')).toEqual({ from: 0, to: 3, anchor: 2, walked: false });
  });

  it('measures the events around the walked one, anchored at it, also near either end', () => {
    expect(measuredRun(log(100), 'event-50')).toEqual({ from: 30, to: 70, anchor: 20, walked: true });
    expect(measuredRun(log(100), 'event-3')).toEqual({ from: 0, to: 40, anchor: 3, walked: true });
    expect(measuredRun(log(100), 'event-98')).toEqual({ from: 60, to: 100, anchor: 38, walked: true });
    expect(measuredRun(log(5), 'event-1')).toEqual({ from: 0, to: 5, anchor: 1, walked: true });
  });
});
