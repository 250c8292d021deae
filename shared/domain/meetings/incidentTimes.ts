import type { Issue } from '../../contract/errors';

export interface IncidentTimes {
  startedAt: number | null;
  detectedAt: number | null;
  mitigatedAt: number | null;
  resolvedAt: number | null;
}

/** The milestones, in the order they must come. */
export const INCIDENT_TIME_FIELDS = ['startedAt', 'detectedAt', 'mitigatedAt', 'resolvedAt'] as const;

const LABELS: Record<(typeof INCIDENT_TIME_FIELDS)[number], string> = {
  startedAt: 'the incident start',
  detectedAt: 'detection',
  mitigatedAt: 'mitigation',
  resolvedAt: 'resolution',
};

const ORDER = INCIDENT_TIME_FIELDS.map((field) => [field, LABELS[field]] as const);

/**
 * The incident's milestones must not go backwards (start ≤ detected ≤ mitigated ≤ resolved).
 * Missing times are allowed: an incident owner often knows only some of them before the meeting.
 * Each issue names the later field, since that is the one a person most likely mistyped.
 */
export function incidentTimeIssues(times: IncidentTimes): Issue[] {
  const issues: Issue[] = [];
  ORDER.forEach(([field], index) => {
    const value = times[field];
    if (value === null) return;
    const earlier = ORDER.slice(0, index)
      .filter(([earlierField]) => {
        const earlierValue = times[earlierField];
        return earlierValue !== null && earlierValue > value;
      })
      .at(-1);
    if (earlier) issues.push({ path: field, message: `is before ${earlier[1]}` });
  });
  return issues;
}

/** Whole seconds from start to resolution, or null while either is unknown. */
export function incidentDurationSeconds(times: IncidentTimes): number | null {
  if (times.startedAt === null || times.resolvedAt === null) return null;
  return Math.max(0, Math.round((times.resolvedAt - times.startedAt) / 1000));
}
