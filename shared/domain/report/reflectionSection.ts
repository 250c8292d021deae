import type { MeetingRecords } from '../../types';
import { reflectionChecks, type CheckState } from '../coach/reflectionChecks';
import { REFLECTION_ASPECTS, REFLECTION_ASPECT_LABELS, type CoachState } from '../coach/reflectionAspects';
import { textBlocks, type ReportBlock } from './reportBlocks';

/** What a check's state reads as in the report. */
export const CHECK_STATE_LABELS: Record<CheckState, string> = {
  met: 'Met',
  open: 'Open',
  'not-applicable': 'Not applicable',
};

/**
 * The reflection after the meeting (DESIGN.md section 2) as report blocks: each aspect's note and
 * the state of its checks. Only a filled reflection lands in the report: with no note written,
 * the section is left out. No clock is read, so the same meeting always gives the same bytes.
 */
export function reflectionBlocks(records: MeetingRecords, coach: CoachState | null): ReportBlock[] {
  const notes = coach?.notes ?? {};
  if (!REFLECTION_ASPECTS.some((aspect) => (notes[aspect] ?? '').trim() !== '')) return [];
  const checks = reflectionChecks(records, { dismissed: new Set(coach?.dismissed ?? []), now: null });
  return REFLECTION_ASPECTS.flatMap((aspect): ReportBlock[] => {
    const own = checks.filter((item) => item.aspect === aspect);
    return [
      { kind: 'subheading', text: REFLECTION_ASPECT_LABELS[aspect] },
      ...textBlocks(notes[aspect] ?? ''),
      {
        kind: 'table',
        columns: ['Check', 'State', 'Found'],
        rows: own.map((item) => [item.label, CHECK_STATE_LABELS[item.state], item.detail]),
      },
    ];
  });
}
