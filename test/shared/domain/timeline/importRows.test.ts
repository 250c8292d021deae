import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_CHARS } from '../../../../shared/domain/timeline/importLimits';
import { planImport } from '../../../../shared/domain/timeline/sources/planImport';
import { readImport } from '../../../../shared/domain/timeline/sources/registry';
import type { ReadContext } from '../../../../shared/domain/timeline/sources/types';

const BERLIN: ReadContext = {
  timeZone: 'Europe/Berlin',
  incidentStartAt: Date.UTC(2026, 2, 5, 8, 0, 0),
  now: Date.UTC(2026, 5, 1),
};
const iso = (ms: number) => new Date(ms).toISOString();

/** The generic readings (text, CSV, JSON) of one pasted text, as every import path reads it. */
function parseImportText(text: string, reading: 'text' | 'csv' | 'json', context: ReadContext) {
  const { candidates, errors } = readImport([{ name: '', text }], context, reading);
  return { rows: candidates, errors };
}

describe('parseImportText', () => {
  it('reads pasted lines with a leading time, an optional kind and the text', () => {
    const text = [
      '09:31:05 alert fired: high_api_latency',
      '',
      '# comments and empty lines are skipped',
      '09:40 [detection] On-call acknowledges',
      '+5m - mitigation: Traffic drained from zone b',
      '9:52 pm | recovery: Error rate back to normal',
    ].join('\n');
    const { rows, errors } = parseImportText(text, 'text', BERLIN);
    expect(errors).toEqual([]);
    expect(rows.map((row) => [row.line, iso(row.at), row.kind, row.description])).toEqual([
      [1, '2026-03-05T08:31:05.000Z', 'other', 'alert fired: high_api_latency'],
      [4, '2026-03-05T08:40:00.000Z', 'detection', 'On-call acknowledges'],
      [5, '2026-03-05T08:45:00.000Z', 'mitigation', 'Traffic drained from zone b'],
      [6, '2026-03-05T20:52:00.000Z', 'recovery', 'Error rate back to normal'],
    ]);
  });

  it('reads a pasted log over midnight as the next day, says so, and counts +20m from the rolled-over time', () => {
    const evening: ReadContext = { timeZone: 'UTC', incidentStartAt: Date.UTC(2017, 0, 31, 18, 0), now: 0 };
    const text = ['23:50 replica lag alert', '00:10 wrong directory wiped', '+20m backups found empty', '09:40 restore done'];
    const { rows, errors } = parseImportText(text.join('\n'), 'text', evening);
    expect(errors).toEqual([]);
    expect(rows.map((row) => [iso(row.at), row.time])).toEqual([
      ['2017-01-31T23:50:00.000Z', null],
      ['2017-02-01T00:10:00.000Z', { kind: 'rolled-over', day: '2017-02-01' }],
      ['2017-02-01T00:30:00.000Z', null],
      ['2017-02-01T09:40:00.000Z', null],
    ]);
  });

  it('keeps a line a little out of order on its day, and one 13 hours on goes forward', () => {
    const morning: ReadContext = { timeZone: 'UTC', incidentStartAt: Date.UTC(2017, 0, 31, 9, 0), now: 0 };
    const { rows } = parseImportText('09:40 a\n09:05 b\n23:50 c\n13:00 d', 'text', morning);
    expect(rows.map((row) => [iso(row.at), row.time])).toEqual([
      ['2017-01-31T09:40:00.000Z', null],
      ['2017-01-31T09:05:00.000Z', { kind: 'backwards', previousAt: Date.UTC(2017, 0, 31, 9, 40) }],
      ['2017-01-31T23:50:00.000Z', null],
      ['2017-02-01T13:00:00.000Z', { kind: 'rolled-over', day: '2017-02-01' }],
    ]);
  });

  it('places the first line by the incident start, and reads a repeated DST hour forward', () => {
    // Berlin, 25 Oct 2026: 03:00 CEST became 02:00 CET; 02:50 CEST is 00:50 UTC.
    const fallBack: ReadContext = {
      timeZone: 'Europe/Berlin',
      incidentStartAt: Date.UTC(2026, 9, 24, 22, 0),
      now: 0,
    };
    const { rows } = parseImportText('02:50 first\n02:10 second', 'text', fallBack);
    expect(rows.map((row) => [iso(row.at), row.time])).toEqual([
      ['2026-10-25T00:50:00.000Z', { kind: 'repeated', chosen: 'earlier', earlier: Date.UTC(2026, 9, 25, 0, 50), later: Date.UTC(2026, 9, 25, 1, 50), by: 'order' }],
      ['2026-10-25T01:10:00.000Z', { kind: 'repeated', chosen: 'later', earlier: Date.UTC(2026, 9, 25, 0, 10), later: Date.UTC(2026, 9, 25, 1, 10), by: 'order' }],
    ]);
    const earlyStart = { ...fallBack, incidentStartAt: Date.UTC(2017, 1, 1, 3, 0), timeZone: 'UTC' };
    expect(parseImportText('22:00 first\n08:30 second', 'text', earlyStart).rows.map((row) => [iso(row.at), row.time])).toEqual([
      ['2017-01-31T22:00:00.000Z', { kind: 'day-before', day: '2017-01-31' }],
      ['2017-02-01T08:30:00.000Z', { kind: 'rolled-over', day: '2017-02-01' }],
    ]);
    const lateStart = { ...fallBack, incidentStartAt: Date.UTC(2017, 0, 31, 23, 27), timeZone: 'UTC' };
    expect(parseImportText('00:36 first', 'text', lateStart).rows[0]).toMatchObject({
      at: Date.UTC(2017, 1, 1, 0, 36),
      time: { kind: 'rolled-over', day: '2017-02-01' },
    });
  });

  it('reports every unreadable line with its number and reason', () => {
    const text = ['09:31 fine', 'alert fired without a time', '25:61 bad clock', '09:45'].join('\r\n');
    const { rows, errors } = parseImportText(text, 'text', BERLIN);
    expect(rows).toHaveLength(1);
    expect(errors).toEqual([
      { line: 2, message: 'does not start with a time (e.g. 09:31:05)' },
      { line: 3, message: '25:61 is not a time of day.' },
      { line: 4, message: 'no description' },
    ]);
  });

  it('maps CSV columns by their common names, whatever their order and case', () => {
    const csv = [
      'Message,Timestamp,Type,Team,URL,Outcome',
      '"Pods restarted, one by one",2026-03-05T09:25:30Z,Mitigation attempt,Payments SRE,https://x.example/1,No effect',
      'Alert on p99 latency,2026-03-05 10:05,alert,Monitoring,,',
    ].join('\n');
    const { rows, errors } = parseImportText(csv, 'csv', BERLIN);
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({
      line: 2,
      at: Date.UTC(2026, 2, 5, 9, 25, 30),
      kind: 'mitigation-attempt',
      outcome: 'no-effect',
      description: 'Pods restarted, one by one',
      actor: 'Payments SRE',
      evidence: 'https://x.example/1',
    });
    expect(rows[1]).toMatchObject({ line: 3, at: Date.UTC(2026, 2, 5, 9, 5), kind: 'alert', outcome: null });
  });

  it('refuses a CSV without time or description columns and names the accepted names', () => {
    const { rows, errors } = parseImportText('moment,note\n09:31,hello', 'csv', BERLIN);
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      {
        line: 0,
        message:
          'No time column (name it one of: time, at, timestamp, date, datetime, when). ' +
          'No description column (name it one of: description, text, message, summary, event, what).',
      },
    ]);
  });

  it('reports bad dates and unknown kinds in a CSV by line', () => {
    const csv =
      'time,description,kind\n2026-02-30 09:00,Bad day,alert\n09:10,Typo kind,alrt\n09:20,Good,alert';
    const { rows, errors } = parseImportText(csv, 'csv', BERLIN);
    expect(rows.map((row) => row.line)).toEqual([4]);
    expect(errors).toEqual([
      { line: 2, message: '2026-02-30 09:00 is not a real date.' },
      { line: 3, message: '“alrt” is not an event kind (e.g. alert, detection, mitigation)' },
    ]);
  });

  it('reads a JSON array or { events }, with epoch seconds or milliseconds as time', () => {
    const json = JSON.stringify({
      events: [
        { at: 1772703000, text: 'From seconds' },
        { timestamp: 1772703060000, description: 'From milliseconds', kind: 'detection' },
        'not an object',
      ],
    });
    const { rows, errors } = parseImportText(json, 'json', BERLIN);
    expect(rows.map((row) => [iso(row.at), row.kind])).toEqual([
      ['2026-03-05T09:30:00.000Z', 'other'],
      ['2026-03-05T09:31:00.000Z', 'detection'],
    ]);
    expect(errors).toEqual([{ line: 3, message: 'is not an object with time and description' }]);
  });

  it('reads a time written in UTC or GMT (or with an offset of whole hours) in that zone, not the meeting’s', () => {
    const text = [
      '2025-10-26 09:30:00 UTC alert fired',
      '2025-10-26 09:31 GMT: paged',
      '09:32 Z detection: acknowledged',
      '2025-10-26 09:33:00 UTC+2 failover started',
      '2025-10-26 09:34 GMT-05:00 | vendor notified',
      '09:35 UTC+05:30 call with the Bangalore team',
      '2025-10-26 09:36 UTCish clock text stays text',
    ].join('\n');
    const { rows, errors } = parseImportText(text, 'text', BERLIN);
    expect(rows.map((row) => [row.line, iso(row.at), row.kind, row.description])).toEqual([
      [1, '2025-10-26T09:30:00.000Z', 'other', 'alert fired'],
      [2, '2025-10-26T09:31:00.000Z', 'other', 'paged'],
      [3, '2025-10-26T09:32:00.000Z', 'detection', 'acknowledged'],
      [4, '2025-10-26T07:33:00.000Z', 'other', 'failover started'],
      [5, '2025-10-26T14:34:00.000Z', 'other', 'vendor notified'],
      // Berlin's 09:36 (CET, the clocks went back that night) is 08:36 UTC.
      [7, '2025-10-26T08:36:00.000Z', 'other', 'UTCish clock text stays text'],
    ]);
    expect(errors).toEqual([
      { line: 6, message: '“UTC+05:30” is not a zone to read (use whole hours, e.g. UTC+2)' },
    ]);
  });

  it('names the line a CSV row is on in the file, past empty lines and notes over several lines', () => {
    const csv = 'time,description\n09:30,Alert fired\n,\n\n09:40,Paged\nlater,Bad time';
    expect(parseImportText(csv, 'csv', BERLIN).errors).toEqual([
      { line: 6, message: expect.stringContaining('“later” is not a time') },
    ]);
    const notes = [
      'time,description,kind',
      '09:30,"Disk alert',
      'on db-1, db-2',
      '',
      'and db-3",alert',
      '',
      '09:40,Paged,alrt',
      '09:50,"Replica lags\r\nby 300s",detection,extra',
    ].join('\r\n');
    const { rows, errors } = parseImportText(notes, 'csv', BERLIN);
    expect(rows.map((row) => row.line)).toEqual([2, 8]);
    expect(errors).toEqual([
      { line: 7, message: '“alrt” is not an event kind (e.g. alert, detection, mitigation)' },
      { line: 8, message: 'Too many fields: expected 3 fields but parsed 4' },
    ]);
  });

  it('says plainly when JSON is malformed, the file is binary or too large', () => {
    expect(parseImportText('[{"time": "09:31",', 'json', BERLIN).errors[0]?.message).toMatch(
      /^Not valid JSON: /,
    );
    expect(parseImportText('PNG\u0000\u0001\u0002', 'text', BERLIN).errors).toEqual([
      { line: 0, message: 'This is not a text file (it contains binary data).' },
    ]);
    const huge = 'x'.repeat(MAX_IMPORT_CHARS + 1);
    expect(parseImportText(huge, 'text', BERLIN).errors[0]?.message).toBe(
      'The file is about 5.1 MB; an import reads at most 5 MB.',
    );
    expect(parseImportText('x'.repeat(5_420_000), 'text', BERLIN).errors[0]?.message).toBe(
      'The file is about 5.5 MB; an import reads at most 5 MB.',
    );
  });
});

describe('planImport', () => {
  it('drops rows with the same time and text as an existing event or an earlier row', () => {
    const { rows } = parseImportText('09:31 Alert fired\n09:31 Alert fired\n09:32 Alert fired', 'text', BERLIN);
    const existing = [{ at: Date.UTC(2026, 2, 5, 8, 32), description: 'Alert fired' }];
    const plan = planImport(rows, {}, existing);
    expect(plan.toImport.map((row) => row.line)).toEqual([1]);
    expect(plan.rows.map((planned) => planned.status.kind)).toEqual(['import', 'duplicate', 'duplicate']);
  });
});
