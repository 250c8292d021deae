import { useEffect } from 'react';
import { chronological } from '../../../shared/domain/timeline/chronologicalOrder';
import type { MeetingRecords } from '../../../shared/types';
import { useApp } from '../../store/useApp';
import { reviewTarget } from '../action-items/actionReviewSlice';
import { useConsoleShortcuts } from '../live/useConsoleShortcuts';
import { TimelineSection } from '../timeline/TimelineSection';

/**
 * The console's Event log step: the event log, walked with the room (issue #12 item 9). The
 * event selected in the table (a click, a row's ↑/↓) or moved to with ↓/↑ anywhere else is the
 * cursor; it is saved on the meeting (`meetings.walkEvent`), so the projector shows that event
 * with its neighbours.
 */
export function EventLogWorkspace({ records }: { records: MeetingRecords }) {
  const highlightedId = useApp((state) => state.timeline.highlightedId);
  const highlightEvent = useApp((state) => state.highlightEvent);
  const walkEvent = useApp((state) => state.walkEvent);
  const walkedId = records.meeting.walkEventId;

  // Back in the step (a restart, the tab left and entered again): the walk goes on where it was.
  useEffect(() => {
    if (highlightedId === null && walkedId !== null) highlightEvent(walkedId);
    // Only on entering the step: later, the table's selection leads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  // One path to the projector: whatever selects an event in the table walks the room to it.
  useEffect(() => {
    if (highlightedId !== null) void walkEvent(highlightedId);
  }, [highlightedId, walkEvent]);

  const step = (delta: -1 | 1) => {
    const ids = chronological(records.timeline).map((event) => event.id);
    const target = reviewTarget(ids, highlightedId ?? walkedId, delta);
    if (target !== null) highlightEvent(target);
  };
  useConsoleShortcuts({ 'walk.next': () => step(1), 'walk.previous': () => step(-1) });

  return <TimelineSection records={records} showHeading={false} factsFirst />;
}
