/**
 * The six aspects a reflection looks at after the meeting (DESIGN.md section 2), in the order the
 * Reflection view walks them and the report prints them.
 */
export const REFLECTION_ASPECTS = [
  'root-cause',
  'impact',
  'blast-radius',
  'recoverability',
  'technical-debt',
  'culture',
] as const;
export type ReflectionAspect = (typeof REFLECTION_ASPECTS)[number];

export const REFLECTION_ASPECT_LABELS: Record<ReflectionAspect, string> = {
  'root-cause': 'Root-cause analysis',
  impact: 'Impact analysis',
  'blast-radius': 'Blast radius',
  recoverability: 'Recoverability',
  'technical-debt': 'Technical debt',
  culture: 'Culture',
};

/** The coach's stored state for one meeting: dismissed findings and the reflection notes. */
export interface CoachState {
  meetingId: string;
  /** Keys of findings marked "this is fine here" (see meetingFindings.ts). */
  dismissed: string[];
  /** The reflection note per aspect; an aspect with no note is left out. */
  notes: Partial<Record<ReflectionAspect, string>>;
}
