import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Meeting, MeetingRecords } from '../../../../shared/types';
import type { ImportRowsResult } from '../../../../shared/contract/timelineImport';
import { tempDbPath } from '../../../helpers/tempDb';
import { testCore, value } from '../../../helpers/testCore';
import { makeMeetingInput } from '../../../helpers/factories';
import { alertPayload, DEEP_BLOCKS, slackDay } from '../../../shared/domain/timeline/sources/fixtures';

const LONG_URL = `http://prometheus.example.com/graph?g0.expr=${'a'.repeat(3_000)}`;

async function setup() {
  const { core, dialogs } = await testCore();
  const meeting = await value<Meeting>(
    core,
    'meetings.create',
    makeMeetingInput({ timeZone: 'Europe/Berlin' }),
  );
  const importSources = (...sources: object[]) =>
    value<ImportRowsResult>(core, 'timeline.importRows', { meetingId: meeting.id, sources });
  const timeline = async () =>
    (await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id })).timeline;
  const exportBundle = async () => {
    const filePath = `${tempDbPath()}.hindsight.json`;
    dialogs.savePaths.push(filePath);
    await value(core, 'bundle.exportToFile', { meetingId: meeting.id });
    return fs.readFileSync(filePath, 'utf8');
  };
  return { core, meeting, importSources, timeline, exportBundle };
}

describe('timeline.importRows fits a tool’s rows to the event log', () => {
  it('cuts a Slack message over the limit, drops an alert link over its limit, and the meeting still exports', async () => {
    const { importSources, timeline, exportBundle } = await setup();
    expect(await importSources(slackDay('x'.repeat(6_000)), alertPayload(LONG_URL))).toMatchObject({
      added: 2,
    });
    const [alert, message] = await timeline();
    expect(alert).toMatchObject({ kind: 'alert', evidence: '' });
    expect(message?.description).toBe('x'.repeat(5_000));
    const bundle = await exportBundle();
    expect(bundle).toContain('x'.repeat(5_000));
    expect(bundle).not.toContain(LONG_URL);
  });

  it('normalises an imported message as timeline.add does, and leaves out one that is only bidi controls', async () => {
    const { core, meeting, importSources, timeline } = await setup();
    expect(await importSources(slackDay('rolled back \u202egpj.exe', '\u202e\u2066'))).toMatchObject({
      added: 1,
    });
    const added = await value<{ description: string }>(core, 'timeline.add', {
      meetingId: meeting.id,
      at: Date.UTC(2025, 9, 25, 22),
      description: 'rolled back \u202egpj.exe',
    });
    expect((await timeline()).map((event) => event.description)).toEqual([
      added.description,
      added.description,
    ]);
    expect(added.description).toBe('rolled back gpj.exe');
  });

  it('normalises the role a person is mapped to, as the record schema does for every write', async () => {
    const { core, meeting, timeline } = await setup();
    await value(core, 'timeline.importRows', {
      meetingId: meeting.id,
      sources: [slackDay('failing over')],
      choices: { people: { U01DANA: 'Database \u202eon-call' } },
    });
    expect((await timeline()).map((event) => event.actor)).toEqual(['Database on-call']);
  });

  it('imports a Slack message whose blocks nest 50,000 deep instead of failing as internal', async () => {
    const { importSources, timeline } = await setup();
    expect(await importSources(slackDay({ blocks: DEEP_BLOCKS }))).toMatchObject({ added: 1 });
    expect((await timeline()).map((event) => event.description)).toEqual(['Primary disk full']);
  });
});
