import { describe, expect, it } from 'vitest';
import { readImport } from '../../../../../shared/domain/timeline/sources/registry';
import { BERLIN, fixture, iso } from './fixtures';

describe('PagerDuty', () => {
  it('reads REST log_entries oldest first, with kinds per entry type and the note text from its channel', () => {
    const reading = readImport([fixture('pagerduty/log_entries.json')], BERLIN);
    expect(reading.label).toBe('PagerDuty incident log (REST log_entries)');
    expect(reading.candidates.map((row) => [iso(row.at), row.kind, row.chatter, row.person, row.description])).toEqual([
      ['2025-10-25T21:40:00Z', 'alert', false, null, 'Triggered: Orders DB replication lag > 300s'],
      ['2025-10-25T21:40:30Z', 'other', true, null, 'Notified: [#2041] Orders DB replication lag > 300s'],
      ['2025-10-25T21:42:00Z', 'detection', false, 'Dana Kim', 'Acknowledged: [#2041] Orders DB replication lag > 300s'],
      ['2025-10-25T21:50:00Z', 'escalation', false, 'Sami Okafor', 'Escalated to level 2 (Storage escalation)'],
      ['2025-10-25T22:21:00Z', 'mitigation-attempt', false, 'Lee Park', 'Note: Failover to zone b complete, replication rebuilding'],
      ['2025-10-26T00:05:00Z', 'recovery', false, 'Lee Park', 'Resolved: [#2041] Orders DB replication lag > 300s'],
    ]);
    expect(reading.candidates[0]?.evidence).toBe('https://example.pagerduty.com/incidents/Q2041/log_entries/R1TRIG');
  });

  it('reads a reassignment as an escalation and a status update by its message, the new assignee named nowhere', () => {
    const reading = readImport([fixture('pagerduty/log_entries-reassigned.json')], BERLIN);
    expect(reading.candidates.map((row) => [iso(row.at), row.kind, row.person, row.description])).toEqual([
      ['2025-10-25T21:44:00Z', 'alert', null, 'Triggered: Checkout latency p99 > 2s'],
      ['2025-10-25T21:45:10Z', 'detection', 'Dana Kim', 'Acknowledged: [#2042] Checkout latency p99 > 2s'],
      ['2025-10-25T21:52:00Z', 'escalation', 'Dana Kim', 'Reassigned: [#2042] Checkout latency p99 > 2s'],
      [
        '2025-10-25T22:05:00Z',
        'communication',
        'Sami Okafor',
        'Status update: Checkout is slow for some customers; orders go through, we are failing the database over',
      ],
      ['2025-10-25T22:30:00Z', 'recovery', 'Sami Okafor', 'Resolved: [#2042] Checkout latency p99 > 2s'],
    ]);
  });

  it("reads the web UI's log CSV with offsets on each row (the DST change included)", () => {
    const reading = readImport([fixture('pagerduty/incident-log.csv')], BERLIN);
    expect(reading.reading).toBe('pagerduty-csv');
    expect(reading.candidates.map((row) => [iso(row.at), row.kind, row.description])).toEqual([
      ['2025-10-25T22:40:00Z', 'alert', 'Triggered: Orders DB replication lag > 300s'],
      ['2025-10-25T22:42:00Z', 'detection', 'Acknowledged'],
      ['2025-10-25T22:50:00Z', 'escalation', 'Escalated'],
      ['2025-10-25T23:21:00Z', 'mitigation-attempt', 'Note: Failover to zone b complete, replication rebuilding'],
      ['2025-10-26T01:05:00Z', 'recovery', 'Resolved'],
    ]);
    // The trigger's agent is the service that raised it: no one to map to a role.
    expect(reading.candidates.map((row) => row.person)).toEqual([null, 'Dana Kim', 'Sami Okafor', 'Lee Park', 'Lee Park']);
  });

  it('reads a log CSV without offsets in the meeting’s zone, the repeated hour settled by the order or asked', () => {
    // Berlin's clocks went back at 03:00 on 2025-10-26: 02:00–02:59 happened twice.
    const csv = [
      'Created At,Type,Summary,Agent,Channel',
      '2025-10-26 01:40:00,Trigger,Orders DB replication lag > 300s,orders-db,API',
      '2025-10-26 02:50:00,Acknowledge,Acknowledged by Dana Kim,Dana Kim,Mobile',
      '2025-10-26 02:10:00,Annotate,Failing over to zone b,Lee Park,Web UI',
      '2025-10-26 02:30:00,Annotate,Replication rebuilding,Lee Park,Web UI',
      '2025-10-26 04:05:00,Resolve,Resolved by Lee Park,Lee Park,Web UI',
    ].join('\n');
    const reading = readImport([{ name: 'log.csv', text: csv }], BERLIN);
    expect(reading.reading).toBe('pagerduty-csv');
    const repeated = (row: (typeof reading.candidates)[number]) =>
      row.time?.kind === 'repeated' ? `${row.time.chosen} by ${row.time.by}` : null;
    expect(reading.candidates.map((row) => [iso(row.at), repeated(row)])).toEqual([
      ['2025-10-25T23:40:00Z', null],
      // 02:50 before a 02:10: only the first 02:50 keeps the log in order.
      ['2025-10-26T00:50:00Z', 'earlier by order'],
      ['2025-10-26T01:10:00Z', 'later by order'],
      // After 02:10 (the second time) only the second 02:30 is in order, too.
      ['2025-10-26T01:30:00Z', 'later by order'],
      ['2025-10-26T03:05:00Z', null],
    ]);

    const [header, trigger, , , rebuilding] = csv.split('\n');
    const alone = readImport([{ name: 'log.csv', text: [header, trigger, rebuilding].join('\n') }], BERLIN);
    // One 02:30 after 01:40: both readings fit, so the person is asked (the earlier shown meanwhile).
    expect(alone.candidates.map((row) => [iso(row.at), repeated(row)])).toEqual([
      ['2025-10-25T23:40:00Z', null],
      ['2025-10-26T00:30:00Z', 'earlier by ask'],
    ]);
  });

  it('says so when a CSV is a list of incidents rather than one incident’s timeline', () => {
    const reading = readImport([fixture('pagerduty/incidents.csv')], BERLIN);
    expect(reading.label).toBe('PagerDuty incident list');
    expect(reading.candidates).toEqual([]);
    expect(reading.errors).toEqual([
      {
        line: 0,
        message:
          "This is a list of 2 PagerDuty incidents (one row per incident), not an incident's timeline. " +
          "Export the incident's log instead: its log_entries from the REST API, or the log CSV from the incident's page.",
      },
    ]);
  });

  it('names the line of a bad row in the log CSV, below a note over several lines', () => {
    const csv = [
      'Created At,Type,Summary,Agent,Channel',
      '2025-10-26 00:40:00 +0200,Trigger,Orders DB replication lag > 300s,orders-db,API',
      '2025-10-26 00:45:00 +0200,Annotate,"Failing over:',
      '',
      'zone b first",Lee Park,Web',
      'soon,Resolve,Resolved,Lee Park,Web',
    ].join('\n');
    const reading = readImport([{ name: 'log.csv', text: csv }], BERLIN);
    expect(reading.candidates.map((row) => row.line)).toEqual([2, 3]);
    expect(reading.errors).toEqual([{ line: 6, message: expect.stringContaining('soon') }]);
  });
});
