import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepInstead, planImport, type ImportChoices } from '../../../../../shared/domain/timeline/sources/planImport';
import { readSources, type ImportSource } from '../../../../../shared/domain/timeline/sources/readSources';
import { readingSummary } from '../../../../../shared/domain/timeline/sources/summary';
import { TWIN_WINDOW_MS } from '../../../../../shared/domain/timeline/sources/twins';
import { BERLIN, fixture, iso } from './fixtures';

const slackDay = fixture('slack-workspace/inc-2041-orders-db/2025-10-25.json');
const nextSlackDay = fixture('slack-workspace/inc-2041-orders-db/2025-10-26.json');
const slack: ImportSource = { name: 'inc-2041-orders-db', files: [slackDay, nextSlackDay], reading: 'slack' };
const pagerDuty: ImportSource = { name: 'log_entries.json', files: [fixture('pagerduty/log_entries.json')] };

const imported = (sources: ImportSource[], choices: ImportChoices = {}) => {
  const reading = readSources(sources, BERLIN);
  return { reading, plan: planImport(reading.candidates, choices, []) };
};

describe('readSources', () => {
  it('merges a Slack export and a PagerDuty log in time order, each row naming its source', () => {
    const { reading } = imported([slack, pagerDuty]);
    expect(reading.errors).toEqual([]);
    expect(readingSummary(reading, 12)).toBe(
      'Slack channel export, 13 messages + PagerDuty incident log (REST log_entries), 6 log entries → 12 events',
    );
    const rows = reading.candidates;
    expect(rows.map((row) => row.line)).toEqual(rows.map((_, index) => index + 1));
    expect(rows.map((row) => row.at)).toEqual([...rows.map((row) => row.at)].sort((a, b) => a - b));
    expect(rows.slice(0, 3).map((row) => [iso(row.at), row.origin?.label, row.origin?.line])).toEqual([
      // The same second: the source given first comes first.
      ['2025-10-25T21:40:00Z', 'Slack channel export', 2],
      ['2025-10-25T21:40:00Z', 'PagerDuty incident log (REST log_entries)', 6],
      ['2025-10-25T21:40:30Z', 'PagerDuty incident log (REST log_entries)', 4],
    ]);
  });

  it('reads one source exactly as it reads alone, without origins', () => {
    const { reading } = imported([pagerDuty]);
    expect(reading.parts).toHaveLength(1);
    expect(reading.label).toBe('PagerDuty incident log (REST log_entries)');
    expect(reading.candidates.every((row) => row.origin === undefined)).toBe(true);
  });

  it('names the file of a row that cannot be read, and refuses a file that cannot be read at all', () => {
    const csv: ImportSource = { name: 'notes.csv', files: [{ name: 'notes.csv', text: 'time,description\n09:31,Fine\nlater,Bad' }] };
    const rowBad = readSources([pagerDuty, csv], BERLIN);
    expect(rowBad.errors).toEqual([expect.objectContaining({ line: 3, where: 'notes.csv, line' })]);
    const fileBad = readSources([pagerDuty, { name: 'photo.txt', files: [{ name: 'photo.txt', text: '' }] }], BERLIN);
    expect(fileBad.errors).toEqual([{ line: 0, message: 'photo.txt: There is nothing to import.' }]);
  });
});

