import { describe, expect, it } from 'vitest';
import { cliSandbox } from '../../../helpers/runHindsight';

describe('hindsight meeting set', () => {
  it('sets the incident id, zone, times typed as in the app and the executive summary', async () => {
    const { runOnDb, importExample } = cliSandbox();
    await importExample('firmware-packet-drop');
    const { code, stdout, stderr } = await runOnDb([
      'meeting',
      'set',
      'INC-3107',
      '--incident-id',
      'INC-2017-01-31',
      '--zone',
      'Europe/Berlin',
      '--started',
      '2017-01-31 18:00',
      '--detected',
      '+5h27m',
      '--mitigated',
      'none',
      '--resolved',
      'none',
      '--summary',
      'Six hours of data were lost.',
    ]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout.split('\n')).toEqual([
      'Updated “Packet drops after top-of-rack switch firmware upgrade” (INC-2017-01-31)',
      '  incident  INC-2017-01-31',
      '  zone      Europe/Berlin',
      '  started   2017-01-31 18:00:00',
      '  detected  2017-01-31 23:27:00',
      '  mitigated -',
      '  resolved  -',
      '  summary   Six hours of data were lost.',
      '',
    ]);
    const json = await runOnDb(['metrics', 'INC-2017-01-31', '--json']);
    const detect = JSON.parse(json.stdout).metrics.find(
      (metric: { key: string }) => metric.key === 'timeToDetect',
    );
    expect(detect.from.at).toBe('2017-01-31T17:00:00.000Z');
    expect(detect.seconds).toBe((5 * 60 + 27) * 60);
  });

  it('prints the times in the meeting’s 12-hour clock when the meeting keeps one', async () => {
    const { runOnDb, importBundle } = cliSandbox();
    await importBundle('twelve-hour', (bundle) => {
      bundle.meeting.clockFormat = '12h';
    });
    const { code, stdout } = await runOnDb([
      'meeting',
      'set',
      'INC-123',
      '--zone',
      'UTC',
      '--started',
      '2017-01-31 18:00',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('  started   2017-01-31 6:00:00 PM\n');
  });

  it('names the option whose time cannot be read, and changes nothing', async () => {
    const { runOnDb, importExample } = cliSandbox();
    await importExample('firmware-packet-drop');
    const { code, stderr } = await runOnDb([
      'meeting',
      'set',
      'INC-3107',
      '--summary',
      'x',
      '--started',
      '70131-02-01T18:00',
    ]);
    expect(code).not.toBe(0);
    expect(stderr).toContain('Nothing changed: a time cannot be read.');
    expect(stderr).toContain('--started: “70131-02-01T18:00” is not a time');
    const after = await runOnDb(['meeting', 'set', 'INC-3107', '--title', 'Renamed']);
    expect(after.stdout).not.toContain('summary   x');
  });
});
