import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Meeting, MeetingRecords } from '../../../../shared/types';
import type { ImportRowsResult } from '../../../../shared/contract/timelineImport';
import { tempDbPath } from '../../../helpers/tempDb';
import { testCore, value } from '../../../helpers/testCore';
import { failure, makeMeetingInput, recordEvents } from '../../../helpers/factories';

async function setup() {
  const { core } = await testCore();
  const meeting = await value<Meeting>(
    core,
    'meetings.create',
    makeMeetingInput({ timeZone: 'Europe/Berlin', startedAt: Date.UTC(2026, 2, 5, 8, 0, 0) }),
  );
  const timeline = async () =>
    (await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id })).timeline;
  const importRows = (text: string, format = 'text', extra: object = {}) =>
    value<ImportRowsResult>(core, 'timeline.importRows', { meetingId: meeting.id, sources: [{ name: '', files: [{ name: '', text }], reading: format }], ...extra });
  return { core, meeting, timeline, importRows };
}

/**
 * A meeting in Berlin whose incident started at 01:50 on 26 Oct 2025: at 03:00 the clocks went
 * back, so every 02:xx happened twice, at 00:xx and at 01:xx UTC.
 */
async function nightOfTheFallBack() {
  const { core } = await testCore();
  const meeting = await value<Meeting>(
    core,
    'meetings.create',
    makeMeetingInput({ timeZone: 'Europe/Berlin', startedAt: Date.UTC(2025, 9, 25, 23, 50) }),
  );
  return { core, meeting };
}

