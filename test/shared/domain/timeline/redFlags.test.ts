import { describe, expect, it } from 'vitest';
import { redFlags } from '../../../../shared/domain/timeline/redFlags';
import { event, exampleRecords } from './timelineFacts';

const NO_TIMES = { startedAt: null, detectedAt: null, mitigatedAt: null, resolvedAt: null };

describe('redFlags', () => {
  it('flags the cache example’s detection gap, slow fix and the two attempts that did not help', () => {
    const flags = redFlags(exampleRecords('cache-invalidation-misconfiguration.json'));
    expect(flags.map((flag) => flag.message)).toEqual([
      'Detection gap: 43 min from the first signal to detection (over 10 min).',
      'Recoverability: 116 min from root cause identified to fix deployed (over 30 min).',
      '2 mitigation attempts had no effect or only moved the symptom.',
    ]);
    const ineffective = flags.find((flag) => flag.kind === 'ineffective-mitigation');
    expect(
      ineffective?.kind === 'ineffective-mitigation' && ineffective.events.map((item) => item.outcome),
    ).toEqual(['no-effect', 'moved-symptom']);
  });

  it('measures the firmware example’s detection gap from the first signal, not the start', () => {
    const [gap] = redFlags(exampleRecords('firmware-packet-drop.json'));
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
    expect(redFlags({ meeting: NO_TIMES, timeline })).toEqual([]);
  });

  it('does not flag exactly ten minutes to detect or thirty to fix', () => {
    const timeline = [
      event('09:00', 'first-signal'),
      event('09:10', 'detection'),
      event('09:20', 'diagnosis'),
      event('09:50', 'fix-deployed'),
    ];
    expect(redFlags({ meeting: NO_TIMES, timeline })).toEqual([]);
  });
});
