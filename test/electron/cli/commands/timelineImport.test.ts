import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { READING_IDS } from '../../../../shared/domain/timeline/sources/registry';
import { cliSandbox } from '../../../helpers/runHindsight';
import { FIXTURES, slackDay, slackWorkspaceZip } from '../../../shared/domain/timeline/sources/fixtures';

const CACHE = 'cache-invalidation-misconfiguration';
/** The cache example's event log holds 21 events. */
const EXAMPLE_EVENTS = 21;

const GOOD_CSV = [
  'time,description,kind,actor',
  '2026-03-05T09:00:00Z,Pricing job deployed,other,Catalog team',
  '2026-03-05T09:05:00Z,Cache hit ratio dashboard checked,diagnosis,Platform Edge',
  '',
].join('\n');

const BAD_CSV = [
  'time,description,kind',
  '2026-03-05T09:00:00Z,Pricing job deployed,other',
  'yesterday-ish,A time nobody can read,alert',
  '2026-03-05T09:05:00Z,A kind nobody knows,frobnicated',
  '',
].join('\n');

async function sandboxWith(files: Record<string, string | Buffer>) {
  const sandbox = cliSandbox();
  await sandbox.importExample(CACHE);
  for (const [name, content] of Object.entries(files))
    fs.writeFileSync(path.join(sandbox.folder, name), content);
  const liveEvents = async () =>
    (await sandbox.records('INC-2291')).timeline.filter((event) => event.deletedAt === null);
  const before = new Set((await liveEvents()).map((event) => event.id));
  /** The events the commands run since added (the example's own are marked imported too). */
  const addedEvents = async () => (await liveEvents()).filter((event) => !before.has(event.id));
  return { ...sandbox, liveEvents, addedEvents };
}