describe('timeline.importRows', () => {
  it('adds every row as an imported event in the meeting zone and announces one change', async () => {
    const { core, timeline, importRows } = await setup();
    const events = recordEvents(core);
    const result = await importRows('09:31:05 alert fired: high_api_latency\n09:40 detection: On-call acks');
    expect(result).toMatchObject({ label: 'Text, one event per line', added: 2, duplicates: 0, skipped: [] });
    expect((await timeline()).map((event) => [event.at, event.kind, event.source])).toEqual([
      [Date.UTC(2026, 2, 5, 8, 31, 5), 'other', 'imported'],
      [Date.UTC(2026, 2, 5, 8, 40, 0), 'detection', 'imported'],
    ]);
    expect(events.filter((event) => event.event === 'meetingChanged')).toHaveLength(1);
  });

  it('reads times of day on the day the preview read them, though Import comes after midnight', async () => {
    // The core's clock is past midnight in Berlin; the preview read the text ten minutes before it.
    const afterMidnight = Date.UTC(2026, 2, 5, 23, 10);
    const { core } = await testCore({ now: () => afterMidnight });
    const meeting = await value<Meeting>(core, 'meetings.create', makeMeetingInput({ timeZone: 'Europe/Berlin' }));
    const importAt = (description: string, readAt?: number) =>
      value<ImportRowsResult>(core, 'timeline.importRows', {
        meetingId: meeting.id,
        sources: [{ name: '', reading: 'text', files: [{ name: '', text: `09:30 ${description}` }] }],
        ...(readAt === undefined ? {} : { readAt }),
      });
    await importAt('alert fired, previewed before midnight', afterMidnight - 20 * 60_000);
    await importAt('alert fired, read at the import');
    const events = (await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id })).timeline;
    expect(events.map((event) => [event.description, new Date(event.at).toISOString()])).toEqual([
      ['alert fired, previewed before midnight', '2026-03-05T08:30:00.000Z'],
      ['alert fired, read at the import', '2026-03-06T08:30:00.000Z'],
    ]);
    // A clock past what an export can write is refused where it is, not read.
    const farFuture = await failure(core, 'timeline.importRows', {
      meetingId: meeting.id,
      sources: [{ name: '', reading: 'text', files: [{ name: '', text: '09:30 alert fired' }] }],
      readAt: 3e14,
    });
    expect(farFuture.issues).toEqual([{ path: 'readAt', message: 'after the year 9999' }]);
  });

  it('refuses a time in the repeated hour the order cannot place, naming the row, until a reading is given', async () => {
    // 02:10 happened at 00:10 and at 01:10 UTC.
    const { core, meeting } = await nightOfTheFallBack();
    const log = '01:50 Disk alert\n02:10 Paged\n03:05 Resolved';
    const input = (sources: { name: string; text: string }[], choices: object = {}) => ({
      meetingId: meeting.id,
      sources: sources.map(({ name, text }) => ({ name, files: [{ name, text }], reading: 'text' })),
      choices,
    });
    const refused = await failure(core, 'timeline.importRows', input([{ name: '', text: log }]));
    expect(refused).toEqual({
      code: 'invalid-input',
      message:
        'Nothing imported: 1 row is at a time the clock showed twice, and the order of the log does not tell which: pick the first or the second.',
      issues: [
        { path: 'line 2', message: 'happened twice (the clocks went back): “First 02:10:00 (UTC+02:00)” or “Second 02:10:00 (UTC+01:00)”?' },
        { path: 'choices.repeatedHour', message: 'the first (earlier) or the second (later), for every such row' },
      ],
    });
    // Read together with another file, the row is named by its own file and line.
    const merged = await failure(
      core,
      'timeline.importRows',
      input([
        { name: 'notes.txt', text: log },
        { name: 'pager.txt', text: '01:55 Page sent' },
      ]),
    );
    expect(merged.issues?.[0]?.path).toBe('notes.txt, line 2');
    const timeline = async () => (await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id })).timeline;
    expect(await timeline()).toEqual([]);

    await value(core, 'timeline.importRows', input([{ name: '', text: log }], { repeatedHour: 'later' }));
    expect((await timeline()).map((event) => new Date(event.at).toISOString())).toEqual([
      '2025-10-25T23:50:00.000Z',
      '2025-10-26T01:10:00.000Z',
      '2025-10-26T02:05:00.000Z',
    ]);
  });

  it('reads every unplaced repeated time of several sources one way, a row’s own pick over it', async () => {
    const { core, meeting } = await nightOfTheFallBack();
    const file = (name: string, text: string) => ({ name, files: [{ name, text }], reading: 'text' });
    await value(core, 'timeline.importRows', {
      meetingId: meeting.id,
      sources: [
        file('notes.txt', '01:50 Disk alert\n02:10 Paged\n03:05 Resolved'),
        file('pager.txt', '02:15 Page sent\n02:20 Page acknowledged'),
      ],
      // Picks are keyed by source and line: the second file's first row.
      choices: { times: { '1:1': 'later' }, repeatedHour: 'earlier' },
    });
    const events = (await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id })).timeline;
    expect(events.map((event) => [event.description, new Date(event.at).toISOString()])).toEqual([
      ['Disk alert', '2025-10-25T23:50:00.000Z'],
      ['Paged', '2025-10-26T00:10:00.000Z'],
      // After the second 02:15 of its file, only the second 02:20 keeps that file in order.
      ['Page sent', '2025-10-26T01:15:00.000Z'],
      ['Page acknowledged', '2025-10-26T01:20:00.000Z'],
      ['Resolved', '2025-10-26T02:05:00.000Z'],
    ]);
  });

  it('writes nothing when one row cannot be read, and names each bad line', async () => {
    const { core, meeting, timeline } = await setup();
    const error = await failure(core, 'timeline.importRows', {
      meetingId: meeting.id,
      sources: [{ name: '', reading: 'csv', files: [{ name: '', text: 'time,description\n09:31,Fine\nlater,Bad time\n09:45,' }] }],
    });
    expect(error).toMatchObject({
      code: 'invalid-input',
      message: 'Nothing imported: 2 rows cannot be read.',
      issues: [
        { path: 'line 3', message: expect.stringMatching(/^“later” is not a time/) },
        { path: 'line 4', message: 'no description' },
      ],
    });
    expect(await timeline()).toEqual([]);
  });

  it('imports the readable rows and lists the skipped ones when asked to skip bad rows', async () => {
    const { timeline, importRows } = await setup();
    const result = await importRows('09:31 Fine\nnonsense\n09:32 Also fine', 'text', { skipBadRows: true });
    expect(result).toMatchObject({
      added: 2,
      duplicates: 0,
      skipped: [{ line: 2, message: 'does not start with a time (e.g. 09:31:05)' }],
    });
    expect(await timeline()).toHaveLength(2);
  });

  it('does not add an event twice when the same export is imported again', async () => {
    const { timeline, importRows } = await setup();
    await importRows('09:31 Alert fired\n09:40 Paged');
    expect(await importRows('09:31 Alert fired\n09:40 Paged\n09:50 Rolled back')).toMatchObject({
      added: 1,
      duplicates: 2,
      skipped: [],
    });
    expect(await timeline()).toHaveLength(3);
  });

  it('refuses a binary file and a file over the size limit without writing', async () => {
    const { core, meeting, timeline } = await setup();
    const binary = fs.readFileSync(require.resolve('better-sqlite3/build/Release/better_sqlite3.node'));
    const binaryError = await failure(core, 'timeline.importRows', {
      meetingId: meeting.id,
      sources: [{ name: '', reading: 'csv', files: [{ name: '', text: binary.toString('latin1').slice(0, 100_000) }] }],
    });
    expect(binaryError.message).toBe('Nothing imported: the input cannot be read.');
    expect(binaryError.issues).toEqual([
      { path: '', message: 'This is not a text file (it contains binary data).' },
    ]);

    const huge = '09:31 Alert fired\n'.repeat(3_000_000); // about 54 MB
    const hugeError = await failure(core, 'timeline.importRows', {
      meetingId: meeting.id,
      sources: [{ name: '', reading: 'text', files: [{ name: '', text: huge }] }],
    });
    expect(hugeError).toMatchObject({
      code: 'invalid-input',
      issues: [
        { path: 'sources[0].files[0].text', message: 'longer than 5 MB' },
        { path: 'sources', message: 'longer than 5 MB' },
      ],
    });
    expect(await timeline()).toEqual([]);
  });
});

