import type { MeetingRecords } from '../../../shared/types';
import { useApp } from '../../store/useApp';
import { selectEventsLoadingText } from '../timeline/eventsLoading';

/** What has been recorded so far, at a glance. */
export function MeetingCounts({ records }: { records: MeetingRecords }) {
  const loadingText = useApp(selectEventsLoadingText);
  const openItems = records.actionItems.filter(
    (item) => item.status === 'open' || item.status === 'in-progress',
  ).length;
  const counts: [string, string][] = [
    ['Timeline events', loadingText ?? String(records.timeline.length)],
    ['Action items', `${records.actionItems.length} (${openItems} open)`],
    ['Participants', String(records.participants.length)],
    ['Open parking-lot items', String(records.parkingLot.filter((item) => !item.resolved).length)],
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
