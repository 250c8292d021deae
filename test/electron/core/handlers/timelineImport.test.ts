import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Meeting, MeetingRecords } from '../../../../shared/types';
import type { ImportRowsResult } from '../../../../shared/contract/timelineImport';
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
    value<ImportRowsResult>(core, 'timeline.importRows', { meetingId: meeting.id, files: [{ name: '', text }], reading: format, ...extra });
  return { core, meeting, timeline, importRows };
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

  it('writes nothing when one row cannot be read, and names each bad line', async () => {
    const { core, meeting, timeline } = await setup();
    const error = await failure(core, 'timeline.importRows', {
      meetingId: meeting.id,
      reading: 'csv',
      files: [{ name: '', text: 'time,description\n09:31,Fine\nlater,Bad time\n09:45,' }],
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
      reading: 'csv',
      files: [{ name: '', text: binary.toString('latin1').slice(0, 100_000) }],
    });
    expect(binaryError.message).toBe('Nothing imported: the input cannot be read.');
    expect(binaryError.issues).toEqual([
      { path: '', message: 'This is not a text file (it contains binary data).' },
    ]);

    const huge = '09:31 Alert fired\n'.repeat(3_000_000); // about 54 MB
    const hugeError = await failure(core, 'timeline.importRows', {
      meetingId: meeting.id,
      reading: 'text',
      files: [{ name: '', text: huge }],
    });
    expect(hugeError).toMatchObject({
      code: 'invalid-input',
      issues: [
        { path: 'files[0].text', message: 'longer than 5 MB' },
        { path: 'files', message: 'longer than 5 MB' },
      ],
    });
    expect(await timeline()).toEqual([]);
  });
});
