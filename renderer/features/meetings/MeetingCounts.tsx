import type { MeetingRecords } from '../../../shared/types';
import { useApp } from '../../store/useApp';
import { selectEventsLoadingText } from '../timeline/eventsLoading';

const openCount = (records: MeetingRecords) =>
  records.actionItems.filter((item) => item.status === 'open' || item.status === 'in-progress').length;

/** What has been recorded so far, at a glance. */
export function MeetingCounts({ records }: { records: MeetingRecords }) {
  const loadingText = useApp(selectEventsLoadingText);
  // The lists load after the first paint: until then their counts are not known, not zero.
  const listsLoading = useApp((state) => state.overview.listsLoading);
  const listCount = (count: () => string) => (listsLoading ? 'Loading…' : count());
  const counts: [string, string][] = [
    ['Timeline events', loadingText ?? String(records.timeline.length)],
    ['Action items', listCount(() => `${records.actionItems.length} (${openCount(records)} open)`)],
    ['Participants', String(records.participants.length)],
    ['Open parking-lot items', listCount(() => String(records.parkingLot.filter((item) => !item.resolved).length))],
  ];
  return (
    <section className="panel" aria-labelledby="counts-title">
      <h2 id="counts-title">Recorded so far</h2>
      <dl className="facts facts--counts">
        {counts.map(([label, count]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{count}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
