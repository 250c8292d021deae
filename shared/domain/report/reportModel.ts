import type { MeetingRecords } from '../../types';
import { SEVERITY_LABELS, MEETING_STATUS_LABELS, type Severity } from '../vocabulary';
import { discussionSections } from './discussionSections';
import { factsSections } from './factsSections';
import type { ReportBlock } from './reportBlocks';

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

/** Records still alive: deleted ones are kept for merging and undo, never reported. */
export function liveRecords(records: MeetingRecords): MeetingRecords {
  const alive = <T extends { deletedAt: number | null }>(list: T[]) =>
    list.filter((r) => r.deletedAt === null);
  const aliveOne = <T extends { deletedAt: number | null }>(record: T | null) =>
    record && record.deletedAt === null ? record : null;
  return {
    meeting: records.meeting,
    participants: alive(records.participants),
    agenda: alive(records.agenda),
    timeline: alive(records.timeline),
    impact: aliveOne(records.impact),
    questions: alive(records.questions),
    questionNotes: alive(records.questionNotes),
    rootCause: aliveOne(records.rootCause),
    rootCauseItems: alive(records.rootCauseItems),
    lessons: alive(records.lessons),
    actionItems: alive(records.actionItems),
    parkingLot: alive(records.parkingLot),
    importPeople: alive(records.importPeople),
  };
}

/**
 * Builds the report of a meeting: every section in order, from live records only. A section with
 * nothing recorded says so (`none` block) rather than disappearing, except the closing statement,
 * which is left out when the meeting has none.
 */
export function buildReportModel(records: MeetingRecords): ReportModel {
  const live = liveRecords(records);
  const blocks: Record<ReportSectionId, ReportBlock[]> = {
    ...factsSections(live),
    ...discussionSections(live),
  };
  const sections = REPORT_SECTIONS.map(([id, title]) => ({ id, title, blocks: blocks[id] }))
    .filter((section) => section.id !== 'closing' || section.blocks.length > 0)
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