describe('planImport over several sources', () => {
  it('keeps one of the rows two sources tell of one fact, the earliest, and says which is kept', () => {
    const { plan } = imported([slack, pagerDuty]);
    const twins = plan.rows.filter((planned) => planned.status.kind === 'twin');
    // The trigger and the resolve reach Slack through PagerDuty's bot at the same second.
    expect(twins.map(({ candidate, status }) => [candidate.description, status.kind === 'twin' && status.of.description])).toEqual([
      ['Triggered: Orders DB replication lag > 300s', 'PagerDuty: Triggered: #2041 Orders DB replication lag > 300s: Service: orders-db'],
      ['Resolved: [#2041] Orders DB replication lag > 300s', 'PagerDuty: Resolved #2041: Orders DB replication lag > 300s'],
    ]);
    // A person's "ack" five seconds after PagerDuty's acknowledge says other words: both stay.
    expect(plan.toImport.map((row) => row.description)).toContain('ack, looking at the replica dashboards');
    expect(plan.toImport.map((row) => row.description)).toContain('Acknowledged: [#2041] Orders DB replication lag > 300s');
  });

  it('keeps the other row when the person chooses it, and both when both are kept by hand', () => {
    const first = imported([slack, pagerDuty]).plan;
    const pagerTrigger = first.rows.find((planned) => planned.candidate.description.startsWith('Triggered'))!;
    const instead = keepInstead(first, pagerTrigger);
    const chosen = imported([slack, pagerDuty], instead).plan;
    const triggers = chosen.rows.filter((planned) => planned.twinGroup === pagerTrigger.twinGroup);
    expect(triggers.map((planned) => [planned.candidate.origin?.label, planned.status.kind])).toEqual([
      ['Slack channel export', 'excluded'],
      ['PagerDuty incident log (REST log_entries)', 'import'],
    ]);
    const both = imported([slack, pagerDuty], { include: triggers.map((planned) => planned.candidate.line) }).plan;
    expect(both.rows.filter((planned) => planned.twinGroup === pagerTrigger.twinGroup).map((planned) => planned.status.kind)).toEqual([
      'import',
      'import',
    ]);
  });

  it('matches within two minutes by the words of the text, and never two rows of one source', () => {
    const at = Date.UTC(2025, 9, 25, 21, 40);
    const line = (offset: number, text: string) => `${new Date(at + offset).toISOString()},${text}`;
    const csv = (name: string, ...rows: string[]): ImportSource => ({
      name,
      files: [{ name, text: ['time,description', ...rows].join('\n') }],
      reading: 'csv',
    });
    const { plan } = imported([
      csv('a.csv', line(0, 'Firing: OrdersDBReplicationLag on orders-db-1'), line(1_000, 'Firing: OrdersDBReplicationLag on orders-db-2')),
      csv('b.csv', line(90_000, 'OrdersDBReplicationLag firing for orders-db-1'), line(TWIN_WINDOW_MS + 2_000, 'orders-db-2 OrdersDBReplicationLag')),
    ]);
    expect(plan.rows.map((planned) => [planned.candidate.origin?.name, planned.status.kind])).toEqual([
      ['a.csv', 'import'],
      ['a.csv', 'import'],
      ['b.csv', 'twin'],
      // Two minutes and a second after the row it tells again: past the window, kept.
      ['b.csv', 'import'],
    ]);
  });

  it('keeps two rows of one second when their texts share no word: the time alone is no twin', () => {
    const at = Date.UTC(2025, 9, 26, 9, 32);
    const csv = (name: string, offset: number, text: string): ImportSource => ({
      name,
      files: [{ name, text: `time,description\n${new Date(at + offset).toISOString()},${text}` }],
      reading: 'csv',
    });
    const { plan } = imported([
      csv('chat.csv', 123, 'DB primary CPU is at 100%, failing over to replica'),
      csv('pager.csv', 0, 'Acknowledged by Dana'),
      csv('bot.csv', 400, 'Dana acknowledged the page'),
    ]);
    const kinds = new Map(plan.rows.map((planned) => [planned.candidate.origin?.name, planned.status.kind]));
    expect(Object.fromEntries(kinds)).toEqual({
      'chat.csv': 'import',
      'pager.csv': 'import',
      // A word in common at the same second: the bot's copy of the acknowledgement.
      'bot.csv': 'twin',
    });
  });

  it('imports one row of every group of twins and never two rows of one source as twins (property)', () => {
    const start = Date.UTC(2025, 9, 25, 21, 0);
    const row = fc.record({
      offset: fc.integer({ min: 0, max: 15 * 60 }),
      text: fc.constantFrom('Firing: DiskFull on db-1', 'DiskFull resolved', 'ack', 'failover started', 'failover done', 'page storage'),
    });
    const source = fc.array(row, { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(fc.array(source, { minLength: 2, maxLength: 4 }), (sources) => {
        const { reading, plan } = imported(
          sources.map((rows, index) => ({
            name: `s${index}.csv`,
            reading: 'csv',
            files: [
              {
                name: `s${index}.csv`,
                text: ['time,description', ...rows.map((item) => `${new Date(start + item.offset * 1000).toISOString()},${item.text}`)].join('\n'),
              },
            ],
          })),
        );
        expect(reading.errors).toEqual([]);
        const groups = new Map<number, typeof plan.rows>();
        for (const planned of plan.rows) {
          if (planned.twinGroup !== null) groups.set(planned.twinGroup, [...(groups.get(planned.twinGroup) ?? []), planned]);
        }
        for (const members of groups.values()) {
          const origins = members.map((planned) => planned.candidate.origin!.source);
          expect(new Set(origins).size).toBe(origins.length);
          // One is imported; the others are its twins, or the very same time and text (never written twice).
          expect(members.filter((planned) => planned.status.kind === 'import')).toHaveLength(1);
          expect(members.every((planned) => ['import', 'twin', 'duplicate'].includes(planned.status.kind))).toBe(true);
          const times = members.map((planned) => planned.candidate.at);
          expect(Math.max(...times) - Math.min(...times)).toBeLessThanOrEqual(TWIN_WINDOW_MS * (members.length - 1));
        }
        expect(plan.rows.every((planned) => planned.status.kind !== 'twin' || planned.twinGroup !== null)).toBe(true);
      }),
    );
  });
});
