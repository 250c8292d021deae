import { describe, expect, it } from 'vitest';
import { readImport } from '../../../../../shared/domain/timeline/sources/registry';
import { BERLIN, fixture, iso } from './fixtures';

describe('Grafana annotations', () => {
  it('reads epoch-ms annotations, regions with their end, tags, and alert states whose text is empty', () => {
    const reading = readImport([fixture('grafana/annotations.json')], BERLIN);
    expect(reading.label).toBe('Grafana annotations');
    expect(reading.candidates.map((row) => [iso(row.at), row.kind, row.chatter, row.description])).toEqual([
      ['2025-10-25T21:30:00Z', 'other', false, 'Deploy orders-api v2.14.0 [deploy, orders-api]'],
      ['2025-10-25T21:38:00Z', 'other', true, 'Orders DB replication lag ok → pending'],
      ['2025-10-25T21:39:45Z', 'alert', false, 'Orders DB replication lag pending → alerting'],
      ['2025-10-25T22:00:00Z', 'mitigation-attempt', false, 'Failover window: writes paused (until 00:20:00) [failover]'],
      ['2025-10-26T00:04:15Z', 'recovery', false, 'Orders DB replication lag alerting → ok'],
    ]);
    // The deploy pipeline's login is no one to map to a role; the person who marked the failover is.
    expect(reading.candidates.map((row) => row.person)).toEqual([null, null, null, 'lee', null]);
  });
});