describe('hindsight timeline import', () => {
  it('adds the events of a CSV file, reading the format from its name, marked as imported', async () => {
    const { runOnDb, liveEvents } = await sandboxWith({ 'alerts.csv': GOOD_CSV });
    expect(await runOnDb(['timeline', 'import', 'INC-2291', 'alerts.csv'])).toEqual({
      code: 0,
      stdout:
        'Added 2 events from alerts.csv to “Stale product data after cache TTL change” (INC-2291).\n' +
        'Read as CSV with a header row, 2 rows → 2 events.\n',
      stderr: '',
    });
    const events = await liveEvents();
    expect(events).toHaveLength(EXAMPLE_EVENTS + 2);
    expect(events.find((event) => event.description === 'Cache hit ratio dashboard checked')).toMatchObject({
      at: Date.parse('2026-03-05T09:05:00Z'),
      kind: 'diagnosis',
      actor: 'Platform Edge',
      source: 'imported',
    });
  });

  it('reads several files together: merged in time order, of a fact both tell the earlier row added', async () => {
    const { runOnDb, addedEvents } = await sandboxWith({
      'slack.zip': Buffer.from(slackWorkspaceZip()),
      'log_entries.json': fs.readFileSync(path.join(FIXTURES, 'pagerduty/log_entries.json')),
    });
    const args = ['timeline', 'import', 'INC-2291', 'slack.zip', 'log_entries.json', '--format', 'slack:inc-2041-orders-db,pagerduty'];
    const { code, stdout, stderr } = await runOnDb(args);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const lines = stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'Added 10 events from slack.zip, log_entries.json to “Stale product data after cache TTL change” (INC-2291).',
      'Read as Slack workspace export, #inc-2041-orders-db, 13 messages + PagerDuty incident log (REST log_entries), 6 log entries → 10 events.',
    ]);
    expect(stdout).toContain('Left out 2 rows another file tells too (the earlier of each is added).');
    const added = await addedEvents();
    // 7 messages and 5 log entries that are not chatter, less the trigger and the resolve told twice.
    expect(added).toHaveLength(10);
    expect(added.filter((event) => /Triggered|Resolved/.test(event.description)).map((event) => event.description).sort()).toEqual([
      'PagerDuty: Resolved #2041: Orders DB replication lag > 300s',
      'PagerDuty: Triggered: #2041 Orders DB replication lag > 300s: Service: orders-db',
    ]);
  });

  it("reads one channel's Slack day files named together as one channel export", async () => {
    const day = (name: string) => fs.readFileSync(path.join(FIXTURES, 'slack-workspace/inc-2041-orders-db', name));
    const { runOnDb, addedEvents } = await sandboxWith({ '2025-10-25.json': day('2025-10-25.json'), '2025-10-26.json': day('2025-10-26.json') });
    const { code, stdout, stderr } = await runOnDb(['timeline', 'import', 'INC-2291', '2025-10-26.json', '2025-10-25.json']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout.split('\n').slice(0, 2)).toEqual([
      'Added 7 events from 2025-10-25.json – 2025-10-26.json to “Stale product data after cache TTL change” (INC-2291).',
      'Read as Slack channel export, 13 messages → 7 events.',
    ]);
    expect(stdout).not.toContain('another file tells too');
    expect(await addedEvents()).toHaveLength(7);
  });

  it('refuses a --format list that does not name one format per file, and adds nothing', async () => {
    const { runOnDb, addedEvents } = await sandboxWith({ 'a.csv': GOOD_CSV, 'b.csv': GOOD_CSV, 'c.csv': GOOD_CSV });
    expect(await runOnDb(['timeline', 'import', 'INC-2291', 'a.csv', 'b.csv', 'c.csv', '--format', 'csv,csv'])).toMatchObject({
      code: 1,
      stderr: 'hindsight: --format names 2 formats for 3 files: give one, or one per file.\n',
    });
    expect(await addedEvents()).toEqual([]);
  });

  it('leaves out events already in the log and says how many', async () => {
    const { runOnDb, liveEvents } = await sandboxWith({ 'alerts.csv': GOOD_CSV });
    await runOnDb(['timeline', 'import', 'INC-2291', 'alerts.csv']);
    const again = await runOnDb(['timeline', 'import', 'INC-2291', 'alerts.csv']);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(
      'Added 0 events from alerts.csv to “Stale product data after cache TTL change” (INC-2291).\n' +
        'Read as CSV with a header row, 2 rows → 0 events.\n' +
        'Left out 2 rows already in the event log (same time and text).\n',
    );
    expect(await liveEvents()).toHaveLength(EXAMPLE_EVENTS + 2);
  });

  it('says which rows it cut to fit the event log, of those it added, in text and in --json', async () => {
    const long = 'Replica lag climbed past the alert threshold '.repeat(130);
    const day = slackDay(long, 'Pager acknowledged');
    const { runOnDb, addedEvents } = await sandboxWith({ [day.name]: day.files[0]!.text });
    const run = await runOnDb(['timeline', 'import', 'INC-2291', day.name, '--format', 'slack']);
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n')).toContain(
      'Shortened to fit the event log: message 1: text cut at 5,000 characters.',
    );
    const cut = (await addedEvents()).find((event) => event.description.startsWith('Replica lag'));
    expect(cut?.description).toHaveLength(5_000);

    const again = await runOnDb(['timeline', 'import', 'INC-2291', day.name, '--format', 'slack', '--json']);
    // Both rows are in the log already: nothing was added, so nothing was cut.
    expect(JSON.parse(again.stdout)).toMatchObject({ added: 0, duplicates: 2, fitted: '' });
  });

  it('reads one event per line with --format text, whatever the file is called', async () => {
    const pasted = '2026-03-05 10:40 Rollback proposed in the incident channel\n+5m Rollback approved\n';
    const { runOnDb, liveEvents } = await sandboxWith({ 'chat.log': pasted });
    const { code, stdout } = await runOnDb([
      'timeline',
      'import',
      'inc-2291',
      'chat.log',
      '--format',
      'text',
    ]);
    expect({ code, stdout }).toMatchObject({ code: 0, stdout: expect.stringContaining('Added 2 events') });
    const approved = (await liveEvents()).find((event) => event.description === 'Rollback approved');
    // "+5m" counts from the row before it; times without a zone are read in the meeting's (Berlin, UTC+1).
    expect(approved?.at).toBe(Date.parse('2026-03-05T09:45:00Z'));
  });

  it('prints every unreadable row with its line number, exits 1 and adds nothing', async () => {
    const { runOnDb, liveEvents } = await sandboxWith({ 'export.csv': BAD_CSV });
    const { code, stdout, stderr } = await runOnDb(['timeline', 'import', 'INC-2291', 'export.csv']);
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr.trimEnd().split('\n')).toEqual([
      'hindsight: Nothing imported: 2 rows cannot be read.',
      expect.stringMatching(/^line 3: “yesterday-ish” is not a time/),
      expect.stringMatching(/^line 4: “frobnicated” is not an event kind/),
    ]);
    expect(await liveEvents()).toHaveLength(EXAMPLE_EVENTS);
  });

  it('adds the readable rows with --skip-bad-rows and lists the ones it skipped', async () => {
    const { runOnDb, liveEvents } = await sandboxWith({ 'export.csv': BAD_CSV });
    const { code, stdout } = await runOnDb([
      'timeline',
      'import',
      'INC-2291',
      'export.csv',
      '--skip-bad-rows',
    ]);
    expect(code).toBe(0);
    expect(stdout.trimEnd().split('\n')).toEqual([
      'Added 1 event from export.csv to “Stale product data after cache TTL change” (INC-2291).',
      'Read as CSV with a header row, 3 rows → 1 event.',
      'Skipped 2 rows that cannot be read:',
      expect.stringMatching(/^ {2}line 3: “yesterday-ish” is not a time/),
      expect.stringMatching(/^ {2}line 4: “frobnicated” is not an event kind/),
    ]);
    expect(await liveEvents()).toHaveLength(EXAMPLE_EVENTS + 1);
  });

  it('asks for --repeated-hour when the rows around a time in the repeated hour cannot place it', async () => {
    // Read in the meeting's zone, Berlin: on 26 Oct 2025 the clocks went back at 03:00, so 02:10 happened twice.
    const FALL_BACK_CSV = 'time,description\n2025-10-26 01:50,Disk alert\n2025-10-26 02:10,Paged\n2025-10-26 03:05,Resolved\n';
    const { runOnDb, addedEvents } = await sandboxWith({ 'night.csv': FALL_BACK_CSV });
    const refused = await runOnDb(['timeline', 'import', 'INC-2291', 'night.csv']);
    expect({ code: refused.code, stdout: refused.stdout }).toEqual({ code: 1, stdout: '' });
    expect(refused.stderr.trimEnd().split('\n')).toEqual([
      'hindsight: Nothing imported: 1 row is at a time the clock showed twice, and the order of the log does not tell which: pick the first or the second.',
      'line 3: happened twice (the clocks went back): “First 02:10:00 (UTC+02:00)” or “Second 02:10:00 (UTC+01:00)”?',
      'Give --repeated-hour first or --repeated-hour second to read every such time that way.',
    ]);
    expect(await addedEvents()).toEqual([]);

    const bad = await runOnDb(['timeline', 'import', 'INC-2291', 'night.csv', '--repeated-hour', 'latest']);
    expect({ code: bad.code, stderr: bad.stderr }).toEqual({
      code: 1,
      stderr: 'hindsight: --repeated-hour: “latest” is not first or second.\n',
    });
    const first = await runOnDb(['timeline', 'import', 'INC-2291', 'night.csv', '--repeated-hour', 'first', '--json']);
    expect(JSON.parse(first.stdout)).toMatchObject({ added: 3 });
    const paged = () => addedEvents().then((events) => events.filter((event) => event.description === 'Paged'));
    expect((await paged()).map((event) => new Date(event.at).toISOString())).toEqual(['2025-10-26T00:10:00.000Z']);
    // The second reading is another instant, so another event: the first import's stay as they were.
    const second = await runOnDb(['timeline', 'import', 'INC-2291', 'night.csv', '--repeated-hour', 'Second']);
    expect(second.code).toBe(0);
    expect((await paged()).map((event) => new Date(event.at).toISOString())).toEqual([
      '2025-10-26T00:10:00.000Z',
      '2025-10-26T01:10:00.000Z',
    ]);
  });

  it('refuses a binary file as a whole, even with --skip-bad-rows', async () => {
    const { runOnDb, liveEvents } = await sandboxWith({
      'photo.csv': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]),
    });
    const { code, stderr } = await runOnDb([
      'timeline',
      'import',
      'INC-2291',
      'photo.csv',
      '--skip-bad-rows',
    ]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      'hindsight: Nothing imported: the input cannot be read.\nThis is not a text file (it contains binary data).\n',
    );
    expect(await liveEvents()).toHaveLength(EXAMPLE_EVENTS);
  });

  it('refuses a real file over 50 MB before reading it, naming the limit, and adds nothing', async () => {
    const { runOnDb, liveEvents, folder } = await sandboxWith({});
    const file = path.join(folder, 'pager-export.log');
    // A real file on disk, as the issue asks: 3.1 million readable lines, about 56 MB.
    fs.writeFileSync(file, Buffer.alloc(56_000_000, '09:31 Alert fired\n'));
    expect(fs.statSync(file).size).toBeGreaterThan(50_000_000);
    expect(await runOnDb(['timeline', 'import', 'INC-2291', 'pager-export.log', '--format', 'text'])).toEqual(
      {
        code: 1,
        stdout: '',
        stderr: `hindsight: Nothing imported: ${file} is about 56 MB; an import reads at most 5 MB.\n`,
      },
    );
    expect(await liveEvents()).toHaveLength(EXAMPLE_EVENTS);
  });

  it('exits 1 for an unknown format or a missing file without opening a database', async () => {
    const { run, dbPath, folder } = cliSandbox();
    fs.writeFileSync(path.join(folder, 'events.csv'), GOOD_CSV);
    expect(
      await run(['--db', dbPath, 'timeline', 'import', 'INC-1', 'events.csv', '--format', 'xml']),
    ).toEqual({
      code: 1,
      stdout: '',
      stderr: `hindsight: unsupported format “xml” (supported: ${READING_IDS.join(', ')}).\n`,
    });
    expect(await run(['--db', dbPath, 'timeline', 'import', 'INC-1', 'nowhere.csv'])).toMatchObject({
      code: 1,
      stderr: `hindsight: Cannot read ${path.join(folder, 'nowhere.csv')}: no such file.\n`,
    });
    expect(fs.existsSync(dbPath)).toBe(false);
  });
});

