import { useMemo, useState } from 'react';
import { chronologicalFollower } from '../../../shared/domain/timeline/chronologicalOrder';
import { metricsOf, milestonesOf } from '../../../shared/domain/timeline/metrics';
import { redFlagsOf } from '../../../shared/domain/timeline/redFlags';
import { stripLayoutOf } from '../../../shared/domain/timeline/strip';
import type { MeetingRecords } from '../../../shared/types';
import { useAfterPaint } from '../../components/useAfterPaint';

/**
 * What a view of the event log derives from the meeting (issue #16): the live events in time
 * order, the incident's numbers, its red flags and the strip's layout. Each is keyed on exactly
 * what it reads, never on the whole `records` (which changes with any record, an action item
 * too), and the order is kept by placing what changed rather than sorting the log again.
 *
 * The table and the milestones (they mark rows "Before start") follow each change at once; the
 * red flags and the strip, which walk every event and are not what a person typing looks at,
 * follow after the keypress has painted (useAfterPaint).
 */
export function useEventLogFacts(records: MeetingRecords, now: number) {
  const { startedAt, detectedAt, mitigatedAt, resolvedAt, status, liveStartedAt } = records.meeting;
  const [order] = useState(chronologicalFollower);
  const events = useMemo(() => order(records.timeline), [order, records.timeline]);
  const milestones = useMemo(
    () => milestonesOf({ startedAt, detectedAt, mitigatedAt, resolvedAt }, events),
    [events, startedAt, detectedAt, mitigatedAt, resolvedAt],
  );
  const metrics = useMemo(() => metricsOf(milestones), [milestones]);

  const later = useAfterPaint(useMemo(() => ({ events, milestones }), [events, milestones]));
  const mappedAt = records.impact?.mappedAt ?? null;
  const flags = useMemo(
    () =>
      redFlagsOf(
        { meeting: { status, liveStartedAt }, impact: { mappedAt } },
        later.events,
        later.milestones,
        now,
      ),
    [later, status, liveStartedAt, mappedAt, now],
  );
  const layout = useMemo(() => stripLayoutOf(later.events, later.milestones), [later]);
  return { events, metrics, flags, layout };
}
