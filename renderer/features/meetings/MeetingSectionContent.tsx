import type { ComponentType } from 'react';
import type { MeetingRecords } from '../../../shared/types';
import { useApp } from '../../store/useApp';
import { ActionItemsSection } from '../action-items/ActionItemsSection';
import { LiveSection } from '../live/LiveSection';
import { ReflectionSection } from '../reflection/ReflectionSection';
import { ReportSection } from '../report/ReportSection';
import { TimelineSection } from '../timeline/TimelineSection';
import { MEETING_SECTIONS, type MeetingSectionId } from './meetingSections';
import { OverviewSection } from './OverviewSection';

/** Each section's component, owned by its feature folder. */
const SECTION_COMPONENTS: Record<MeetingSectionId, ComponentType<{ records: MeetingRecords }>> = {
  overview: OverviewSection,
  live: LiveSection,
  timeline: TimelineSection,
  actions: ActionItemsSection,
  reflection: ReflectionSection,
  report: ReportSection,
};

/** The tab panel of the open meeting's current section. */
export function MeetingSectionContent({ records }: { records: MeetingRecords }) {
  const section = useApp((state) => state.overview.section);
  const waiting = useApp(
    (state) => state.overview.listsLoading && MEETING_SECTIONS.some((shown) => shown.id === section && shown.readsLaterLists),
  );
  const Section = SECTION_COMPONENTS[section];
  return (
    <div
      id="meeting-section"
      role="tabpanel"
      aria-labelledby={`meeting-tab-${section}`}
      className="meeting-section"
    >
      {waiting ? (
        <p className="muted" role="status">
          Loading the action items and the parking lot…
        </p>
      ) : (
        <Section records={records} />
      )}
    </div>
  );
}
