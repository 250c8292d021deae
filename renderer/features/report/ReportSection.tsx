import type { MeetingRecords } from '../../../shared/types';
import { PlannedSection } from '../../components/PlannedSection';

export function ReportSection(_props: { records: MeetingRecords }) {
  return (
    <PlannedSection title="Report" issue={5}>
      The postmortem report as Markdown and PDF, with a preview.
    </PlannedSection>
  );
}
