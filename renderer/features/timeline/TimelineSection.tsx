import type { MeetingRecords } from '../../../shared/types';
import { PlannedSection } from '../../components/PlannedSection';

export function TimelineSection(_props: { records: MeetingRecords }) {
  return (
    <PlannedSection title="Event log" issue={3}>
      The chronological facts of the incident, typed at speed or imported, with the derived numbers.
    </PlannedSection>
  );
}
