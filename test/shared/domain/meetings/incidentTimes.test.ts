import { describe, expect, it } from 'vitest';
import { incidentDurationSeconds, incidentTimeIssues } from '../../../../shared/domain/meetings/incidentTimes';

const at = (minute: number) => Date.UTC(2026, 2, 5, 9, minute);
const none = { startedAt: null, detectedAt: null, mitigatedAt: null, resolvedAt: null };

describe('incidentTimeIssues', () => {
  it('accepts times in order and times that are missing', () => {
    expect(incidentTimeIssues({ startedAt: at(0), detectedAt: at(5), mitigatedAt: at(20), resolvedAt: at(40) })).toEqual([]);
    expect(incidentTimeIssues({ ...none, startedAt: at(0), resolvedAt: at(40) })).toEqual([]);
    expect(incidentTimeIssues(none)).toEqual([]);
  });

  it('names the later field when a milestone goes backwards', () => {
    expect(incidentTimeIssues({ ...none, startedAt: at(10), detectedAt: at(5) })).toEqual([
      { path: 'detectedAt', message: 'is before the incident start' },
    ]);
  });

  it('compares across gaps and names the latest earlier milestone it contradicts', () => {
    expect(incidentTimeIssues({ startedAt: at(0), detectedAt: at(30), mitigatedAt: null, resolvedAt: at(20) })).toEqual([
      { path: 'resolvedAt', message: 'is before detection' },
    ]);
  });
});

describe('incidentDurationSeconds', () => {
  it('is the time from start to resolution, or null while either is unknown', () => {
    expect(incidentDurationSeconds({ ...none, startedAt: at(0), resolvedAt: at(42) })).toBe(42 * 60);
    expect(incidentDurationSeconds({ ...none, startedAt: at(0) })).toBeNull();
  });
});
