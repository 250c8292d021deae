import type { Milestone } from '../../../shared/domain/timeline/metrics';
import type { TimelineEvent } from '../../../shared/types';

/** Where an event sits against the incident's start and resolution. */
export type EventPlacement = 'before-start' | 'during' | 'after-resolution';

/**
 * How an event outside the incident is marked, in words as well as style, so nobody reads it as
 * part of the outage; the console's table and the projector say it the same way.
 */
export const PLACEMENT_LABELS: Record<EventPlacement, string | null> = {
  'before-start': 'Before start',
  during: null,
  'after-resolution': 'After resolution',
};

export function placementOf(
  event: TimelineEvent,
  start: Milestone | null,
  resolved: Milestone | null,
): EventPlacement {
  if (start && event.at < start.at) return 'before-start';
  if (resolved && event.at > resolved.at) return 'after-resolution';
  return 'during';
}