/** A tool's export, what the CLI must say it read it as, and one event it must add as the tool logged it. */
const TOOL_EXPORTS = [
  {
    file: 'slack-export.zip',
    read: '13 messages',
    label: 'Slack workspace export, #inc-2041-orders-db',
    added: 7,
    event: { at: '2025-10-25T21:58:00Z', description: 'Decision: we fail over to the replica in zone b', kind: 'decision' },
  },
  {
    file: 'pagerduty/log_entries.json',
    read: '6 log entries',
    label: 'PagerDuty incident log (REST log_entries)',
    added: 5,
    event: { at: '2025-10-25T21:50:00Z', description: 'Escalated to level 2 (Storage escalation)', kind: 'escalation' },
  },
  {
    file: 'slack-workspace/inc-2041-orders-db/2025-10-26.json',
    read: '5 messages',
    label: 'Slack channel export',
    added: 3,
    event: { at: '2025-10-25T22:20:00Z', description: 'failover done, writes going to the new primary', kind: 'mitigation-attempt', actor: '' },
  },
  {
    file: 'pagerduty/log_entries-reassigned.json',
    read: '5 log entries',
    label: 'PagerDuty incident log (REST log_entries)',
    added: 5,
    event: { at: '2025-10-25T21:52:00Z', description: 'Reassigned: [#2042] Checkout latency p99 > 2s', kind: 'escalation', actor: '' },
  },
  {
    file: 'pagerduty/incident-log.csv',
    read: '5 log entries',
    label: 'PagerDuty incident log (CSV)',
    added: 5,
    event: { at: '2025-10-26T01:05:00Z', description: 'Resolved', kind: 'recovery' },
  },
  {
    file: 'alertmanager/webhook-receiver.ndjson',
    read: '5 alerts',
    label: 'Alertmanager webhook payloads',
    added: 3,
    event: {
      // The event log keeps whole seconds.
      at: '2025-10-25T21:39:45Z',
      description: 'Firing: OrdersDBReplicationLag on orders-db-1:9187: Replication lag above 300s',
      kind: 'alert',
      actor: 'Storage',
    },
  },
  {
    file: 'opsgenie/alert-logs.json',
    read: '6 log entries',
    label: 'Opsgenie alert log',
    added: 5,
    event: { at: '2025-10-25T21:50:02Z', kind: 'escalation' },
  },
  {
    file: 'grafana/annotations.json',
    read: '5 annotations',
    label: 'Grafana annotations',
    added: 4,
    event: { at: '2025-10-25T21:30:00Z', description: 'Deploy orders-api v2.14.0 [deploy, orders-api]' },
  },
  {
    file: 'chat/teams.txt',
    read: '3 lines',
    label: 'Chat copied from a window',
    added: 3,
    // 02:10 after 02:30 in the night the clocks went back: the second 02:10 (CET).
    event: { at: '2025-10-26T01:10:00Z', description: 'status page updated' },
  },
  {
    file: 'chat/irc.txt',
    read: '5 lines',
    label: 'Chat copied from a window',
    added: 4,
    // Times of day land on the meeting's own incident day; 00:20 after 23:58 on the next.
    event: { description: 'failover done, writes going to the new primary', kind: 'mitigation-attempt' },
    after: { description: 'decided to fail over to zone b', minutes: 22 },
  },
  {
    file: 'chat/slack-copy.txt',
    read: '3 lines',
    label: 'Chat copied from a window',
    added: 3,
    // 12:03 AM after 11:49 PM: just past midnight, on the next day.
    event: { description: 'rolled back the orders-api deploy to v2.13.2', kind: 'mitigation-attempt' },
    after: { description: 'paging storage now', minutes: 14 },
  },
  {
    file: 'json/timestamps.json',
    read: '7 items',
    label: 'JSON array of events',
    added: 7,
    event: { at: '2025-10-26T01:05:00Z', description: 'Lag back under 10s (Postgres timestamptz, +01)', kind: 'recovery' },
  },
  {
    file: 'fall-back-out-of-order.csv',
    read: '6 rows',
    label: 'CSV with a header row',
    added: 6,
    // After 02:50 (CEST) the log allows only the second 02:05, in CET.
    event: { at: '2025-10-26T01:05:00Z', description: 'Writes resume on the replica' },
  },
  {
    file: 'zoned-column.csv',
    read: '5 rows',
    label: 'CSV with a header row',
    added: 5,
  },
];

