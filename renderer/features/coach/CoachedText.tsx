import type { ReactNode } from 'react';
import { LANGUAGE_CATEGORY_LABELS } from '../../../shared/domain/coach/language';
import { useFieldFindings, type CoachTarget } from './useCoach';
import './coach.css';

/**
 * Read-only text (an event's description in the log) with the coach's findings underlined in
 * place and their reframing as a tooltip. No hint block: inside a table cell it would become
 * part of the cell's name and be read with every row; the readiness count and `hindsight
 * review` list these findings in full.
 */
export function CoachedText({ text, coach }: { text: string; coach: CoachTarget }) {
  const findings = useFieldFindings(coach, text);
  if (findings.length === 0) return text;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const { finding, key } of findings) {
    // Findings of different categories may overlap; the first one underlines the words.
    if (finding.start < at) continue;
    parts.push(text.slice(at, finding.start));
    parts.push(
      <mark
        key={key}
        className="coach-mark"
        title={`${LANGUAGE_CATEGORY_LABELS[finding.category]}. ${finding.reframing}`}
      >
        {text.slice(finding.start, finding.end)}
      </mark>,
    );
    at = finding.end;
  }
  parts.push(text.slice(at));
  return parts;
}
