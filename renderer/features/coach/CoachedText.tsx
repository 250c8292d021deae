import { useId, type ReactNode } from 'react';
import { CoachHint, coachHintId } from './CoachHint';
import { useFieldFindings, type CoachTarget } from './useCoach';

/**
 * Read-only text (an event's description in the log) with the coach's findings underlined in
 * place and the hint under it.
 */
export function CoachedText({ text, coach }: { text: string; coach: CoachTarget }) {
  const findings = useFieldFindings(coach, text);
  const id = coachHintId(useId());
  const parts: ReactNode[] = [];
  let at = 0;
  for (const { finding, key } of findings) {
    // Findings of different categories may overlap; the first one underlines the words.
    if (finding.start < at) continue;
    parts.push(text.slice(at, finding.start));
    parts.push(
      <mark key={key} className="coach-mark" aria-describedby={id}>
        {text.slice(finding.start, finding.end)}
      </mark>,
    );
    at = finding.end;
  }
  parts.push(text.slice(at));
  return (
    <>
      {findings.length === 0 ? text : <span>{parts}</span>}
      {/* Always in the same place, so the Undo of a dismissal outlives its finding. */}
      <CoachHint id={id} findings={findings} />
    </>
  );
}