describe('timeline.importRows of several sources', () => {
  const fixture = (name: string) => fs.readFileSync(`${__dirname}/../../../fixtures/sources/${name}`, 'utf8');
  const slack = {
    name: 'inc-2041-orders-db',
    files: ['2025-10-25.json', '2025-10-26.json'].map((day) => ({ name: day, text: fixture(`slack-workspace/inc-2041-orders-db/${day}`) })),
  };
  const pagerDuty = { name: 'log_entries.json', files: [{ name: 'log_entries.json', text: fixture('pagerduty/log_entries.json') }] };

  it('adds the rows of both in time order, one of each fact they both tell, and the kept one the person chose', async () => {
    const { core } = await testCore();
    const meeting = await value<Meeting>(
      core,
      'meetings.create',
      makeMeetingInput({ timeZone: 'Europe/Berlin', startedAt: Date.UTC(2025, 9, 25, 21, 30) }),
    );
    const result = await value<ImportRowsResult>(core, 'timeline.importRows', { meetingId: meeting.id, sources: [slack, pagerDuty] });
    expect(result).toMatchObject({ twins: 2, duplicates: 0, parts: [{ name: 'inc-2041-orders-db', total: 13 }, { name: 'log_entries.json', total: 6 }] });
    const events = (await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id })).timeline;
    expect(events).toHaveLength(result.added);
    const triggers = events.filter((event) => event.description.includes('Triggered'));
    expect(triggers.map((event) => event.description)).toEqual([
      'PagerDuty: Triggered: #2041 Orders DB replication lag > 300s: Service: orders-db',
    ]);
    // Importing both again adds nothing: every row is now in the log.
    const again = await value<ImportRowsResult>(core, 'timeline.importRows', { meetingId: meeting.id, sources: [slack, pagerDuty] });
    expect(again.added).toBe(0);
  });

  it('names the file and row that cannot be read, and skips it only when asked', async () => {
    const { core } = await testCore();
    const meeting = await value<Meeting>(core, 'meetings.create', makeMeetingInput({ timeZone: 'Europe/Berlin' }));
    const notes = { name: 'notes.csv', files: [{ name: 'notes.csv', text: 'time,description\n2025-10-25T21:41:00Z,Paged storage\nlater,Bad' }] };
    const error = await failure(core, 'timeline.importRows', { meetingId: meeting.id, sources: [pagerDuty, notes] });
    expect(error).toMatchObject({ code: 'invalid-input', issues: [{ path: 'notes.csv, line 3' }] });
    const skipped = await value<ImportRowsResult>(core, 'timeline.importRows', {
      meetingId: meeting.id,
      sources: [pagerDuty, notes],
      skipBadRows: true,
    });
    expect(skipped).toMatchObject({ added: 6, skipped: [{ line: 3, where: 'notes.csv, line' }] });
  });
});

