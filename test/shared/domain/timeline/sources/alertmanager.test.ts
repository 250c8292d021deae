import { describe, expect, it } from 'vitest';
import { readImport } from '../../../../../shared/domain/timeline/sources/registry';
import { BERLIN, fixture, iso } from './fixtures';

describe('Alertmanager webhook payloads', () => {
  it('reads firing as alerts and resolved as recoveries, one event per alert however often it was sent', () => {
    const reading = readImport([fixture('alertmanager/webhook-receiver.ndjson')], BERLIN);
    expect(reading.label).toBe('Alertmanager webhook payloads');
    expect(reading.total).toBe(5);
    expect(reading.candidates.map((row) => [iso(row.at), row.kind, row.actor, row.description])).toEqual([
      ['2025-10-25T21:39:45Z', 'alert', 'Storage', 'Firing: OrdersDBReplicationLag on orders-db-1:9187: Replication lag above 300s'],
      ['2025-10-25T21:39:45Z', 'alert', 'Payments', 'Firing: CheckoutErrorRate on checkout: 5xx ratio above 2%'],
      // endsAt with an offset (+02:00); the still-firing alerts' zero endsAt is no event.
      ['2025-10-25T22:04:15Z', 'recovery', 'Storage', 'Resolved: OrdersDBReplicationLag on orders-db-1:9187: Replication lag above 300s'],
    ]);
    expect(reading.candidates[0]?.evidence).toMatch(/^http:\/\/prometheus\.example\.com\/graph/);
  });
});
