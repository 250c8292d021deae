import { describe, expect, it } from 'vitest';
import { chronological } from '../../../../shared/domain/timeline/chronologicalOrder';
import { incidentMetrics } from '../../../../shared/domain/timeline/metrics';
import { event, exampleRecords } from './timelineFacts';

const NO_TIMES = { startedAt: null, detectedAt: null, mitigatedAt: null, resolvedAt: null };
const seconds = (facts: Parameters<typeof incidentMetrics>[0]) =>
  Object.fromEntries(incidentMetrics(facts).metrics.map((metric) => [metric.key, metric.seconds]));

describe('incidentMetrics', () => {
  it('uses the meeting’s incident times of the cache example and the log for root cause → fix', () => {
    const records = exampleRecords('cache-invalidation-misconfiguration.json');
    expect(seconds(records)).toEqual({
      timeToDetect: 50 * 60 + 20, // 09:12:40 → 10:03
      timeToMitigate: 67 * 60, // 10:03 → 11:10
      timeToResolve: 182 * 60, // 10:03 → 13:05
      rootCauseToFix: 116 * 60 + 20, // the CHG-4471 diff at 10:44:10 → fix at 12:40:30
      totalDuration: 232 * 60 + 20,
    });
    const { milestones } = incidentMetrics(records);
    expect(milestones.start?.source).toBe('meeting');
    expect(milestones.rootCause?.source).toBe('event');
  });

  it('gives the firmware example’s numbers, with the last diagnosis before the fix as root cause', () => {
    expect(seconds(exampleRecords('firmware-packet-drop.json'))).toEqual({
      timeToDetect: 57 * 60,
      timeToMitigate: 129 * 60,
      timeToResolve: 244 * 60,
      rootCauseToFix: 149 * 60, // vendor release notes at 09:26 → golden config at 11:55
      totalDuration: 301 * 60,
    });
  });

  it('derives every milestone from the log when the meeting has no incident times', () => {
    const timeline = [
      event('09:40', 'recovery'),
      event('09:02', 'first-signal'),
      event('09:00', 'other'),
      event('09:15', 'detection'),
      event('09:20', 'diagnosis'),
      event('09:25', 'mitigation-attempt', 'no-effect'),
      event('09:30', 'mitigation-attempt', 'helped'),
      event('09:35', 'fix-deployed'),
    ];
    const result = incidentMetrics({ meeting: NO_TIMES, timeline });
    expect(result.milestones.start).toMatchObject({ source: 'event', at: Date.UTC(2026, 2, 5, 9, 2) });
    expect(seconds({ meeting: NO_TIMES, timeline })).toEqual({
      timeToDetect: 13 * 60,
      timeToMitigate: 15 * 60,
      timeToResolve: 25 * 60,
      rootCauseToFix: 15 * 60,
      totalDuration: 38 * 60,
    });
  });

  it('leaves a number empty while one of its ends is unknown', () => {
    const result = seconds({ meeting: NO_TIMES, timeline: [event('09:00', 'alert')] });
    expect(result).toEqual({
      timeToDetect: null,
      timeToMitigate: null,
      timeToResolve: null,
      rootCauseToFix: null,
      totalDuration: null,
    });
  });

  it('ignores deleted events', () => {
    const deleted = { ...event('09:10', 'detection'), deletedAt: 1 };
    const result = seconds({ meeting: NO_TIMES, timeline: [event('09:00', 'first-signal'), deleted] });
    expect(result.timeToDetect).toBeNull();
  });
});

describe('chronological', () => {
  it('sorts by time and keeps the creation order for equal times', () => {
    const a = event('09:10', 'alert');
    const b = event('09:00', 'alert');
    const c = event('09:10', 'decision');
    expect(chronological([c, a, b]).map((item) => item.id)).toEqual([b.id, a.id, c.id]);
  });
});
