import type { MeetingRecords } from '../../../shared/types';
import { PlannedSection } from '../../components/PlannedSection';

export function LiveSection(_props: { records: MeetingRecords }) {
  return (
    <PlannedSection title="Live meeting console" issue={6}>
      Running the agenda with timeboxes, the facilitator console and the projector view.
    </PlannedSection>
  );
}
