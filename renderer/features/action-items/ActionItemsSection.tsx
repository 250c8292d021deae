import type { MeetingRecords } from '../../../shared/types';
import { PlannedSection } from '../../components/PlannedSection';

export function ActionItemsSection(_props: { records: MeetingRecords }) {
  return (
    <PlannedSection title="Action items" issue={4}>
      Specific, owned action items in priority order, with quality checks.
    </PlannedSection>
  );
}