const PEOPLE = ['Dana Kim', 'Sami Okafor', 'Lee Park', 'dana.kim@example.com', 'dana', 'lee', 'sami', 'U01DANA', 'U03LEE', 'ci-bot'];

describe('hindsight timeline import of a tool’s export', () => {
  it.each(TOOL_EXPORTS)('detects $file as “$label” and adds its events, never a person as actor', async (source) => {
    const name = path.basename(source.file);
    const content = name.endsWith('.zip') ? Buffer.from(slackWorkspaceZip()) : fs.readFileSync(path.join(FIXTURES, source.file));
    const { runOnDb, addedEvents } = await sandboxWith({ [name]: content });
    const { code, stdout, stderr } = await runOnDb(['timeline', 'import', 'INC-2291', name]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain(`Added ${source.added} events from ${name}`);
    expect(stdout).toContain(`Read as ${source.label}, ${source.read} → ${source.added} events.`);
    const imported = await addedEvents();
    expect(imported).toHaveLength(source.added);
    expect(imported.every((event) => event.source === 'imported')).toBe(true);
    expect(imported.filter((event) => PEOPLE.includes(event.actor))).toEqual([]);
    if (source.event) {
      const { at, ...fields } = source.event;
      expect(imported).toContainEqual(expect.objectContaining({ ...(at ? { at: Date.parse(at) } : {}), ...fields }));
    }
    if (source.after) {
      const atOf = (description: string) => imported.find((event) => event.description === description)?.at ?? NaN;
      expect(atOf(source.event!.description!) - atOf(source.after.description)).toBe(source.after.minutes * 60_000);
    }
  });

  it('writes the role or team given with --people as the actor, and names the people left unmapped', async () => {
    const { runOnDb, addedEvents } = await sandboxWith({ 'slack-export.zip': Buffer.from(slackWorkspaceZip()) });
    const { code, stdout } = await runOnDb([
      'timeline',
      'import',
      'INC-2291',
      'slack-export.zip',
      '--people',
      'Dana Kim=Database on-call, Sami Okafor=Storage on-call',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('No actor for Lee Park (people are never written as actors');
    const imported = await addedEvents();
    expect(imported.find((event) => event.description.startsWith('@Sami Okafor can you page'))?.actor).toBe('Database on-call');
    // Lee Park, unmapped, wrote two of the rows added: they have no actor, and the name is none.
    const lees = imported.filter((event) => /^(Decision: we fail over|failover done)/.test(event.description));
    expect(lees.map((event) => event.actor)).toEqual(['', '']);
    expect(new Set(imported.map((event) => event.actor))).toEqual(new Set(['', 'Database on-call']));
  });

  it('remembers the mapping with the meeting: the next import uses it, and --people adds to it', async () => {
    const { runOnDb, addedEvents, records } = await sandboxWith({
      'slack-export.zip': Buffer.from(slackWorkspaceZip()),
      'log_entries.json': fs.readFileSync(path.join(FIXTURES, 'pagerduty/log_entries.json')),
    });
    await runOnDb(['timeline', 'import', 'INC-2291', 'slack-export.zip', '--people', 'Dana Kim=Database on-call']);
    const slack = new Set((await addedEvents()).map((event) => event.id));
    const { code, stdout } = await runOnDb([
      'timeline',
      'import',
      'INC-2291',
      'log_entries.json',
      '--people',
      'Sami Okafor=Storage on-call',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('No actor for Lee Park (');
    const pagerDuty = (await addedEvents()).filter((event) => !slack.has(event.id));
    expect(pagerDuty.find((event) => event.description.startsWith('Acknowledged'))?.actor).toBe('Database on-call');
    expect(pagerDuty.find((event) => event.description.startsWith('Escalated'))?.actor).toBe('Storage on-call');
    const mapping = (await records('INC-2291')).importPeople.map((mapped) => [mapped.person, mapped.role]);
    expect(mapping).toEqual([
      ['Dana Kim', 'Database on-call'],
      ['Sami Okafor', 'Storage on-call'],
    ]);
  });

  it('prints the coach’s wording nudges on the added events, never refusing one, and --json includes them', async () => {
    const chat = [
      '[10:31] dana: restarted the cache nodes one by one',
      '[10:35] lee: Dana forgot to drain the node first',
      '[10:36] sami: ok',
      '',
    ].join('\n');
    const { runOnDb, addedEvents } = await sandboxWith({ 'chat.txt': chat });
    const { code, stdout } = await runOnDb(['timeline', 'import', 'INC-2291', 'chat.txt', '--format', 'chat', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({
      meeting: { incidentId: 'INC-2291' },
      files: ['chat.txt'],
      summary: 'Chat copied from a window, 3 lines → 2 events',
      added: 2,
    });
    expect(json.wording.map((found: { line: number; finding: { category: string; span: string } }) => [
      found.line,
      found.finding.category,
      found.finding.span,
    ])).toEqual([
      [2, 'person-as-cause', 'Dana forgot'],
      [2, 'counterfactual', 'forgot to'],
    ]);
    expect(await addedEvents()).toHaveLength(2);

    const elsewhere = await sandboxWith({ 'chat.txt': chat });
    const text = await elsewhere.runOnDb(['timeline', 'import', 'INC-2291', 'chat.txt', '--format', 'chat']);
    expect(text.stdout.split('\n').slice(1)).toEqual([
      'Read as Chat copied from a window, 3 lines → 2 events.',
      'Left out 1 row as chatter, by --keyword, or with an event already at that second.',
      'No actor for dana, lee, sami (people are never written as actors; give each a role with --people "Name=role").',
      'Wording to look at (the blameless coach, nothing refused): 2 nudges:',
      '  line 2: “Dana forgot” — A person as the cause.',
      '      What allowed this to happen? Describe the action and the system around it rather than who did it.',
      '  line 2: “forgot to” — Hindsight.',
      '      Describe what happened and what people knew then, not what should have happened: what made it look reasonable at the time?',
      '',
    ]);
  });

  it('reads another channel of a workspace export with --format slack:CHANNEL', async () => {
    const { runOnDb } = await sandboxWith({ 'slack-export.zip': Buffer.from(slackWorkspaceZip()) });
    const { stdout } = await runOnDb(['timeline', 'import', 'INC-2291', 'slack-export.zip', '--format', 'slack:general']);
    expect(stdout).toContain('Read as Slack workspace export, #general, ');
  });

  it('refuses a PagerDuty list of incidents, saying what to export instead', async () => {
    const { runOnDb, liveEvents } = await sandboxWith({
      'incidents.csv': fs.readFileSync(path.join(FIXTURES, 'pagerduty/incidents.csv')),
    });
    const { code, stderr } = await runOnDb(['timeline', 'import', 'INC-2291', 'incidents.csv']);
    expect(code).toBe(1);
    expect(stderr).toContain('This is a list of 2 PagerDuty incidents (one row per incident), not an incident\'s timeline.');
    expect(await liveEvents()).toHaveLength(EXAMPLE_EVENTS);
  });
});