describe('timeline.importRows remembers the people mapping with the meeting', () => {
  const pagerDuty = fs.readFileSync(`${__dirname}/../../../fixtures/sources/pagerduty/log_entries.json`, 'utf8');
  const slackCopy = 'Dana Kim  11:48 PM\ncan someone page storage? the primary disk is full\n';

  it('writes the mapping with the events, starts the next import of another source from it, and keeps it on disk', async () => {
    const dbPath = tempDbPath();
    const first = await testCore({ dbPath });
    const meeting = await value<Meeting>(
      first.core,
      'meetings.create',
      makeMeetingInput({ timeZone: 'Europe/Berlin', startedAt: Date.UTC(2025, 9, 25, 21, 30) }),
    );
    const fromPagerDuty = await value<ImportRowsResult>(first.core, 'timeline.importRows', {
      meetingId: meeting.id,
      sources: [{ name: 'log_entries.json', files: [{ name: 'log_entries.json', text: pagerDuty }] }],
      choices: { people: { 'Dana Kim': 'Database on-call', 'Lee Park': ' ' } },
    });
    expect(fromPagerDuty.unmapped).toEqual(['Sami Okafor', 'Lee Park']);
    await first.core.close();

    // The app restarted on the same file: a chat paste with no mapping of its own uses Dana's role.
    const again = await testCore({ dbPath });
    const fromChat = await value<ImportRowsResult>(again.core, 'timeline.importRows', {
      meetingId: meeting.id,
      sources: [{ name: '', files: [{ name: '', text: slackCopy }], reading: 'chat' }],
    });
    expect(fromChat).toMatchObject({ added: 1, unmapped: [] });
    const records = await value<MeetingRecords>(again.core, 'meetings.get', { id: meeting.id });
    expect(records.timeline.find((event) => event.description.startsWith('can someone page'))?.actor).toBe(
      'Database on-call',
    );
    expect(records.importPeople.map((mapped) => [mapped.person, mapped.role, mapped.deletedAt])).toEqual([
      ['Dana Kim', 'Database on-call', null],
    ]);
  });

  it('gives a person a new role, and forgets one whose role was cleared', async () => {
    const { core, meeting, importRows } = await setup();
    const events = recordEvents(core);
    await importRows(slackCopy, 'chat', { choices: { people: { 'Dana Kim': 'Database on-call' } } });
    await importRows(slackCopy.replace('11:48', '11:49'), 'chat', { choices: { people: { 'Dana Kim': 'Storage team' } } });
    const cleared = await importRows(slackCopy.replace('11:48', '11:50'), 'chat', {
      choices: { people: { 'Dana Kim': '' } },
    });
    expect(cleared.unmapped).toEqual(['Dana Kim']);
    const records = await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id });
    expect(records.timeline.map((event) => event.actor)).toEqual(['Database on-call', 'Storage team', '']);
    expect(records.importPeople).toEqual([]);
    // Each import announces its events and the mapping in the one change.
    const changes = events.filter((event) => event.event === 'meetingChanged');
    expect(changes).toHaveLength(3);
    expect(JSON.stringify(changes[0])).toContain('importPeople');
  });

  it('travels in the meeting bundle', async () => {
    const { core, dialogs } = await testCore();
    const meeting = await value<Meeting>(core, 'meetings.create', makeMeetingInput({ timeZone: 'Europe/Berlin' }));
    await value(core, 'timeline.importRows', {
      meetingId: meeting.id,
      sources: [{ name: '', files: [{ name: '', text: slackCopy }] }],
      choices: { people: { 'Dana Kim': 'Database on-call' } },
    });
    const filePath = `${tempDbPath()}.hindsight.json`;
    dialogs.savePaths.push(filePath);
    await value(core, 'bundle.exportToFile', { meetingId: meeting.id });
    const content = fs.readFileSync(filePath, 'utf8');
    const elsewhere = await testCore();
    const imported = await value<Meeting>(elsewhere.core, 'bundle.import', { content });
    const records = await value<MeetingRecords>(elsewhere.core, 'meetings.get', { id: imported.id });
    expect(records.importPeople.map((mapped) => [mapped.person, mapped.role])).toEqual([['Dana Kim', 'Database on-call']]);
  });
});
