import { describe, expect, it } from 'vitest';
import { redFlags, type RedFlagFacts } from '../../../../shared/domain/timeline/redFlags';
import type { TimelineEvent } from '../../../../shared/types';
import { event, exampleRecords } from './timelineFacts';

const NO_TIMES = { startedAt: null, detectedAt: null, mitigatedAt: null, resolvedAt: null };
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** 2026-03-05 13:00 UTC: when the incidents below are resolved. */
const RESOLVED = Date.UTC(2026, 2, 5, 13, 0);

/** Facts of a draft meeting with no impact record: only the event log can raise a flag. */
function facts(timeline: TimelineEvent[], overrides: Partial<RedFlagFacts> = {}): RedFlagFacts {
  return {
    meeting: { ...NO_TIMES, status: 'draft', liveStartedAt: null },
    timeline,
    impact: null,
    ...overrides,
  };
}

const kinds = (input: RedFlagFacts, now: number | null = null) =>
  redFlags(input, now).map((flag) => flag.kind);

describe('redFlags', () => {
  it('flags the cache example’s detection gap, slow fix and the two attempts that did not help', () => {
    const flags = redFlags(exampleRecords('cache-invalidation-misconfiguration.json'), null);
    expect(flags.map((flag) => flag.message)).toEqual([
      'Detection gap: 43 min from the first signal to detection (over 10 min).',
      'Recoverability: 1 h 56 min from root cause identified to fix deployed (over 30 min).',
      '2 mitigation attempts had no effect or only moved the symptom.',
    ]);
    const ineffective = flags.find((flag) => flag.kind === 'ineffective-mitigation');
    expect(
      ineffective?.kind === 'ineffective-mitigation' && ineffective.events.map((item) => item.outcome),
    ).toEqual(['no-effect', 'moved-symptom']);
  });

  it('measures the firmware example’s detection gap from the first signal, not the start', () => {
    const [gap] = redFlags(exampleRecords('firmware-packet-drop.json'), null);
    expect(gap).toMatchObject({ kind: 'detection-gap', seconds: 51 * 60 });
  });

  it('raises nothing for a quick, clean incident', () => {
    const timeline = [
      event('09:00', 'first-signal'),
      event('09:08', 'detection'),
      event('09:12', 'diagnosis'),
      event('09:15', 'mitigation-attempt', 'helped'),
      event('09:30', 'fix-deployed'),
    ];
    expect(redFlags(facts(timeline), null)).toEqual([]);
  });

  it('does not flag exactly ten minutes to detect or thirty to fix', () => {
    const timeline = [
      event('09:00', 'first-signal'),
      event('09:10', 'detection'),
      event('09:20', 'diagnosis'),
      event('09:50', 'fix-deployed'),
    ];
    expect(redFlags(facts(timeline), null)).toEqual([]);
  });
});

describe('redFlags: root cause identified → impact mapped', () => {
  // Root cause identified at 09:20 (the diagnosis before the fix).
  const timeline = [event('09:20', 'diagnosis'), event('09:30', 'fix-deployed')];
  const mappedAt = (minutesAfter: number, seconds = 0) => ({
    impact: { mappedAt: Date.UTC(2026, 2, 5, 9, 20 + minutesAfter, seconds) },
  });

  it('does not flag the impact mapped exactly 15 minutes after the root cause', () => {
    expect(kinds(facts(timeline, mappedAt(15)))).toEqual([]);
  });

  it('flags the impact mapped one second past 15 minutes, with the minutes it took', () => {
    expect(redFlags(facts(timeline, mappedAt(15, 1)), null)).toEqual([
      {
        kind: 'slow-impact-mapping',
        seconds: 15 * 60 + 1,
        limitSeconds: 15 * 60,
        message: 'Impact mapping: 15 min from root cause identified to impact mapped (over 15 min).',
      },
    ]);
    expect(redFlags(facts(timeline, mappedAt(47)), null)[0]?.message).toBe(
      'Impact mapping: 47 min from root cause identified to impact mapped (over 15 min).',
    );
  });

  it('says nothing while either end is unknown, or when the impact was mapped before the root cause', () => {
    expect(kinds(facts(timeline))).toEqual([]);
    expect(kinds(facts(timeline, { impact: { mappedAt: null } }))).toEqual([]);
    expect(kinds(facts([event('09:30', 'fix-deployed')], mappedAt(60)))).toEqual([]);
    expect(kinds(facts(timeline, mappedAt(-30)))).toEqual([]);
  });
});

describe('redFlags: a meeting held more than 3 days after resolution', () => {
  const resolved = { ...NO_TIMES, resolvedAt: RESOLVED };
  const held = (after: number) =>
    facts([], { meeting: { ...resolved, status: 'live', liveStartedAt: RESOLVED + after } });
  const draft = facts([], { meeting: { ...resolved, status: 'draft', liveStartedAt: null } });

  it('does not flag a meeting held exactly 3 days after resolution', () => {
    expect(kinds(held(3 * DAY))).toEqual([]);
  });

  it('flags a meeting held one second past 3 days, measured to its first timer whatever now is', () => {
    expect(redFlags(held(3 * DAY + 1000), RESOLVED)).toEqual([
      {
        kind: 'late-meeting',
        seconds: 3 * 86_400 + 1,
        limitSeconds: 3 * 86_400,
        held: true,
        message: 'Meeting delay: held 3 days after resolution (over 3 days).',
      },
    ]);
    expect(redFlags(held(4 * DAY + 150 * MINUTE), null)[0]?.message).toBe(
      'Meeting delay: held 4 days 3 h after resolution (over 3 days).',
    );
  });

  it('rounds a delay of years for people instead of counting thousands of days (issue #12 item 19)', () => {
    expect(redFlags(draft, RESOLVED + 3589 * DAY + 14 * 3_600_000)[0]?.message).toBe(
      'Meeting delay: not held yet, about 10 years after resolution (over 3 days).',
    );
  });

  it('flags a draft while it is prepared, once now is more than 3 days after resolution', () => {
    expect(kinds(draft, RESOLVED + 3 * DAY)).toEqual([]);
    expect(redFlags(draft, RESOLVED + 3 * DAY + 5 * 3_600_000)).toEqual([
      {
        kind: 'late-meeting',
        seconds: 3 * 86_400 + 5 * 3600,
        limitSeconds: 3 * 86_400,
        held: false,
        message: 'Meeting delay: not held yet, 3 days 5 h after resolution (over 3 days).',
      },
    ]);
  });

  it('does not judge a draft without a now, or a meeting run without its start time', () => {
    const late = RESOLVED + 10 * DAY;
    expect(kinds(draft, null)).toEqual([]);
    // The shipped examples are in review with no start time: when they were held is unknown.
    for (const status of ['live', 'review', 'published'] as const) {
      expect(kinds(facts([], { meeting: { ...resolved, status, liveStartedAt: null } }), late)).toEqual([]);
    }
    expect(
      kinds(facts([], { meeting: { ...NO_TIMES, status: 'draft', liveStartedAt: null } }), late),
    ).toEqual([]);
  });

  it('takes the resolution from the last recovery event when the meeting has no resolved time', () => {
    const timeline = [event('10:00', 'first-signal'), event('13:00', 'recovery')];
    const meeting = { ...NO_TIMES, status: 'live' as const, liveStartedAt: RESOLVED + 3 * DAY + MINUTE };
    expect(kinds(facts(timeline, { meeting }))).toEqual(['late-meeting']);
  });
});
