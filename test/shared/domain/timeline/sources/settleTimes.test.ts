import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readImport } from '../../../../../shared/domain/timeline/sources/registry';
import type { TimePicks } from '../../../../../shared/domain/timeline/sources/settleTimes';
import { formatEventTime } from '../../../../../shared/domain/timeline/zonedTime';
import { BERLIN, fixture, iso } from './fixtures';

// Berlin, 26 Oct 2025: at 03:00 CEST (01:00 UTC) the clocks went back to 02:00 CET, so every
// 02:xx happened twice: 00:xx UTC (the first, UTC+02:00) and 01:xx UTC (the second, UTC+01:00).
const MINUTE_MS = 60_000;
const FALL_BACK = Date.UTC(2025, 9, 26, 1, 0);

function pasted(text: string, times?: TimePicks, incidentStartAt = Date.UTC(2025, 9, 25, 23, 0)) {
  return readImport([{ name: '', text }], { ...BERLIN, incidentStartAt }, undefined, times).candidates;
}
const readings = (rows: ReturnType<typeof pasted>) =>
  rows.map((row) => [iso(row.at), row.time?.kind === 'repeated' ? `${row.time.chosen} by ${row.time.by}` : (row.time?.kind ?? null)]);

describe('settleTimes: a repeated (fall-back) hour in a pasted log', () => {
  it('infers each reading from the rows above and below when the log goes through the hour twice', () => {
    const rows = pasted('01:50 Disk alert\n02:10 Paged\n02:40 Failover\n02:10 Clocks went back, replica lags\n02:30 Replica caught up\n03:05 Resolved');
    expect(readings(rows)).toEqual([
      ['2025-10-25T23:50:00Z', null],
      // 02:10 and 02:40 before the second 02:10: only their first readings keep the log in order.
      ['2025-10-26T00:10:00Z', 'earlier by order'],
      ['2025-10-26T00:40:00Z', 'earlier by order'],
      ['2025-10-26T01:10:00Z', 'later by order'],
      ['2025-10-26T01:30:00Z', 'later by order'],
      ['2025-10-26T02:05:00Z', null],
    ]);
  });

  it('asks when both readings keep the order, taking the first until the person picks', () => {
    const text = '01:50 Disk alert\n02:10 Paged\n03:05 Resolved';
    expect(readings(pasted(text))).toEqual([
      ['2025-10-25T23:50:00Z', null],
      ['2025-10-26T00:10:00Z', 'earlier by ask'],
      ['2025-10-26T02:05:00Z', null],
    ]);
    expect(readings(pasted(text, { rows: { 2: 'later' } }))[1]).toEqual(['2025-10-26T01:10:00Z', 'later by person']);
  });

  it('takes the reading given for every unplaced time where the order cannot tell, and only there', () => {
    const text = '01:50 Disk alert\n02:10 Paged\n02:40 Failover\n02:10 Replica lags\n02:20 Paged again\n03:05 Resolved';
    expect(readings(pasted(text)).map(([, reading]) => reading)).toEqual([
      null,
      'earlier by order',
      'earlier by order',
      'later by order',
      'later by order',
      null,
    ]);
    const once = '01:50 Disk alert\n02:10 Paged\n02:20 Failover\n03:05 Resolved';
    expect(readings(pasted(once, { unplaced: 'later' }))).toEqual([
      ['2025-10-25T23:50:00Z', null],
      ['2025-10-26T01:10:00Z', 'later by person'],
      // Once 02:10 is the second, only the second 02:20 keeps the log in order.
      ['2025-10-26T01:20:00Z', 'later by order'],
      ['2025-10-26T02:05:00Z', null],
    ]);
    // The row's own pick stands over the one for every row. After the second 02:10, neither 02:40
    // keeps the log in order (the second is after the 02:10 below): the order cannot tell, so the
    // reading given for every such row is taken; the order still places the 02:10 below.
    expect(readings(pasted(text, { rows: { 2: 'later' }, unplaced: 'earlier' })).slice(1, 4)).toEqual([
      ['2025-10-26T01:10:00Z', 'later by person'],
      ['2025-10-26T00:40:00Z', 'earlier by person'],
      ['2025-10-26T01:10:00Z', 'later by order'],
    ]);
  });

  it('takes the person’s reading over the order, and asks again where the order no longer tells', () => {
    const text = '02:10 Paged\n02:40 Failover\n02:10 Replica lags';
    expect(readings(pasted(text))).toEqual([
      ['2025-10-26T00:10:00Z', 'earlier by order'],
      ['2025-10-26T00:40:00Z', 'earlier by order'],
      ['2025-10-26T01:10:00Z', 'later by order'],
    ]);
    // The second 02:40: both 02:10s above fit before it, and neither 02:10 below fits after it.
    expect(readings(pasted(text, { rows: { 2: 'later' } }))).toEqual([
      ['2025-10-26T00:10:00Z', 'earlier by ask'],
      ['2025-10-26T01:40:00Z', 'later by person'],
      ['2025-10-26T01:10:00Z', 'later by ask'],
    ]);
  });

  it('property: a log written in order through the repeated hour reads back as itself wherever the order tells', () => {
    const logs = fc
      .tuple(
        fc.integer({ min: -3 * 60, max: 30 }),
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 12 }),
      )
      .map(([startOffset, gaps]) => {
        let at = FALL_BACK + startOffset * MINUTE_MS;
        return [at, ...gaps.map((gap) => (at += gap * MINUTE_MS))];
      });
    fc.assert(
      fc.property(logs, (truth) => {
        const text = truth.map((at, index) => `${formatEventTime(at, 'Europe/Berlin').slice(0, 5)} event ${index}`).join('\n');
        const rows = pasted(text, undefined, truth[0]);
        expect(rows).toHaveLength(truth.length);
        rows.forEach((row, index) => {
          const at = truth[index]!;
          if (row.time?.kind !== 'repeated') {
            expect(row.at).toBe(at);
            return;
          }
          expect([row.time.earlier, row.time.later]).toContain(at);
          if (row.time.by === 'order') expect(row.at).toBe(at);
          // Otherwise the person is asked, and the reader's reading stands until they pick.
          else expect(row.time.by).toBe('ask');
        });
      }),
    );
  });
});

describe('settleTimes: an export in local time across the fall-back, one row entered late', () => {
  it('places each repeated time by order and flags the late row as going backwards, kept at its time', () => {
    const rows = readImport([fixture('fall-back-out-of-order.csv')], BERLIN).candidates;
    expect(readings(rows)).toEqual([
      ['2025-10-25T23:55:00Z', null],
      ['2025-10-26T00:20:00Z', 'earlier by order'],
      ['2025-10-26T00:50:00Z', 'earlier by order'],
      // After the first 02:50 only the second 02:05 keeps the order; the late row below says nothing.
      ['2025-10-26T01:05:00Z', 'later by order'],
      ['2025-10-25T23:58:00Z', 'backwards'],
      ['2025-10-26T02:30:00Z', null],
    ]);
  });
});
