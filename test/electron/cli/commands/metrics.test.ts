import { describe, expect, it } from 'vitest';
import { cliSandbox } from '../../../helpers/runHindsight';

const FIRMWARE = 'firmware-packet-drop';

describe('hindsight metrics', () => {
  it('prints the numbers as human durations with where each came from, then the red flags', async () => {
    const { runOnDb, importExample } = cliSandbox();
    await importExample(FIRMWARE);
    const { code, stdout, stderr } = await runOnDb(['metrics', 'INC-3107']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout.split('\n')).toEqual([
      '“Packet drops after top-of-rack switch firmware upgrade” (INC-3107)',
      '',
      'NUMBER            DURATION    FROM       SPAN',
      'Time to detect    57 min      meeting    start → detection',
      'Time to mitigate  2 h 9 min   meeting    detection → mitigation',
      'Time to resolve   4 h 4 min   meeting    detection → resolution',
      'Root cause → fix  2 h 29 min  event log  root cause identified → fix deployed',
      'Total duration    5 h 1 min   meeting    start → resolution',
      '',
      'Red flags:',
      '  - Detection gap: 51 min from the first signal to detection (over 10 min).',
      '  - Recoverability: 2 h 29 min from root cause identified to fix deployed (over 30 min).',
      '  - 2 mitigation attempts had no effect or only moved the symptom.',
      expect.stringMatching(/^ {6}2026-02-17 08:25:30 UTC {2}payments-gateway pods in use1-az2 restarted/),
      expect.stringMatching(/^ {6}2026-02-17 08:52:00 UTC {2}payments-gateway traffic drained/),
      '',
    ]);
  });

  it('prints JSON with --json: durations in seconds, each end with its time and source', async () => {
    const { runOnDb, importExample } = cliSandbox();
    await importExample(FIRMWARE);
    const { code, stdout } = await runOnDb(['metrics', 'INC-3107', '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.meeting).toEqual({
      id: 'c5642769-8df0-4bec-a799-73f374e0c04e',
      incidentId: 'INC-3107',
      title: 'Packet drops after top-of-rack switch firmware upgrade',
    });
    expect(
      report.metrics.map((metric: { key: string; seconds: number }) => [metric.key, metric.seconds]),
    ).toEqual([
      ['timeToDetect', 57 * 60],
      ['timeToMitigate', (2 * 60 + 9) * 60],
      ['timeToResolve', (4 * 60 + 4) * 60],
      ['rootCauseToFix', (2 * 60 + 29) * 60],
      ['totalDuration', (5 * 60 + 1) * 60],
    ]);
    expect(report.metrics[3]).toMatchObject({
      label: 'Root cause → fix',
      from: { at: '2026-02-17T09:26:00.000Z', source: 'event', eventId: expect.any(String) },
      to: { at: '2026-02-17T11:55:00.000Z', source: 'event' },
    });
    expect(report.redFlags).toEqual([
      expect.objectContaining({ kind: 'detection-gap', seconds: 51 * 60, limitSeconds: 600 }),
      expect.objectContaining({ kind: 'slow-recovery', seconds: 149 * 60, limitSeconds: 1800 }),
      {
        kind: 'ineffective-mitigation',
        message: '2 mitigation attempts had no effect or only moved the symptom.',
        events: [
          expect.objectContaining({ at: '2026-02-17T08:25:30.000Z', outcome: 'no-effect' }),
          expect.objectContaining({ at: '2026-02-17T08:52:00.000Z', outcome: 'moved-symptom' }),
        ],
      },
    ]);
  });

  it('marks numbers whose ends are not recorded yet and says when there are no red flags', async () => {
    const { runOnDb, importBundle } = cliSandbox();
    await importBundle('early', (bundle) => {
      bundle.timeline = [];
    });
    const { code, stdout } = await runOnDb(['metrics', 'INC-123']);
    expect(code).toBe(0);
    expect(stdout.split('\n').slice(2)).toEqual([
      'NUMBER            DURATION  FROM               SPAN',
      'Time to detect    -         meeting → unknown  start → detection',
      'Time to mitigate  -         unknown            detection → mitigation',
      'Time to resolve   -         unknown            detection → resolution',
      'Root cause → fix  -         unknown            root cause identified → fix deployed',
      'Total duration    -         meeting → unknown  start → resolution',
      '',
      'No red flags.',
      '',
    ]);
    expect(JSON.parse((await runOnDb(['metrics', 'INC-123', '--json'])).stdout)).toMatchObject({
      metrics: [{ key: 'timeToDetect', seconds: null, to: null }, {}, {}, {}, {}],
      redFlags: [],
    });
  });

  it('exits 1 for a meeting it does not know', async () => {
    const { runOnDb, importExample } = cliSandbox();
    await importExample(FIRMWARE);
    expect(await runOnDb(['metrics', 'INC-9999'])).toMatchObject({
      code: 1,
      stdout: '',
      stderr: expect.stringMatching(/^hindsight: No meeting matches “INC-9999”/),
    });
  });
});

describe('hindsight metrics: impact mapping and meeting delay', () => {
  /** A meeting whose root cause was identified at 09:00 UTC and that was resolved at 12:00 UTC. */
  async function meetingWith(meeting: Record<string, unknown>, mappedAt: string | null) {
    const { runOnDb, importBundle } = cliSandbox();
    await importBundle('late', (bundle) => {
      Object.assign(bundle.meeting, { resolvedAt: '2026-03-05T12:00:00.000Z', ...meeting });
      bundle.timeline = [{ ...bundle.timeline[0]!, kind: 'diagnosis', at: '2026-03-05T09:00:00.000Z' }];
      bundle.impact = { ...bundle.impact!, mappedAt };
    });
    return runOnDb;
  }

  it('flags an impact mapped 40 minutes after the root cause and a meeting held 4 days late', async () => {
    const runOnDb = await meetingWith(
      { status: 'review', liveStartedAt: '2026-03-09T14:30:00.000Z' },
      '2026-03-05T09:40:00.000Z',
    );
    const { stdout } = await runOnDb(['metrics', 'INC-123']);
    expect(stdout.split('\n').slice(-4)).toEqual([
      'Red flags:',
      '  - Impact mapping: 40 min from root cause identified to impact mapped (over 15 min).',
      '  - Meeting delay: held 4 days 3 h after resolution (over 3 days).',
      '',
    ]);
    expect(JSON.parse((await runOnDb(['metrics', 'INC-123', '--json'])).stdout).redFlags).toEqual([
      expect.objectContaining({ kind: 'slow-impact-mapping', seconds: 40 * 60, limitSeconds: 15 * 60 }),
      expect.objectContaining({ kind: 'late-meeting', held: true, seconds: (4 * 24 + 2) * 3600 + 30 * 60 }),
    ]);
  });

  it('flags a draft not held yet against the clock it runs at', async () => {
    // The sandbox's clock reads 2026-04-01 12:00 UTC: 27 days after the resolution.
    const runOnDb = await meetingWith({ status: 'draft', liveStartedAt: null }, null);
    const { stdout } = await runOnDb(['metrics', 'INC-123', '--json']);
    expect(JSON.parse(stdout).redFlags).toEqual([
      {
        kind: 'late-meeting',
        held: false,
        seconds: 27 * 24 * 3600,
        limitSeconds: 3 * 24 * 3600,
        message: 'Meeting delay: not held yet, 27 days after resolution (over 3 days).',
      },
    ]);
  });
});
