import { describe, expect, it } from 'vitest';
import { readImport } from '../../../../../shared/domain/timeline/sources/registry';
import { BERLIN, fixture, iso } from './fixtures';

describe('chat pastes', () => {
  it('reads `[09:31] name: text` lines, rolling over past midnight and saying so', () => {
    const reading = readImport([fixture('chat/irc.txt')], BERLIN);
    expect(reading.reading).toBe('chat');
    expect(reading.candidates.map((row) => [iso(row.at), row.person, row.time])).toEqual([
      // An integration is no one to map to a role: its name stays with its words.
      ['2025-10-25T21:40:00Z', null, null],
      ['2025-10-25T21:42:00Z', 'dana', null],
      ['2025-10-25T21:58:00Z', 'lee', null],
      ['2025-10-25T22:20:00Z', 'lee', { kind: 'rolled-over', day: '2025-10-26' }],
      ['2025-10-25T22:21:00Z', 'sami', null],
    ]);
  });

  it("reads Teams' dated 12-hour lines, taking a repeated fall-back hour in the order of the log", () => {
    const rows = readImport([fixture('chat/teams.txt')], BERLIN).candidates;
    expect(rows.map((row) => [iso(row.at), row.person, row.time?.kind ?? null])).toEqual([
      ['2025-10-25T23:55:00Z', 'Dana Kim', null],
      // 02:30 happened twice that night; the earlier is taken…
      ['2025-10-26T00:30:00Z', 'Lee Park', 'repeated'],
      // …and 02:10 after it can only be the second 02:10 (CET), or the log would go backwards.
      ['2025-10-26T01:10:00Z', 'Sami Okafor', 'repeated'],
    ]);
    expect(rows[2]?.time).toMatchObject({ chosen: 'later' });
  });

  it("reads Slack's two-line copy (`Name  11:48 PM`, then the message, over several lines)", () => {
    const rows = readImport([fixture('chat/slack-copy.txt')], BERLIN).candidates;
    expect(rows.map((row) => [iso(row.at), row.person, row.kind, row.description])).toEqual([
      ['2025-10-25T21:48:00Z', 'Dana Kim', 'other', 'can someone page storage? the primary disk is full'],
      ['2025-10-25T21:49:00Z', 'Sami Okafor', 'escalation', 'paging storage now'],
      ['2025-10-25T22:03:00Z', 'Lee Park', 'mitigation-attempt', 'rolled back the orders-api deploy to v2.13.2'],
    ]);
    expect(rows[2]?.time).toEqual({ kind: 'rolled-over', day: '2025-10-26' });
  });
});

describe('pasted lines (issue 12, item 1)', () => {
  it('rolls `23:50`, `00:10`, `+20m` over to the next day and flags the row that crossed midnight', () => {
    const reading = readImport([{ name: '', text: '23:50 Disk alert\n00:10 Failover started\n+20m Failover done' }], BERLIN);
    expect(reading.reading).toBe('text');
    expect(reading.candidates.map((row) => [iso(row.at), row.time])).toEqual([
      ['2025-10-25T21:50:00Z', null],
      ['2025-10-25T22:10:00Z', { kind: 'rolled-over', day: '2025-10-26' }],
      ['2025-10-25T22:30:00Z', null],
    ]);
  });

  it('flags a dated row earlier than the row above it, and keeps its time', () => {
    const text = '2025-10-25 23:50 Disk alert\n2025-10-25 23:40 Earlier note typed later';
    const rows = readImport([{ name: '', text }], BERLIN).candidates;
    expect(rows[1]).toMatchObject({ at: Date.UTC(2025, 9, 25, 21, 40), time: { kind: 'backwards', previousAt: Date.UTC(2025, 9, 25, 21, 50) } });
  });

  it('tells apps and bots from people: no one to map, their name kept with their words', () => {
    const rows = readImport([fixture('chat/slack-copy-with-apps.txt')], BERLIN).candidates;
    expect(rows.map((row) => [row.person, row.kind, row.description])).toEqual([
      ['Dana Kim', 'other', 'can someone page storage? the primary disk is full'],
      [null, 'alert', 'PagerDuty: Triggered #2041 Orders DB disk full on db-primary-1'],
      ['Sami Okafor', 'escalation', 'paging storage now'],
      [null, 'alert', 'deploy-bot: orders-api v2.13.2 rolled out to 100 %'],
      // A person whose name ends in "bot" stays a person.
      ['Lee Talbot', 'other', 'looking at the disk graphs'],
    ]);
  });
});
