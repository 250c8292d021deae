import { describe, expect, it } from 'vitest';
import { readImport } from '../../../../../shared/domain/timeline/sources/registry';
import { BERLIN, fixture, iso } from './fixtures';

describe('Opsgenie alert log', () => {
  it('reads created, acknowledged, escalated and closed, leaving notifications out by default', () => {
    const reading = readImport([fixture('opsgenie/alert-logs.json')], BERLIN);
    expect(reading.label).toBe('Opsgenie alert log');
    expect(reading.candidates.map((row) => [iso(row.at), row.kind, row.chatter, row.person])).toEqual([
      ['2025-10-25T21:40:01Z', 'alert', false, null],
      ['2025-10-25T21:40:31Z', 'other', true, 'dana.kim@example.com'],
      ['2025-10-25T21:42:10Z', 'detection', false, 'dana.kim@example.com'],
      ['2025-10-25T21:50:02Z', 'escalation', false, 'sami.okafor@example.com'],
      ['2025-10-25T22:21:00Z', 'mitigation-attempt', false, 'lee.park@example.com'],
      ['2025-10-26T00:05:05Z', 'recovery', false, 'lee.park@example.com'],
    ]);
  });
});
