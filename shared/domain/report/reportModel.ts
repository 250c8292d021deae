import type { MeetingRecords } from '../../types';
import { SEVERITY_LABELS, MEETING_STATUS_LABELS, type Severity } from '../vocabulary';
import { discussionSections } from './discussionSections';
import { factsSections } from './factsSections';
import type { ReportBlock } from './reportBlocks';
import { liveRecords } from '../meetings/liveRecords';
import type { CoachState } from '../coach/reflectionAspects';
import { reflectionBlocks } from './reflectionSection';

export type { ReportBlock, ReportText } from './reportBlocks';

/** The sections in the order the issue (#5) and practice set; ids are stable anchors. */
export const REPORT_SECTIONS = [
  ['summary', 'Incident summary'],
  ['executive-summary', 'Executive summary'],
  ['timeline', 'Timeline'],
  ['impact', 'Impact'],
  ['root-cause', 'Root cause'],
  ['questions', 'The three questions'],
  ['action-items', 'Action items'],
  ['lessons', 'Lessons'],
  ['reflection', 'Reflection'],
  ['parking-lot', 'Open parking-lot items'],
  ['participants', 'Participants'],
  ['closing', 'Blameless statement'],
] as const;

/** A section's stable id, also its anchor in the HTML report. */
export type ReportSectionId = (typeof REPORT_SECTIONS)[number][0];

/** One section of the report: its heading and what it holds. */
export interface ReportSection {
  id: ReportSectionId;
  title: string;
  blocks: ReportBlock[];
}

/** The whole report, independent of its output format. */
export interface ReportModel {
  title: string;
  incidentId: string;
  severity: Severity | null;
  /** "SEV-1 · critical", or "" when no severity was set. */
  severityLabel: string;
  statusLabel: string;
  sections: ReportSection[];
}

/** Text shown in a section that has nothing in it. */
export const NONE_RECORDED = 'None recorded.';

// Sections left out, rather than marked "None recorded", when there is nothing in them.
const LEFT_OUT_WHEN_EMPTY: ReadonlySet<ReportSectionId> = new Set(['closing', 'reflection']);

/**
 * Builds the report of a meeting: every section in order, from live records only. A section with
 * nothing recorded says so (`none` block) rather than disappearing, except the closing statement
 * and the reflection (the coach's state: its notes and dismissed findings), which are left out
 * when the meeting has none.
 */
export function buildReportModel(records: MeetingRecords, coach: CoachState | null = null): ReportModel {
  const live = liveRecords(records);
  const blocks: Record<ReportSectionId, ReportBlock[]> = {
    ...factsSections(live),
    ...discussionSections(live),
    reflection: reflectionBlocks(live, coach),
  };
  const sections = REPORT_SECTIONS.map(([id, title]) => ({ id, title, blocks: blocks[id] }))
    .filter((section) => !LEFT_OUT_WHEN_EMPTY.has(section.id) || section.blocks.length > 0)
    .map((section) =>
      section.blocks.length > 0 ? section : { ...section, blocks: [{ kind: 'none' } as const] },
    );
  const { meeting } = live;
  return {
    title: meeting.title,
    incidentId: meeting.incidentId,
    severity: meeting.severity,
    severityLabel: meeting.severity ? SEVERITY_LABELS[meeting.severity] : '',
    statusLabel: MEETING_STATUS_LABELS[meeting.status],
    sections,
  };
}
